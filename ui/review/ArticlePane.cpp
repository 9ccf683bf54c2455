#include "ArticlePane.h"

#include "ArticleTextEdit.h"
#include "common/PlainText.h"
#include "ingest/ArticleSplitter.h"
#include "project/ReviewStyle.h"

#include <QComboBox>
#include <QLabel>
#include <QTextBlock>
#include <QVBoxLayout>

namespace claimline::ui {

QColor ReviewColors::figure(ClaimRelation r)
{
    switch (r) {
    case ClaimRelation::Same: return QColor(0xa5, 0xd6, 0xa7);
    case ClaimRelation::Conflict: return QColor(0xff, 0xab, 0x76);
    case ClaimRelation::Unique: return QColor(0xbb, 0xcd, 0xe6);
    }
    return {};
}

QColor ReviewColors::quote(ClaimRelation r)
{
    switch (r) {
    case ClaimRelation::Same: return QColor(0xe8, 0xf5, 0xe9);
    case ClaimRelation::Conflict: return QColor(0xff, 0xef, 0xe3);
    case ClaimRelation::Unique: return QColor(0xee, 0xf2, 0xf8);
    }
    return {};
}

QColor ReviewColors::emphasis(ClaimRelation r)
{
    switch (r) {
    case ClaimRelation::Same: return QColor(0x2e, 0x7d, 0x32);
    case ClaimRelation::Conflict: return QColor(0xc6, 0x28, 0x28);
    case ClaimRelation::Unique: return QColor(0x35, 0x5c, 0x9a);
    }
    return {};
}

QColor ReviewColors::shared() { return QColor(0x6a, 0x1b, 0x9a); }

ArticlePane::ArticlePane(QWidget *parent)
    : QWidget(parent), m_picker(new QComboBox(this)), m_info(new QLabel(this)), m_text(new ArticleTextEdit(this))
{
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picker->setMinimumContentsLength(30);
    m_info->setTextFormat(Qt::PlainText);
    m_info->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_picker);
    layout->addWidget(m_info);
    layout->addWidget(m_text, 1);

    connect(m_picker, &QComboBox::activated, this, [this](int row) {
        const int article = m_picker->itemData(row).toInt();
        if (article != m_article) {
            setArticle(article);
            Q_EMIT articleChosen(article);
        }
    });
    connect(m_text, &ArticleTextEdit::positionClicked, this, [this](int position) {
        if (const int claim = claimAt(position); claim >= 0)
            Q_EMIT claimClicked(claim);
    });
}

void ArticlePane::setCorpus(std::shared_ptr<const Corpus> corpus)
{
    m_corpus = std::move(corpus);
    m_article = -1;
    m_entries.clear();
    m_shared.clear();
    m_emphasized.clear();
    m_text->clear();
    fillPicker();
}

void ArticlePane::fillPicker()
{
    m_picker->clear();
    m_pickerTexts.clear();
    m_flagged.clear();
    if (!m_corpus)
        return;
    for (int i = 0; i < m_corpus->articles.size(); ++i) {
        const Article &a = m_corpus->articles.at(i);
        QString title = a.title.simplified();
        if (title.isEmpty())
            title = m_corpus->documents.value(a.documentIndex).fileName;
        if (title.size() > 90)
            title = title.left(89) + QStringLiteral("…");
        const QString text = (a.outlet.isEmpty() ? tr("unknown outlet") : a.outlet) + QStringLiteral(" · ")
                             + (a.published.isValid() ? a.published.toString(Qt::ISODate) : tr("undated"))
                             + QStringLiteral(" · ") + title;
        m_picker->addItem(text, i);
        m_picker->setItemData(m_picker->count() - 1, plainToolTip(text), Qt::ToolTipRole);
        m_pickerTexts.append(text);
    }
}

int ArticlePane::toPanePosition(qsizetype documentPosition) const
{
    if (!m_corpus || m_article < 0)
        return -1;
    return int(documentPosition - m_corpus->articles.at(m_article).span.start);
}

