#pragma once

#include <QImage>
#include <QSize>
#include <QString>

class QChart;

namespace claimline::ui {

// Writes a chart to a file, the format chosen by the suffix (.png, .svg, .pdf). The chart is
// laid out at the asked logical size for the export and put back afterwards; the scene is
// rendered (not the view widget: that zooms wrongly or drops legend entries in PDF).
class ChartExporter final
{
public:
    struct Options
    {
        QSize size{1200, 700};  // logical pixels (PNG pixels = size × scale; SVG/PDF points = size)
        qreal scale = 1.0;      // device pixel ratio of the PNG
        QString title;          // SVG/PDF document title
    };

    enum class Format { Png, Svg, Pdf, Unknown };
    static Format formatOf(const QString &path);
    static QStringList suffixes();           // {"png", "svg", "pdf"}

    // Returns false and sets errorString() (naming the file) when the file cannot be written.
    bool write(QChart *chart, const QString &path, const Options &options);
    QImage image(QChart *chart, const Options &options);  // PNG-ready image (device pixel ratio set)
    QString errorString() const { return m_error; }

private:
    QString m_error;
};

} // namespace claimline::ui
