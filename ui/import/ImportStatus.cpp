#include "ImportStatus.h"

#include "ImportController.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace claimline::ui {

ImportStatus::ImportStatus(ImportController *controller, QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this)), m_cancel(new QToolButton(this))
{
    m_label->setTextFormat(Qt::PlainText); // shows file names
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop reading; the corpus on screen stays as it was"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();

    connect(m_cancel, &QToolButton::clicked, controller, &ImportController::cancel);
    connect(m_cancel, &QToolButton::clicked, this, [this] { m_label->setText(tr("Cancelling…")); });
    connect(controller, &ImportController::started, this, [this] {
        m_label->setText(tr("Reading…"));
        m_bar->setRange(0, 0); // busy until the first file is done
        show();
    });
    connect(controller, &ImportController::progressed, this, [this](int done, int total, const QString &file) {
        m_bar->setRange(0, total);
        m_bar->setValue(done);
        m_label->setText(done < total ? tr("Read %1 of %2: %3").arg(done).arg(total).arg(QFileInfo(file).fileName())
                                      : tr("Analysing %n file(s)…", nullptr, total));
    });
    connect(controller, &ImportController::finished, this, &QWidget::hide);
}

} // namespace claimline::ui