void ArticlePane::setArticle(int articleIndex)
{
    if (!m_corpus || articleIndex < 0 || articleIndex >= m_corpus->articles.size())
        articleIndex = -1;
    m_article = articleIndex;
    m_entries.clear();
    m_shared.clear();
    m_emphasized.clear();
    m_picker->setCurrentIndex(m_picker->findData(articleIndex));
    if (articleIndex < 0) {
        m_text->clear();
        m_info->clear();
        return;
    }
    const Article &a = m_corpus->articles.at(articleIndex);
    QString text = m_corpus->textOf(a.documentIndex, a.span).toString();
    // Same length, so offsets hold: a carriage return or form feed would split blocks differently.
    text.replace(u'\r', u' ').replace(u'\f', u' ');
    m_text->setPlainText(text);
    dimPageFurniture(a);
    m_text->moveCursor(QTextCursor::Start);
    applyFormats();
}

// What the reader of the article skips (weather and keyword lines, bylines, captions,
// appeals, datelines) is greyed, so that the body stands out: the article splitter's own
// reading of the document says which lines those are. Nothing is greyed when the layout
// no longer matches the article (a project from an older version).
void ArticlePane::dimPageFurniture(const Article &a)
{
    const QString &document = m_corpus->documents.at(a.documentIndex).text;
    for (const ArticleLayout &layout : splitArticles(document)) {
        if (layout.span != a.span)
            continue;
        QTextCharFormat dim;
        dim.setForeground(palette().color(QPalette::PlaceholderText));
        QTextCursor cursor(m_text->document());
        const int last = m_text->document()->characterCount() - 1;
        for (const QList<TextSpan> *spans : {&layout.boilerplate, &layout.datelines})
            for (const TextSpan &span : *spans) {
                cursor.setPosition(std::clamp(toPanePosition(span.start), 0, last));
                cursor.setPosition(std::clamp(toPanePosition(span.end), 0, last), QTextCursor::KeepAnchor);
                cursor.mergeCharFormat(dim);
            }
        return;
    }
}

void ArticlePane::setComparison(const QList<ArticleComparison::Entry> &entries, const QList<TextSpan> &shared)
{
    m_entries = entries;
    m_shared = shared;
    applyFormats();
}

void ArticlePane::setEmphasized(const QList<int> &claimIndexes)
{
    m_emphasized = claimIndexes;
    applyFormats();
}

void ArticlePane::setReviewStates(const QHash<int, ReviewState> &states)
{
    if (states == m_states)
        return;
    m_states = states;
    applyFormats();
}

void ArticlePane::setFlaggedArticles(const QSet<int> &articles)
{
    if (articles == m_flagged)
        return;
    m_flagged = articles;
    const QString flag = reviewMark(ReviewState::Disputed) + u' ';
    for (int row = 0; row < m_picker->count() && row < m_pickerTexts.size(); ++row)
        m_picker->setItemText(row, (m_flagged.contains(m_picker->itemData(row).toInt()) ? flag : QString())
                                       + m_pickerTexts.at(row));
}

QString ArticlePane::summary() const
{
    return m_info->text();
}

int ArticlePane::claimAt(int position) const
{
    if (!m_corpus || m_article < 0)
        return -1;
    const qsizetype at = position + m_corpus->articles.at(m_article).span.start;
    int best = -1;
    qsizetype bestLength = 0;
    for (const ArticleComparison::Entry &e : m_entries) {
        const Claim &c = m_corpus->claims.at(e.claimIndex);
        if (c.figureSpan.contains(at) || (c.figureSpan.end == at && !c.figureSpan.isEmpty()))
            return e.claimIndex;
        if (c.quoteSpan.contains(at) && (best < 0 || c.quoteSpan.length() < bestLength))
            best = e.claimIndex, bestLength = c.quoteSpan.length();
    }
    return best;
}

ArticleTextSelection ArticlePane::textSelection() const
{
    const QTextCursor cursor = m_text->textCursor();
    if (!m_corpus || m_article < 0 || !cursor.hasSelection())
        return {};
    const qsizetype offset = m_corpus->articles.at(m_article).span.start;
    return {m_article, {cursor.selectionStart() + offset, cursor.selectionEnd() + offset}, cursor.selectedText()};
}

