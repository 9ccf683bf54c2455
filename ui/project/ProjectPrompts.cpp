#include "ProjectPrompts.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPointer>

namespace claimline::ui {

ProjectPrompts messageBoxPrompts(QWidget *parent)
{
    const QPointer<QWidget> owner(parent);
    ProjectPrompts p;
    p.error = [owner](const QString &title, const QString &text) { QMessageBox::critical(owner, title, text); };
    p.unsavedChanges = [owner](const QString &name) {
        const auto answer = QMessageBox::warning(
            owner, QObject::tr("Unsaved Changes"),
            QObject::tr("“%1” has changes that are not saved.\nSave them before going on?").arg(name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        return answer == QMessageBox::Save      ? ProjectPrompts::Unsaved::Save
               : answer == QMessageBox::Discard ? ProjectPrompts::Unsaved::Discard
                                                : ProjectPrompts::Unsaved::Cancel;
    };
    p.restoreAutosave = [owner](const QString &name) {
        return QMessageBox::question(owner, QObject::tr("Restore Unsaved Work?"),
                                     QObject::tr("Claimline stopped before the last changes to “%1” were saved "
                                                 "(an autosave holds them).\n\n"
                                                 "Restore the autosaved work? (It stays unsaved until you save.) "
                                                 "No deletes the autosave.")
                                         .arg(name),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
               == QMessageBox::Yes;
    };
    p.savePath = [owner](const QString &caption, const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(owner, caption, suggested, filter);
    };
    return p;
}

} // namespace claimline::ui
