#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace claimline::ui {

// The questions and errors a project operation may need to show. The desktop uses modal
// message boxes and file dialogs (messageBoxPrompts); tests install functions that record
// what was asked and answer without a dialog.
struct ProjectPrompts
{
    enum class Unsaved { Save, Discard, Cancel };

    std::function<void(const QString &title, const QString &text)> error;
    std::function<Unsaved(const QString &projectName)> unsavedChanges;
    std::function<bool(const QString &projectName)> restoreAutosave;
    // A path to save to, or empty when the analyst cancelled.
    std::function<QString(const QString &caption, const QString &suggested, const QString &filter)> savePath;
};

ProjectPrompts messageBoxPrompts(QWidget *parent);

} // namespace claimline::ui
