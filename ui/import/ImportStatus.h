#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace claimline::ui {

class ImportController;

// Status-bar progress of an import: "Reading 3 of 12: file.txt", a bar and Cancel.
// Hidden while no import runs.
class ImportStatus final : public QWidget
{
    Q_OBJECT

public:
    explicit ImportStatus(ImportController *controller, QWidget *parent = nullptr);

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};

} // namespace claimline::ui
