#pragma once

#include "ArticleComparison.h"
#include "ArticleTextSelection.h"
#include "model/Corpus.h"
#include "project/Review.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;

namespace claimline::ui {

class ArticleTextEdit;

// One side of the review: an article picker ("outlet · date · headline") and the article's
// text, plain, with its claims tinted by their relation to the other side, the passages it
// shares with the other side underlined with dots, the claims in focus emphasised, and the
// analyst's review states marked.
class ArticlePane final : public QWidget
{
    Q_OBJECT

public:
    explicit ArticlePane(QWidget *parent = nullptr);

    void setCorpus(std::shared_ptr<const Corpus> corpus);
    void setArticle(int articleIndex);   // -1: none; does not emit articleChosen
    int article() const { return m_article; }

    // `entries` are this side's claims; `shared` spans are in document coordinates.
    void setComparison(const QList<ArticleComparison::Entry> &entries, const QList<TextSpan> &shared);
    void setEmphasized(const QList<int> &claimIndexes);
    // The analyst's states of claims that have one (absent: unreviewed): disputed figures
    // get a red wavy underline and "⚑" in the summary line, rejected ones are struck out
    // and grey, as in the table and the timeline.
    void setReviewStates(const QHash<int, ReviewState> &states);
    ReviewState reviewState(int claimIndex) const { return m_states.value(claimIndex, ReviewState::Unreviewed); }
    QString summary() const;             // the line above the text
    // Articles holding a disputed claim: "⚑" before their name in the article picker.
    void setFlaggedArticles(const QSet<int> &articles);
    QList<int> emphasized() const { return m_emphasized; }
    void scrollToClaim(int claimIndex);
    int claimAt(int position) const;     // text position in the pane → claim, or -1
    ArticleTextSelection textSelection() const; // what is selected in the text, if anything

    ArticleTextEdit *textEdit() const { return m_text; }
    int toPanePosition(qsizetype documentPosition) const;
    QComboBox *picker() const { return m_picker; }

Q_SIGNALS:
    void articleChosen(int articleIndex);
    void claimClicked(int claimIndex);

private:
    void fillPicker();
    void applyFormats();
    void dimPageFurniture(const Article &a);

    std::shared_ptr<const Corpus> m_corpus;
    int m_article = -1;
    QComboBox *m_picker;
    QLabel *m_info;
    ArticleTextEdit *m_text;
    QList<ArticleComparison::Entry> m_entries;
    QList<TextSpan> m_shared;
    QList<int> m_emphasized;
    QHash<int, ReviewState> m_states;
    QStringList m_pickerTexts;           // picker entries without the flag, by row
    QSet<int> m_flagged;
};

// Colours of the review, shared with its legend.
struct ReviewColors
{
    static QColor figure(ClaimRelation r);     // figure background
    static QColor quote(ClaimRelation r);      // lighter, the quote around it
    static QColor emphasis(ClaimRelation r);   // the claim in focus (white text on it)
    static QColor shared();                    // dotted underline of shared passages
};

} // namespace claimline::ui
