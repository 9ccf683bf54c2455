#pragma once

// What the project controller would have asked the analyst, recorded and answered without a
// dialog, for the UI tests of projects.
#include "project/ProjectPrompts.h"

#include <QFile>
#include <QStringList>

namespace claimline::testing {

struct RecordingPrompts
{
    QStringList errors;
    int unsavedAsked = 0;
    ui::ProjectPrompts::Unsaved unsavedAnswer = ui::ProjectPrompts::Unsaved::Cancel;
    bool restoreAnswer = true;
    int restoreAsked = 0;
    QString savePath;

    ui::ProjectPrompts prompts()
    {
        ui::ProjectPrompts p;
        p.error = [this](const QString &title, const QString &text) { errors.append(title + u": " + text); };
        p.unsavedChanges = [this](const QString &) { ++unsavedAsked; return unsavedAnswer; };
        p.restoreAutosave = [this](const QString &) { ++restoreAsked; return restoreAnswer; };
        p.savePath = [this](const QString &, const QString &, const QString &) { return savePath; };
        return p;
    }
};

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace claimline::testing
