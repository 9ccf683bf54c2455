#include "ExportDialog.h"

#include "ChartExporter.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace claimline::ui {

ExportDialog::ExportDialog(QWidget *parent)
    : QDialog(parent), m_path(new QLineEdit(this)), m_width(new QSpinBox(this)), m_height(new QSpinBox(this)),
      m_scale(new QDoubleSpinBox(this))
{
    setWindowTitle(tr("Export chart"));
    m_width->setRange(200, 10000);
    m_height->setRange(150, 10000);
    m_width->setSuffix(tr(" px"));
    m_height->setSuffix(tr(" px"));
    m_scale->setRange(0.5, 4.0);
    m_scale->setSingleStep(0.5);
    m_scale->setValue(1.0);
    m_scale->setSuffix(tr(" ×"));
    m_scale->setToolTip(tr("PNG only: pixels per logical pixel (2 for a high-density screen)"));
    setLogicalSize({1200, 700});

    auto *browseButton = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);

    auto *form = new QFormLayout(this);
    form->addRow(tr("File (.png, .svg, .pdf):"), pathRow);
    form->addRow(tr("Width:"), m_width);
    form->addRow(tr("Height:"), m_height);
    form->addRow(tr("Scale:"), m_scale);
    form->addRow(buttons);

    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateOk);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

void ExportDialog::setLogicalSize(QSize size)
{
    m_width->setValue(size.width());
    m_height->setValue(size.height());
}

void ExportDialog::setSuggestedName(const QString &baseName)
{
    m_path->setText(QDir::home().filePath(baseName + QStringLiteral(".png")));
}

QString ExportDialog::path() const { return m_path->text().trimmed(); }
QSize ExportDialog::logicalSize() const { return {m_width->value(), m_height->value()}; }
qreal ExportDialog::scale() const { return m_scale->value(); }

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export chart"), path(), tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportDialog::updateOk()
{
    const bool known = ChartExporter::formatOf(path()) != ChartExporter::Format::Unknown;
    m_ok->setEnabled(known);
    m_scale->setEnabled(ChartExporter::formatOf(path()) == ChartExporter::Format::Png || !known);
}

} // namespace claimline::ui
