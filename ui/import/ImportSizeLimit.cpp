#include "ImportSizeLimit.h"

#include "ImportController.h"

#include <QInputDialog>
#include <algorithm>
#include <QMenu>
#include <QSettings>

namespace claimline::ui {

namespace {

const QString kSetting = QStringLiteral("import/maxFileMegabytes");
constexpr qint64 kMegabyte = 1024 * 1024;
constexpr int kMaxMegabytes = 4096; // beyond this a file is not news prose, and memory would suffer

} // namespace

void addImportSizeLimitAction(QMenu *menu, ImportController *importer, QSettings *settings, QWidget *dialogParent)
{
    const int defaultMegabytes = int(importer->maxFileBytes() / kMegabyte);
    const int stored = settings->value(kSetting, defaultMegabytes).toInt();
    importer->setMaxFileBytes(qint64(std::clamp(stored, 1, kMaxMegabytes)) * kMegabyte);

    QAction *action = menu->addAction(QObject::tr("Import Size &Limit…"));
    action->setStatusTip(QObject::tr("Largest file an import reads; larger files are skipped and named"));
    QObject::connect(action, &QAction::triggered, dialogParent, [importer, settings, dialogParent] {
        bool ok = false;
        const int megabytes = QInputDialog::getInt(
            dialogParent, QObject::tr("Import Size Limit"),
            QObject::tr("Skip files larger than (MB).\nThe next import uses the new limit:"),
            int(importer->maxFileBytes() / kMegabyte), 1, kMaxMegabytes, 1, &ok);
        if (!ok)
            return;
        importer->setMaxFileBytes(qint64(megabytes) * kMegabyte);
        settings->setValue(kSetting, megabytes);
    });
}

} // namespace claimline::ui