void ArticlePane::scrollToClaim(int claimIndex)
{
    if (!m_corpus || claimIndex < 0 || claimIndex >= m_corpus->claims.size())
        return;
    const Claim &c = m_corpus->claims.at(claimIndex);
    if (c.articleIndex != m_article)
        return;
    const TextSpan span = c.figureSpan.isEmpty() ? c.quoteSpan : c.figureSpan;
    QTextCursor cursor(m_text->document());
    cursor.setPosition(std::clamp(toPanePosition(span.start), 0, m_text->document()->characterCount() - 1));
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
}

namespace {

// Marks on top of the relation colours, so both stay readable: disputed in red with a wavy
// underline, rejected grey and struck out. The claim in focus keeps its white text.
void markReview(QTextCharFormat &format, ReviewState state, bool focus)
{
    if (state != ReviewState::Disputed && state != ReviewState::Rejected)
        return;
    if (!focus)
        format.setForeground(reviewTextColor(state));
    if (state == ReviewState::Disputed) {
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(reviewColor(state));
    } else {
        format.setFontStrikeOut(true);
    }
}

} // namespace

void ArticlePane::applyFormats()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!m_corpus || m_article < 0) {
        m_text->setExtraSelections(selections);
        return;
    }
    const int last = m_text->document()->characterCount() - 1;
    auto selection = [&](const TextSpan &span, const QTextCharFormat &format) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(m_text->document());
        s.cursor.setPosition(std::clamp(toPanePosition(span.start), 0, last));
        s.cursor.setPosition(std::clamp(toPanePosition(span.end), 0, last), QTextCursor::KeepAnchor);
        s.format = format;
        return s;
    };
    for (const TextSpan &span : std::as_const(m_shared)) {
        QTextCharFormat f;
        f.setUnderlineStyle(QTextCharFormat::DotLine);
        f.setUnderlineColor(ReviewColors::shared());
        selections.append(selection(span, f));
    }
    int same = 0, conflict = 0, unique = 0;
    for (const ArticleComparison::Entry &e : std::as_const(m_entries)) {
        const Claim &c = m_corpus->claims.at(e.claimIndex);
        QTextCharFormat q;
        q.setBackground(ReviewColors::quote(e.relation));
        selections.append(selection(c.quoteSpan, q));
        (e.relation == ClaimRelation::Same ? same : e.relation == ClaimRelation::Conflict ? conflict : unique)++;
    }
    for (const ArticleComparison::Entry &e : std::as_const(m_entries)) {
        const Claim &c = m_corpus->claims.at(e.claimIndex);
        QTextCharFormat f;
        const bool focus = m_emphasized.contains(e.claimIndex);
        f.setBackground(focus ? ReviewColors::emphasis(e.relation) : ReviewColors::figure(e.relation));
        if (focus)
            f.setForeground(Qt::white);
        f.setFontWeight(QFont::Bold);
        markReview(f, reviewState(e.claimIndex), focus);
        selections.append(selection(c.figureSpan.isEmpty() ? c.quoteSpan : c.figureSpan, f));
    }
    m_text->setExtraSelections(selections);

    int disputed = 0, rejected = 0;
    for (const ArticleComparison::Entry &e : std::as_const(m_entries)) {
        disputed += reviewState(e.claimIndex) == ReviewState::Disputed;
        rejected += reviewState(e.claimIndex) == ReviewState::Rejected;
    }
    QString reviewed;
    if (disputed > 0)
        reviewed += QStringLiteral(" · ") + reviewMark(ReviewState::Disputed) + u' ' + tr("%n disputed", nullptr, disputed);
    if (rejected > 0)
        reviewed += QStringLiteral(" · ") + reviewMark(ReviewState::Rejected) + u' ' + tr("%n rejected", nullptr, rejected);

    const Article &a = m_corpus->articles.at(m_article);
    m_info->setText(tr("%1 · %2 · %n claim(s)", nullptr, int(m_entries.size()))
                        .arg(a.outlet.isEmpty() ? tr("unknown outlet") : a.outlet,
                             a.published.isValid() ? a.published.toString(Qt::ISODate) : tr("undated"))
                    + tr(": %1 same, %2 conflicting, %3 only here").arg(same).arg(conflict).arg(unique)
                    + (m_shared.isEmpty() ? QString() : tr(" · %n shared passage(s)", nullptr, int(m_shared.size())))
                    + reviewed);
}

} // namespace claimline::ui
