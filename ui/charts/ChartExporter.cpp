#include "ChartExporter.h"

#include <QChart>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <functional>

namespace claimline::ui {

namespace {

// Lays the chart out at `size` for the duration of `paint`, then restores it.
void renderAt(QChart *chart, QSizeF size, const std::function<void(QGraphicsScene *, const QRectF &)> &paint)
{
    // Series and axes replaced since the last event loop turn leave their graphics items in
    // the scene until deferred deletion: flush them, or they are drawn over the new ones.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const QRectF saved = chart->geometry();
    chart->resize(size);
    if (QGraphicsLayout *layout = chart->layout())
        layout->activate();
    QCoreApplication::sendPostedEvents();  // axis and label layout of the new size
    if (QGraphicsLayout *layout = chart->layout())
        layout->activate();
    QGraphicsScene *scene = chart->scene();
    std::unique_ptr<QGraphicsScene> own;
    if (!scene) {
        own = std::make_unique<QGraphicsScene>();
        own->addItem(chart);
        scene = own.get();
    }
    paint(scene, chart->sceneBoundingRect());
    if (own)
        own->removeItem(chart);
    chart->setGeometry(saved);
}

void renderScene(QPainter &painter, QGraphicsScene *scene, const QRectF &target, const QRectF &source)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(target, Qt::white);  // a page, not a transparent hole around the chart
    scene->render(&painter, target, source, Qt::KeepAspectRatio);
}

} // namespace

ChartExporter::Format ChartExporter::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return Format::Png;
    if (suffix == u"svg")
        return Format::Svg;
    if (suffix == u"pdf")
        return Format::Pdf;
    return Format::Unknown;
}

QStringList ChartExporter::suffixes() { return {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}; }

QImage ChartExporter::image(QChart *chart, const Options &options)
{
    const qreal scale = options.scale > 0 ? options.scale : 1.0;
    QImage image(options.size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    renderAt(chart, options.size, [&](QGraphicsScene *scene, const QRectF &source) {
        QPainter painter(&image);
        renderScene(painter, scene, QRectF(QPointF(0, 0), QSizeF(options.size)), source);
    });
    return image;
}

bool ChartExporter::write(QChart *chart, const QString &path, const Options &options)
{
    m_error.clear();
    const QRectF target(QPointF(0, 0), QSizeF(options.size));
    if (formatOf(path) == Format::Unknown) {
        m_error = path + QStringLiteral(": unknown format (use .png, .svg or .pdf)");
        return false;
    }
    if (options.size.isEmpty()) {
        m_error = path + QStringLiteral(": empty export size");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = path + QStringLiteral(": cannot write: ") + file.errorString();
        return false;
    }
    switch (formatOf(path)) {
    case Format::Png: {
        const QImage img = image(chart, options);
        if (!img.save(&file, "PNG")) {
            m_error = path + QStringLiteral(": cannot encode the PNG");
            return false;
        }
        break;
    }
    case Format::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(options.size);
        svg.setResolution(96);  // CSS pixels: the root's width/height (in mm) render at size
        svg.setViewBox(target);
        svg.setTitle(options.title);
        svg.setDescription(QStringLiteral("Claimline chart"));
        renderAt(chart, options.size, [&](QGraphicsScene *scene, const QRectF &source) {
            QPainter painter(&svg);
            renderScene(painter, scene, target, source);
        });
        break;
    }
    case Format::Pdf: {
        QPdfWriter pdf(&file);
        pdf.setTitle(options.title);
        pdf.setCreator(QStringLiteral("Claimline"));
        pdf.setResolution(72);  // one point per logical pixel
        pdf.setPageSize(QPageSize(QSizeF(options.size), QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        renderAt(chart, options.size, [&](QGraphicsScene *scene, const QRectF &source) {
            QPainter painter(&pdf);
            renderScene(painter, scene, target, source);
        });
        break;
    }
    case Format::Unknown:
        return false;
    }
    if (!file.commit()) {
        m_error = path + QStringLiteral(": cannot write: ") + file.errorString();
        return false;
    }
    return true;
}

} // namespace claimline::ui
