#include "RecentCorpora.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace claimline::ui {

namespace {
const QString kKey = QStringLiteral("recent/corpora");
}

RecentCorpora::RecentCorpora(QSettings *settings, QMenu *menu, QObject *parent)
    : QObject(parent), m_settings(settings), m_menu(menu)
{
    rebuildMenu();
}

QList<QStringList> RecentCorpora::entries() const
{
    QList<QStringList> list;
    for (const QVariant &v : m_settings->value(kKey).toList()) {
        const QStringList paths = v.toStringList();
        if (!paths.isEmpty())
            list.append(paths);
    }
    return list;
}

void RecentCorpora::add(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    QStringList absolute;
    for (const QString &p : paths)
        absolute.append(QFileInfo(p).absoluteFilePath());
    QList<QStringList> list = entries();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaxEntries)
        list.removeLast();
    store(list);
}

void RecentCorpora::clear()
{
    store({});
}

void RecentCorpora::store(const QList<QStringList> &list)
{
    QVariantList values;
    for (const QStringList &paths : list)
        values.append(paths);
    m_settings->setValue(kKey, values);
    rebuildMenu();
}

QString RecentCorpora::title(const QStringList &paths)
{
    if (paths.isEmpty())
        return {};
    const QString first = QFileInfo(paths.first()).fileName();
    return paths.size() == 1 ? first : tr("%1 + %n more", nullptr, int(paths.size() - 1)).arg(first);
}

void RecentCorpora::rebuildMenu()
{
    m_menu->clear();
    const QList<QStringList> list = entries();
    int n = 0;
    for (const QStringList &paths : list) {
        ++n;
        QAction *action = m_menu->addAction(
            (n < 10 ? QStringLiteral("&%1  ").arg(n) : QString()) + title(paths).replace(u'&', QStringLiteral("&&")));
        action->setToolTip(QDir::toNativeSeparators(paths.join(u'\n')));
        action->setStatusTip(QDir::toNativeSeparators(paths.join(QStringLiteral("; "))));
        connect(action, &QAction::triggered, this, [this, paths] { Q_EMIT openRequested(paths); });
    }
    if (list.isEmpty()) {
        m_menu->addAction(tr("(none yet)"))->setEnabled(false);
        return;
    }
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("&Clear List")), &QAction::triggered, this, &RecentCorpora::clear);
}

} // namespace claimline::ui
