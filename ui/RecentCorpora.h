#pragma once

#include <QObject>
#include <QStringList>

class QMenu;
class QSettings;

namespace claimline::ui {

// The "Recent Corpora" list (each entry: the files and folders opened together), kept in
// QSettings, newest first, and the submenu that reopens them.
class RecentCorpora final : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxEntries = 8;

    RecentCorpora(QSettings *settings, QMenu *menu, QObject *parent = nullptr);

    QList<QStringList> entries() const;
    void add(const QStringList &paths);
    void clear();
    static QString title(const QStringList &paths);  // "seeds", "a.txt + 2 more"

Q_SIGNALS:
    void openRequested(const QStringList &paths);

private:
    void rebuildMenu();
    void store(const QList<QStringList> &entries);

    QSettings *m_settings;
    QMenu *m_menu;
};

} // namespace claimline::ui
