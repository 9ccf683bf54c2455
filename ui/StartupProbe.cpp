#include "StartupProbe.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

namespace claimline::ui {

namespace {

QElapsedTimer &sinceMain()
{
    static QElapsedTimer timer;
    return timer;
}

// Sees every event of the application; on the first widget paint it waits for the rest
// of that paint pass (a zero timer runs after it) and then reports.
class FirstPaint final : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType()) {
            m_seen = true;
            QTimer::singleShot(0, this, [] {
                QTextStream out(stdout);
                out << "first-paint-ms " << sinceMain().nsecsElapsed() / 1e6 << '\n';
                // What was on screen, so that tests can see which project the command line opened.
                for (const QWidget *w : QApplication::topLevelWidgets())
                    if (w->isVisible() && !w->windowTitle().isEmpty())
                        out << "window-title " << w->windowTitle() << '\n';
                QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    bool m_seen = false;
};

void install() // runs inside the QCoreApplication constructor
{
    if (qEnvironmentVariableIntValue("CLAIMLINE_STARTUP_PROBE") == 1)
        QCoreApplication::instance()->installEventFilter(new FirstPaint(QCoreApplication::instance()));
}

} // namespace

void armStartupProbe()
{
    if (qEnvironmentVariableIntValue("CLAIMLINE_STARTUP_PROBE") != 1)
        return;
    sinceMain().start();
    qAddPreRoutine(install);
}

} // namespace claimline::ui
