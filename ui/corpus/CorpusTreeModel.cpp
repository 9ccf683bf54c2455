#include "CorpusTreeModel.h"

#include "common/ClaimText.h"
#include "common/PlainText.h"
#include "state/Workspace.h"

#include <QApplication>
#include <QBrush>
#include <QFileInfo>
#include <QIcon>
#include <QPalette>
#include <QSet>
#include <QStyle>

namespace claimline::ui {

namespace {
QIcon iconFor(Diagnostic::Severity severity)
{
    QStyle *style = QApplication::style();
    switch (severity) {
    case Diagnostic::Severity::Error: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Diagnostic::Severity::Warning: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Diagnostic::Severity::Info: return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}
} // namespace

CorpusTreeModel::CorpusTreeModel(Workspace *workspace, QObject *parent)
    : QAbstractItemModel(parent), m_workspace(workspace)
{
    connect(workspace, &Workspace::corpusChanged, this, &CorpusTreeModel::rebuild);
    connect(workspace, &Workspace::filterChanged, this, &CorpusTreeModel::refilter);
    rebuild();
}

int CorpusTreeModel::addNode(Kind kind, int ref, int parent)
{
    Node node;
    node.kind = kind;
    node.ref = ref;
    node.parent = parent;
    const int id = int(m_nodes.size());
    QList<int> &siblings = parent < 0 ? m_top : m_nodes[parent].children;
    node.row = int(siblings.size());
    siblings.append(id);
    m_nodes.append(node);
    return id;
}

void CorpusTreeModel::rebuild()
{
    beginResetModel();
    const Corpus &corpus = m_workspace->corpus();
    m_nodes.clear();
    m_top.clear();
    m_nodeOfClaim.fill(-1, corpus.claims.size());

    QList<int> nodeOfDocument(corpus.documents.size(), -1);
    QList<int> nodeOfArticle(corpus.articles.size(), -1);
    QSet<QString> documentPaths;
    for (qsizetype d = 0; d < corpus.documents.size(); ++d) {
        nodeOfDocument[d] = addNode(Kind::Document, int(d), -1);
        documentPaths.insert(corpus.documents.at(d).path);
        documentPaths.insert(corpus.documents.at(d).fileName);
        for (qsizetype k = 0; k < corpus.documents.at(d).diagnostics.size(); ++k)
            addNode(Kind::Diagnostic, int(k), nodeOfDocument[d]);
    }
    for (qsizetype a = 0; a < corpus.articles.size(); ++a)
        nodeOfArticle[a] = addNode(Kind::Article, int(a), nodeOfDocument.at(corpus.articles.at(a).documentIndex));
    for (qsizetype c = 0; c < corpus.claims.size(); ++c)
        m_nodeOfClaim[c] = addNode(Kind::Claim, int(c), nodeOfArticle.at(corpus.claims.at(c).articleIndex));

    // Problems already shown under their document are not repeated (the pipeline may name
    // the file by path or by file name).
    QSet<QString> shown;
    const auto key = [](const Diagnostic &d) -> QString { return d.message + u'\x1f' + QString::number(d.byteOffset); };
    for (const Document &doc : corpus.documents)
        for (const Diagnostic &d : doc.diagnostics)
            shown.insert(key(d));
    QList<int> orphans;
    for (qsizetype k = 0; k < corpus.diagnostics.size(); ++k) {
        const Diagnostic &d = corpus.diagnostics.at(k);
        if (!(shown.contains(key(d)) && (documentPaths.contains(d.file) || documentPaths.contains(QFileInfo(d.file).fileName()))))
            orphans.append(int(k));
    }
    if (!orphans.isEmpty()) {
        const int problems = addNode(Kind::Problems, -1, -1);
        for (int k : orphans)
            addNode(Kind::Diagnostic, k, problems);
    }
    for (Node &n : m_nodes)
        n.totalClaims = 0;
    for (qsizetype c = 0; c < corpus.claims.size(); ++c)
        for (int p = m_nodes.at(m_nodeOfClaim.at(c)).parent; p >= 0; p = m_nodes.at(p).parent)
            ++m_nodes[p].totalClaims;
    countVisible();
    endResetModel();
}

void CorpusTreeModel::refilter()
{
    countVisible();
    emitChanged(-1);
}

void CorpusTreeModel::countVisible()
{
    const Corpus &corpus = m_workspace->corpus();
    for (Node &n : m_nodes)
        n.visibleClaims = 0;
    for (qsizetype c = 0; c < corpus.claims.size(); ++c)
        if (m_workspace->isVisible(int(c)))
            for (int p = m_nodes.at(m_nodeOfClaim.at(c)).parent; p >= 0; p = m_nodes.at(p).parent)
                ++m_nodes[p].visibleClaims;
}

void CorpusTreeModel::emitChanged(int parentNode)
{
    const QList<int> &children = parentNode < 0 ? m_top : m_nodes.at(parentNode).children;
    if (children.isEmpty())
        return;
    const QModelIndex parent = parentNode < 0 ? QModelIndex() : createIndex(m_nodes.at(parentNode).row, 0, quintptr(parentNode));
    Q_EMIT dataChanged(index(0, 0, parent), index(int(children.size()) - 1, ColumnCount - 1, parent));
    for (int child : children)
        emitChanged(child);
}

QModelIndex CorpusTreeModel::indexOfClaim(int claimIndex) const
{
    if (claimIndex < 0 || claimIndex >= m_nodeOfClaim.size())
        return {};
    const int node = m_nodeOfClaim.at(claimIndex);
    return createIndex(m_nodes.at(node).row, 0, quintptr(node));
}

QModelIndex CorpusTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const QList<int> &siblings = parent.isValid() ? m_nodes.at(int(parent.internalId())).children : m_top;
    return createIndex(row, column, quintptr(siblings.at(row)));
}

QModelIndex CorpusTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes.at(int(child.internalId())).parent;
    return p < 0 ? QModelIndex() : createIndex(m_nodes.at(p).row, 0, quintptr(p));
}

int CorpusTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(int(parent.internalId())).children.size());
}

int CorpusTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CorpusTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes.at(int(index.internalId()));
    switch (role) {
    case KindRole: return int(node.kind);
    case RefRole: return node.ref;
    case VisibleRole:
        return node.kind != Kind::Claim || m_workspace->isVisible(node.ref);
    case VisibleClaimsRole: return node.visibleClaims;
    default: return nodeData(node, index.column(), role);
    }
}

QVariant CorpusTreeModel::nodeData(const Node &node, int column, int role) const
{
    const Corpus &corpus = m_workspace->corpus();
    const bool dimmed = (node.kind == Kind::Article || node.kind == Kind::Document) && node.totalClaims > 0
                        && node.visibleClaims == 0;
    if (role == Qt::ForegroundRole && dimmed)
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (column == ClaimsColumn && (node.kind == Kind::Article || node.kind == Kind::Document)) {
        if (role == Qt::DisplayRole)
            return node.visibleClaims == node.totalClaims ? QString::number(node.totalClaims)
                                                          : tr("%1 of %2").arg(node.visibleClaims).arg(node.totalClaims);
        if (role == SortRole)
            return node.visibleClaims;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return tr("%1 of %2 claims pass the filter").arg(node.visibleClaims).arg(node.totalClaims);
        return {};
    }

    switch (node.kind) {
    case Kind::Document: {
        const Document &doc = corpus.documents.at(node.ref);
        if (column == NameColumn && (role == Qt::DisplayRole || role == SortRole))
            return doc.fileName;
        if (column == NameColumn && role == Qt::DecorationRole) {
            if (!doc.diagnostics.isEmpty())
                return iconFor(Diagnostic::Severity::Warning);
            return QApplication::style()->standardIcon(QStyle::SP_FileIcon);
        }
        if (role == Qt::ToolTipRole)
            return plainToolTip(tr("%1\n%2, %3; %n problem(s)", nullptr, int(doc.diagnostics.size()))
                                    .arg(doc.path, sourceFormatName(doc.format), doc.encoding));
        break;
    }
    case Kind::Article: {
        const Article &a = corpus.articles.at(node.ref);
        switch (column) {
        case NameColumn:
            if (role == Qt::DisplayRole) {
                // Outlet and date first: they tell articles apart, the title may be elided.
                QString source = a.outlet.isEmpty() ? tr("unknown outlet") : a.outlet;
                if (a.published.isValid())
                    source += QStringLiteral(", ") + formatInterval(DayInterval::day(a.published));
                return tr("%1 — %2").arg(source, a.title.isEmpty() ? tr("(untitled)") : a.title);
            }
            if (role == SortRole)
                return a.title;
            if (role == Qt::ToolTipRole)
                return plainToolTip(a.url.isEmpty() ? a.title : QString(a.title + u'\n' + a.url));
            break;
        case OutletColumn:
            if (role == Qt::DisplayRole || role == SortRole)
                return a.outlet.isEmpty() ? tr("—") : a.outlet;
            break;
        case DateColumn:
            if (role == Qt::DisplayRole)
                return a.published.isValid() ? a.published.toString(Qt::ISODate) : tr("unknown");
            if (role == SortRole)
                return a.published;
            if (role == Qt::ToolTipRole)
                return tr("Date from: %1").arg(dateProvenanceName(a.publishedFrom));
            break;
        default: break;
        }
        break;
    }
    case Kind::Claim: {
        const Claim &c = corpus.claims.at(node.ref);
        switch (column) {
        case NameColumn:
            if (role == Qt::DisplayRole)
                return tr("%1 · %2 (%3)").arg(formatValue(c), topicLabel(c.topic, c.measure), c.claimant);
            if (role == SortRole)
                return c.figureSpan.start;
            if (role == Qt::ToolTipRole)
                return plainToolTip(corpus.quote(c).toString());
            break;
        case OutletColumn:
            if (role == Qt::DisplayRole || role == SortRole)
                return c.claimant;
            break;
        case DateColumn:
            if (role == Qt::DisplayRole)
                return formatInterval(c.asOf);
            if (role == SortRole)
                return c.asOf.first;
            break;
        default: break;
        }
        break;
    }
    case Kind::Diagnostic: {
        const bool orphan = m_nodes.at(node.parent).kind == Kind::Problems;
        const Diagnostic &d = orphan ? corpus.diagnostics.at(node.ref)
                                     : corpus.documents.at(m_nodes.at(node.parent).ref).diagnostics.at(node.ref);
        if (column == NameColumn) {
            if (role == Qt::DisplayRole || role == SortRole)
                return orphan ? QString(QFileInfo(d.file).fileName() + QStringLiteral(": ") + d.message) : d.message;
            if (role == Qt::DecorationRole)
                return iconFor(d.severity);
        }
        if (role == Qt::ToolTipRole)
            return plainToolTip(d.toString());
        break;
    }
    case Kind::Problems:
        if (column == NameColumn) {
            if (role == Qt::DisplayRole)
                return tr("Input problems (%1)").arg(node.children.size());
            if (role == Qt::DecorationRole)
                return iconFor(Diagnostic::Severity::Warning);
        }
        if (role == Qt::ToolTipRole)
            return tr("Files that could not be read");
        break;
    }
    return {};
}

QVariant CorpusTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Document / article");
    case OutletColumn: return tr("Outlet / claimant");
    case DateColumn: return tr("Date");
    case ClaimsColumn: return tr("Claims");
    default: return {};
    }
}

} // namespace claimline::ui
