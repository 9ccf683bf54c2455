#pragma once

#include "TimelineFrame.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QStringList>
#include <QPalette>

class QPainter;

namespace claimline::ui {

// Paints a TimelineFrame: lanes, bars, markers, labels, density columns, then the sticky
// lane headers, the ruler and the footer over them. Stateless apart from its style.
class TimelinePainter final
{
public:
    TimelinePainter(const QPalette &palette, const QFont &font) : m_palette(palette), m_font(font) {}

    void paint(QPainter &p, const TimelineFrame &frame, const TimelineLayout &layout) const;

    static QColor topicColor(int index); // -1 events, -2 mixed
    // A lane title over at most `maxLines` lines of `width`, broken between words; what
    // does not fit is elided on the last line.
    static QStringList wrappedTitle(const QString &title, const QFontMetricsF &m, double width, int maxLines);

private:
    void paintLanes(QPainter &p, const TimelineFrame &frame) const;
    void paintItems(QPainter &p, const TimelineFrame &frame) const;
    void paintScrollIndicator(QPainter &p, const TimelineFrame &frame, const TimelineLayout &layout) const;
    void paintHeaders(QPainter &p, const TimelineFrame &frame, const TimelineLayout &layout) const;
    void paintRuler(QPainter &p, const TimelineFrame &frame) const;
    void paintFooter(QPainter &p, const TimelineFrame &frame, const TimelineLayout &layout) const;

    QPalette m_palette;
    QFont m_font;
};

} // namespace claimline::ui
