#pragma once

class QMenu;
class QSettings;
class QWidget;

namespace claimline::ui {

class ImportController;

// The desktop's counterpart of `extract --max-size`: the largest file an import reads, kept in
// the settings and applied to `importer` now, with a File menu action to change it.
void addImportSizeLimitAction(QMenu *menu, ImportController *importer, QSettings *settings, QWidget *dialogParent);

} // namespace claimline::ui
