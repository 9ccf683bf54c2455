#include "ComparisonModel.h"

#include "CellAgreement.h"
#include "common/ClaimText.h"
#include "project/ReviewStyle.h"
#include "state/Workspace.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QStyle>
#include <algorithm>

namespace claimline::ui {

namespace {
QString claimDate(const Corpus &corpus, const Claim &c)
{
    if (c.asOf.isValid())
        return formatInterval(c.asOf);
    const Article *a = corpus.articleOf(c);
    return a && a->published.isValid() ? formatInterval(DayInterval::day(a->published)) : QString();
}
} // namespace

ComparisonModel::ComparisonModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    connect(workspace, &Workspace::corpusChanged, this, &ComparisonModel::rebuild);
    connect(workspace, &Workspace::filterChanged, this, &ComparisonModel::rebuild);
    connect(workspace, &Workspace::reviewChanged, this, [this] {
        if (rowCount() > 0 && columnCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    });
    rebuild();
}

void ComparisonModel::setSourceKind(SourceKind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    rebuild();
}

QString ComparisonModel::sourceOf(int claimIndex) const
{
    const Corpus &corpus = m_workspace->corpus();
    const Claim &c = corpus.claims.at(claimIndex);
    const QString name = m_kind == SourceKind::Outlets ? corpus.outletOf(c) : c.claimant;
    return name.isEmpty() ? tr("(unknown)") : name;
}

void ComparisonModel::rebuild()
{
    beginResetModel();
    const Corpus &corpus = m_workspace->corpus();
    m_rows.clear();
    m_cellOfClaim.clear();

    // Sources seen among the visible claims, alphabetically.
    QList<QList<int>> visibleOfGroup(corpus.groups.size());
    QStringList sources;
    for (qsizetype g = 0; g < corpus.groups.size(); ++g)
        for (int ci : corpus.groups.at(g).claimIndexes)
            if (m_workspace->isVisible(ci)) {
                visibleOfGroup[g].append(ci);
                sources.append(sourceOf(ci));
            }
    sources.removeDuplicates();
    std::sort(sources.begin(), sources.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    m_sources = sources;
    QHash<QString, int> columnOf;
    for (qsizetype s = 0; s < m_sources.size(); ++s)
        columnOf.insert(m_sources.at(s), int(s));

    for (qsizetype g = 0; g < corpus.groups.size(); ++g) {
        if (visibleOfGroup.at(g).isEmpty())
            continue;
        Row row;
        row.group = int(g);
        row.cells.resize(m_sources.size());
        bool first = true;
        for (int ci : visibleOfGroup.at(g)) {
            const Claim &c = corpus.claims.at(ci);
            row.cells[columnOf.value(sourceOf(ci))].append(ci);
            row.minValue = first ? c.low : std::min(row.minValue, c.low);
            row.maxValue = first ? c.high.value_or(c.low) : std::max(row.maxValue, c.high.value_or(c.low));
            first = false;
        }
        QList<QList<ValueBounds>> filled;
        QList<int> filledColumns;
        for (qsizetype s = 0; s < row.cells.size(); ++s) {
            if (row.cells.at(s).isEmpty())
                continue;
            QList<ValueBounds> bounds;
            for (int ci : row.cells.at(s))
                bounds.append(valueBounds(corpus.claims.at(ci)));
            filled.append(bounds);
            filledColumns.append(int(s));
        }
        row.differs.fill(false, m_sources.size());
        const QList<bool> differs = differingCells(filled);
        for (qsizetype k = 0; k < filledColumns.size(); ++k)
            row.differs[filledColumns.at(k)] = differs.at(k);
        for (qsizetype s = 0; s < row.cells.size(); ++s)
            for (int ci : row.cells.at(s))
                m_cellOfClaim.insert(ci, {int(m_rows.size()), FirstSourceColumn + int(s)});
        m_rows.append(row);
    }
    endResetModel();
}

QModelIndex ComparisonModel::indexOfClaim(int claimIndex) const
{
    const auto it = m_cellOfClaim.constFind(claimIndex);
    return it == m_cellOfClaim.cend() ? QModelIndex() : index(it->first, it->second);
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstSourceColumn + int(m_sources.size());
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ClaimGroup &group = m_workspace->corpus().groups.at(row.group);
    if (role == GroupIndexRole)
        return row.group;
    if (role == DisagreeingRole)
        return group.disagreeing || row.differs.contains(true);
    if (isSourceColumn(index.column()))
        return cellData(row, index.column() - FirstSourceColumn, role);
    if (role == ClaimIndexesRole)
        return QVariant::fromValue(QList<int>());
    if (role == DiffersRole)
        return false;
    if (role == ReviewStateRole)
        return int(ReviewState::Unreviewed);

    switch (index.column()) {
    case LabelColumn:
        if (role == Qt::DisplayRole)
            return group.label.isEmpty() ? topicLabel(group.topic, group.measure) : group.label;
        if (role == SortRole)
            return (group.label.isEmpty() ? topicLabel(group.topic, group.measure) : group.label).toCaseFolded();
        if (role == Qt::ToolTipRole)
            return tr("%1 claims; %2").arg(group.claimIndexes.size())
                .arg(group.disagreeing ? tr("the sources disagree") : tr("the sources agree"));
        break;
    case DatesColumn:
        if (role == Qt::DisplayRole)
            return formatInterval(group.dates);
        if (role == SortRole)
            return group.dates.first;
        break;
    case SpreadColumn:
        if (role == Qt::DisplayRole)
            return row.minValue == row.maxValue ? formatNumber(row.minValue)
                                                : formatNumber(row.minValue) + u'–' + formatNumber(row.maxValue);
        if (role == SortRole)
            return row.maxValue - row.minValue;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant ComparisonModel::cellData(const Row &row, int source, int role) const
{
    const QList<int> &claims = row.cells.at(source);
    const bool differs = row.differs.at(source);
    QList<ReviewState> states;
    for (int ci : claims)
        states.append(m_workspace->claimState(ci));
    const ReviewState review = combinedReviewState(states);
    switch (role) {
    case ReviewStateRole: return int(review);
    case Qt::FontRole:
        if (review == ReviewState::Rejected || review == ReviewState::Disputed) {
            QFont font;
            font.setStrikeOut(review == ReviewState::Rejected);
            font.setBold(review == ReviewState::Disputed);
            return font;
        }
        return {};
    case ClaimIndexesRole: return QVariant::fromValue(claims);
    case DiffersRole: return differs;
    case SortRole:
        return claims.isEmpty() ? QVariant() : QVariant(m_workspace->corpus().claims.at(claims.first()).low);
    case Qt::DisplayRole: return claims.isEmpty() ? QVariant() : QVariant(cellText(row, claims));
    case Qt::ToolTipRole: return claims.isEmpty() ? QVariant() : QVariant(cellToolTip(claims));
    case Qt::BackgroundRole:
        return differs ? QVariant(QBrush(QColor(255, 224, 178))) : QVariant();
    case Qt::ForegroundRole:
        if (reviewTextColor(review).isValid())
            return QBrush(reviewTextColor(review));
        return differs ? QVariant(QBrush(QColor(110, 50, 0))) : QVariant();
    case Qt::DecorationRole:
        return differs ? QVariant(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning)) : QVariant();
    case Qt::AccessibleDescriptionRole: {
        QStringList parts;
        if (differs)
            parts.append(tr("differs from the other sources"));
        if (review != ReviewState::Unreviewed)
            parts.append(reviewStateLabel(review).toLower());
        return parts.isEmpty() ? QVariant() : QVariant(parts.join(QStringLiteral(", ")));
    }
    default: return {};
    }
}

QString ComparisonModel::cellText(const Row &row, const QList<int> &claims) const
{
    // The date is shown only when it is not the row's: most cells then read as a figure.
    const Corpus &corpus = m_workspace->corpus();
    const DayInterval rowDates = corpus.groups.at(row.group).dates;
    QStringList parts;
    for (int ci : claims) {
        const Claim &c = corpus.claims.at(ci);
        const QString date = c.asOf.isValid() && c.asOf == rowDates ? QString() : claimDate(corpus, c);
        const QString mark = reviewMark(m_workspace->claimState(ci));
        const QString value = mark.isEmpty() ? formatValue(c) : mark + u' ' + formatValue(c);
        parts.append(date.isEmpty() ? value : value + QStringLiteral(" · ") + date);
    }
    return parts.join(QStringLiteral("; "));
}

QString ComparisonModel::cellToolTip(const QList<int> &claims) const
{
    const Corpus &corpus = m_workspace->corpus();
    QString html;
    for (int ci : claims) {
        const Claim &c = corpus.claims.at(ci);
        QString who = c.claimant.toHtmlEscaped();
        if (!c.via.isEmpty())
            who += tr(" via ") + c.via.join(QStringLiteral(", ")).toHtmlEscaped();
        const QString outlet = corpus.outletOf(c);
        if (!outlet.isEmpty() && outlet != c.claimant)
            who += QStringLiteral(", ") + outlet.toHtmlEscaped();
        const ReviewState state = m_workspace->claimState(ci);
        const QString review = state == ReviewState::Unreviewed ? QString()
                               : QStringLiteral("<br/><b>%1</b>").arg(reviewMark(state) + u' ' + reviewStateLabel(state));
        html += QStringLiteral("<p>“%1”<br/><i>— %2, %3</i>%4</p>")
                    .arg(corpus.quote(c).toString().toHtmlEscaped(), who, claimDate(corpus, c).toHtmlEscaped(), review);
    }
    return QStringLiteral("<qt>") + html + QStringLiteral("</qt>");
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case LabelColumn: return tr("Measure");
        case DatesColumn: return tr("Dates");
        case SpreadColumn: return tr("Spread");
        default: return m_sources.at(section - FirstSourceColumn);
        }
    }
    if (role == Qt::ToolTipRole && isSourceColumn(section))
        return m_kind == SourceKind::Outlets ? tr("Outlet: %1").arg(m_sources.at(section - FirstSourceColumn))
                                             : tr("Claimant: %1").arg(m_sources.at(section - FirstSourceColumn));
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace claimline::ui
