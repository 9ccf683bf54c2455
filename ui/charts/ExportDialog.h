#pragma once

#include <QDialog>

class QDoubleSpinBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace claimline::ui {

// Where and how big to export a chart: a file (its suffix picks PNG, SVG or PDF), a logical
// size in pixels and, for PNG, a scale (device pixel ratio).
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(QWidget *parent = nullptr);

    void setLogicalSize(QSize size);
    void setSuggestedName(const QString &baseName);
    QString path() const;
    QSize logicalSize() const;
    qreal scale() const;

private:
    void browse();
    void updateOk();

    QLineEdit *m_path;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QDoubleSpinBox *m_scale;
    QPushButton *m_ok = nullptr;
};

} // namespace claimline::ui
