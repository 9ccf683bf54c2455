#pragma once

#include "model/Corpus.h"

#include <QDate>
#include <QString>

namespace claimline::ui {

// Builds small, consistent corpora in code: for tests and the hidden `--demo` start.
// Documents grow sentence by sentence; an article covers the sentences added while it is
// the last one of its document. finish() groups claims by topic and measure.
class CorpusBuilder final
{
public:
    int addDocument(const QString &fileName);
    int addArticle(int document, const QString &title, const QString &outlet, QDate published);
    void addSentence(int article, const QString &sentence);

    struct ClaimSpec
    {
        QString sentence;    // must contain `figure`
        QString figure;
        QString topic;
        QString measure;
        double low = 0;
        std::optional<double> high;
        Qualifier qualifier = Qualifier::Exact;
        QString claimant;    // empty: the outlet
        QStringList via;
        DayInterval asOf;
        QString subject;
    };
    int addClaim(int article, const ClaimSpec &spec);
    int addEvent(const QString &kind, const QString &label, DayInterval date,
                 const QList<QPair<int, QString>> &articleSentences);
    void addDiagnostic(const QString &file, const QString &message,
                       Diagnostic::Severity severity = Diagnostic::Severity::Warning, int document = -1);

    Corpus finish();   // groups claims; the result passes checkConsistency()

private:
    Corpus m_corpus;
};

} // namespace claimline::ui
