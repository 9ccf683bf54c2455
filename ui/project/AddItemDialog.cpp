#include "AddItemDialog.h"

#include "project/ProjectModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <algorithm>

namespace claimline::ui {

namespace {

QString articleText(const Corpus &corpus, int a)
{
    const Article &article = corpus.articles.at(a);
    QString title = article.title.simplified();
    if (title.isEmpty())
        title = corpus.documents.value(article.documentIndex).fileName;
    return (article.outlet.isEmpty() ? AddItemDialog::tr("unknown outlet") : article.outlet) + QStringLiteral(" · ")
           + title.left(80);
}

QString elided(const QString &text, int max)
{
    const QString simple = text.simplified();
    return simple.size() <= max ? simple : simple.left(max - 1) + QStringLiteral("…");
}

} // namespace

AddItemDialog::AddItemDialog(Kind kind, ProjectModel *model, int defaultArticle, const ArticleTextSelection &selection,
                             QWidget *parent)
    : QDialog(parent),
      m_kind(kind),
      m_model(model),
      m_selection(selection),
      m_article(new QComboBox(this)),
      m_useSelection(new QCheckBox(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(kind == Kind::Claim ? tr("Add Claim") : tr("Add Event"));
    const Corpus &corpus = *model->corpus();
    for (int a = 0; a < corpus.articles.size(); ++a)
        m_article->addItem(articleText(corpus, a), a);
    const int start = selection.isValid() ? selection.article : defaultArticle;
    m_article->setCurrentIndex(std::max(0, m_article->findData(start)));

    m_useSelection->setText(selection.isValid() ? tr("Quote the selected text: “%1”").arg(elided(selection.text, 60))
                                                : tr("No text selected in the review pane: the whole article"));
    m_useSelection->setEnabled(selection.isValid());
    m_useSelection->setChecked(selection.isValid());
    // The selection belongs to one article: choosing another one means the whole article.
    connect(m_article, &QComboBox::currentIndexChanged, this, [this] {
        const bool same = m_selection.isValid() && m_article->currentData().toInt() == m_selection.article;
        m_useSelection->setEnabled(same);
        if (!same)
            m_useSelection->setChecked(false);
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Article"), m_article);
    form->addRow(QString(), m_useSelection);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto addRow = [this, form](const QString &name, const QString &label, const QString &placeholder) {
        addField(name, label, placeholder);
        form->addRow(label, m_fields.constLast().second);
    };
    if (kind == Kind::Claim) {
        addRow(QStringLiteral("low"), tr("Figure"), tr("a number, e.g. 3800"));
        addRow(QStringLiteral("high"), tr("High (range)"), tr("empty unless a range"));
        m_qualifier = new QComboBox(this);
        for (Qualifier q : {Qualifier::Exact, Qualifier::Approx, Qualifier::AtLeast, Qualifier::MoreThan, Qualifier::UpTo,
                            Qualifier::Range})
            m_qualifier->addItem(qualifierName(q));
        form->addRow(tr("Qualifier"), m_qualifier);
        addRow(QStringLiteral("claimant"), tr("Claimant"), tr("who says so"));
        addRow(QStringLiteral("topic"), tr("Topic"), QStringLiteral("casualties"));
        addRow(QStringLiteral("measure"), tr("Measure"), QStringLiteral("killed"));
        addRow(QStringLiteral("as_of"), tr("As of"), tr("2025-06-03 or first..last"));
    } else {
        addRow(QStringLiteral("kind"), tr("Kind"), QStringLiteral("meeting"));
        addRow(QStringLiteral("label"), tr("Label"), tr("what happened"));
        addRow(QStringLiteral("date"), tr("Date"), tr("2025-06-03 or first..last"));
    }
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void AddItemDialog::addField(const QString &name, const QString &, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    edit->setObjectName(name);
    m_fields.append({name, edit});
}

QLineEdit *AddItemDialog::field(const QString &name) const
{
    for (const auto &[n, edit] : m_fields)
        if (n == name)
            return edit;
    return nullptr;
}

QString AddItemDialog::errorText() const
{
    return m_error->text();
}

bool AddItemDialog::refuse(const QString &why)
{
    m_error->setText(why);
    return false;
}

bool AddItemDialog::apply()
{
    const int article = m_article->currentData().toInt();
    if (m_article->currentIndex() < 0)
        return refuse(tr("The project has no article to add to."));
    const TextSpan span = m_useSelection->isChecked() && m_selection.article == article ? m_selection.span : TextSpan{};
    return m_kind == Kind::Claim ? applyClaim(article, span) : applyEvent(article, span);
}

bool AddItemDialog::applyClaim(int article, const TextSpan &span)
{
    Claim claim;
    bool ok = false;
    claim.low = field(QStringLiteral("low"))->text().trimmed().toDouble(&ok);
    if (!ok)
        return refuse(tr("The figure must be a number."));
    if (const QString high = field(QStringLiteral("high"))->text().trimmed(); !high.isEmpty()) {
        claim.high = high.toDouble(&ok);
        if (!ok)
            return refuse(tr("The high end must be a number or empty."));
    }
    claim.qualifier = qualifierFromName(m_qualifier->currentText()).value_or(Qualifier::Exact);
    if (claim.high && claim.qualifier == Qualifier::Exact)
        claim.qualifier = Qualifier::Range;
    claim.claimant = field(QStringLiteral("claimant"))->text().trimmed();
    if (claim.claimant.isEmpty())
        return refuse(tr("Say who makes the claim."));
    claim.attributed = true;
    claim.topic = field(QStringLiteral("topic"))->text().trimmed();
    claim.measure = field(QStringLiteral("measure"))->text().trimmed();
    claim.unit = QStringLiteral("count");
    if (const QString asOf = field(QStringLiteral("as_of"))->text().trimmed(); !asOf.isEmpty()) {
        const std::optional<DayInterval> days = dayIntervalFromText(asOf);
        if (!days)
            return refuse(tr("Cannot read “%1” as a day or first..last.").arg(asOf));
        claim.asOf = *days;
    }
    claim.articleIndex = article;
    claim.quoteSpan = span;
    claim.figureSpan = span;
    if (!m_model->requestAddClaim(claim, &m_key))
        return refuse(m_model->errorString());
    return true;
}

bool AddItemDialog::applyEvent(int article, const TextSpan &span)
{
    Event event;
    event.kind = field(QStringLiteral("kind"))->text().trimmed();
    event.label = field(QStringLiteral("label"))->text().trimmed();
    if (event.label.isEmpty())
        return refuse(tr("Give the event a label."));
    if (event.kind.isEmpty())
        event.kind = QStringLiteral("other");
    const QString date = field(QStringLiteral("date"))->text().trimmed();
    const std::optional<DayInterval> days = dayIntervalFromText(date);
    if (!days)
        return refuse(tr("An event needs a date: a day or first..last."));
    event.date = *days;
    if (!m_model->requestAddEvent(article, event, span, &m_key))
        return refuse(m_model->errorString());
    return true;
}

void AddItemDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace claimline::ui
