#include "TableCells.h"

#include <QList>

namespace claimline {

namespace {

// Table rows are short: a longer line is prose (or a flattened page) and is not read as one.
constexpr qsizetype kMaxRowLength = 600;
// How many lines above a row its header may stand.
constexpr int kMaxRowsAbove = 60;

bool isBlank(QChar c) { return c == u' ' || c == u'\t' || c == u'\r' || c == u'\u00a0'; }

struct Line
{
    qsizetype start = 0, end = 0; // [start, end), without the newline
};

std::optional<Line> lineAround(QStringView text, qsizetype at)
{
    Line line{at, at};
    while (line.start > 0 && text.at(line.start - 1) != u'\n')
        if (at - --line.start > kMaxRowLength)
            return std::nullopt;
    while (line.end < text.size() && text.at(line.end) != u'\n')
        if (++line.end - line.start > kMaxRowLength)
            return std::nullopt;
    return line;
}

// The line before `line`, or nullopt at the start of the text.
std::optional<Line> lineBefore(QStringView text, const Line &line)
{
    if (line.start == 0)
        return std::nullopt;
    return lineAround(text, line.start - 1);
}

// A row's cells, trimmed; outer pipes are dropped, so "| a | b |" and "a | b" are both {a, b}.
QList<TextSpan> cellsOf(QStringView text, const Line &line)
{
    QList<TextSpan> cells;
    qsizetype start = line.start;
    for (qsizetype i = line.start; i <= line.end; ++i) {
        if (i < line.end && text.at(i) != u'|')
            continue;
        TextSpan cell{start, i};
        while (cell.start < cell.end && isBlank(text.at(cell.start)))
            ++cell.start;
        while (cell.end > cell.start && isBlank(text.at(cell.end - 1)))
            --cell.end;
        cells.append(cell);
        start = i + 1;
    }
    if (cells.size() > 1 && cells.first().isEmpty())
        cells.removeFirst();
    if (cells.size() > 1 && cells.last().isEmpty())
        cells.removeLast();
    return cells;
}

bool isPipeRow(QStringView text, const Line &line)
{
    return text.mid(line.start, line.end - line.start).contains(u'|');
}

// "|---|:--:|": the rule under a Markdown table's header.
bool isRule(QStringView text, const Line &line)
{
    bool dash = false;
    for (qsizetype i = line.start; i < line.end; ++i) {
        const QChar c = text.at(i);
        if (c == u'-')
            dash = true;
        else if (c != u'|' && c != u':' && !isBlank(c))
            return false;
    }
    return dash;
}

// The figure fills its cell when only blanks stand between it and the pipes (or line ends).
bool fillsCell(QStringView text, TextSpan figure, bool &pipeBeside)
{
    qsizetype left = figure.start;
    while (left > 0 && isBlank(text.at(left - 1)))
        --left;
    qsizetype right = figure.end;
    while (right < text.size() && isBlank(text.at(right)))
        ++right;
    const bool pipeLeft = left > 0 && text.at(left - 1) == u'|';
    const bool pipeRight = right < text.size() && text.at(right) == u'|';
    const bool lineLeft = left == 0 || text.at(left - 1) == u'\n';
    const bool lineRight = right == text.size() || text.at(right) == u'\n';
    pipeBeside = pipeLeft || pipeRight;
    return (pipeLeft || lineLeft) && (pipeRight || lineRight);
}

// The line after `line`, or nullopt at the end of the text.
std::optional<Line> lineAfter(QStringView text, const Line &line)
{
    if (line.end >= text.size())
        return std::nullopt;
    return lineAround(text, line.end + 1);
}

bool isBlankLine(QStringView text, const Line &line)
{
    for (qsizetype i = line.start; i < line.end; ++i)
        if (!isBlank(text.at(i)))
            return false;
    return true;
}

// The next line that holds something, at most one blank line away (a table's caption and
// source line stand right by it, or a paragraph break away).
std::optional<Line> nearestLine(QStringView text, const Line &from, bool upwards)
{
    std::optional<Line> line = upwards ? lineBefore(text, from) : lineAfter(text, from);
    if (line && isBlankLine(text, *line))
        line = upwards ? lineBefore(text, *line) : lineAfter(text, *line);
    if (!line || isBlankLine(text, *line))
        return std::nullopt;
    return line;
}

// Markdown emphasis, quoting and heading marks around a line's words.
bool isMarkup(QChar c) { return isBlank(c) || c == u'*' || c == u'_' || c == u'#' || c == u'>'; }

TextSpan wordsOf(QStringView text, const Line &line)
{
    TextSpan words{line.start, line.end};
    while (words.start < words.end && isMarkup(text.at(words.start)))
        ++words.start;
    while (words.end > words.start && isMarkup(text.at(words.end - 1)))
        --words.end;
    return words;
}

// "Source: X" → the span of X; empty when the line is no source line.
TextSpan sourceOf(QStringView text, const Line &line, const QStringList &labels)
{
    const TextSpan words = wordsOf(text, line);
    const QStringView view = text.mid(words.start, words.length());
    for (const QString &label : labels) {
        if (!view.startsWith(label, Qt::CaseInsensitive) || view.size() <= label.size() || view.at(label.size()) != u':')
            continue;
        TextSpan source{words.start + label.size() + 1, words.end};
        while (source.start < source.end && isMarkup(text.at(source.start)))
            ++source.start;
        return source;
    }
    return {};
}

} // namespace

TableFrame tableFrameAt(QStringView text, qsizetype at, const QStringList &sourceLabels)
{
    TableFrame frame;
    const std::optional<Line> row = lineAround(text, at);
    if (!row || !isPipeRow(text, *row))
        return frame;
    Line top = *row, bottom = *row;
    for (int n = 0; n < kMaxRowsAbove; ++n) {
        const std::optional<Line> above = lineBefore(text, top);
        if (!above || !isPipeRow(text, *above))
            break;
        top = *above;
    }
    for (int n = 0; n < kMaxRowsAbove; ++n) {
        const std::optional<Line> below = lineAfter(text, bottom);
        if (!below || !isPipeRow(text, *below))
            break;
        bottom = *below;
    }
    if (const std::optional<Line> below = nearestLine(text, bottom, false))
        frame.source = sourceOf(text, *below, sourceLabels);
    std::optional<Line> above = nearestLine(text, top, true);
    if (above) {
        if (const TextSpan source = sourceOf(text, *above, sourceLabels); !source.isEmpty()) {
            if (frame.source.isEmpty())
                frame.source = source;
            above = nearestLine(text, *above, true);
        }
    }
    if (above)
        frame.caption = wordsOf(text, *above);
    if (!frame.source.isEmpty()) {
        frame.sourceName = frame.source;
        const QStringView words = text.mid(frame.source.start, frame.source.length());
        for (qsizetype i = 0; i < words.size(); ++i)
            if (words.at(i) == u',' || words.at(i) == u';') {
                frame.sourceName.end = frame.source.start + i;
                break;
            }
        while (frame.sourceName.end > frame.sourceName.start && isMarkup(text.at(frame.sourceName.end - 1)))
            --frame.sourceName.end;
    }
    return frame;
}

std::optional<TableCell> tableCellAt(QStringView text, TextSpan figure)
{
    bool pipeBeside = false;
    if (figure.isEmpty() || figure.end > text.size() || !fillsCell(text, figure, pipeBeside) || !pipeBeside)
        return std::nullopt;
    const std::optional<Line> row = lineAround(text, figure.start);
    if (!row)
        return std::nullopt;
    const QList<TextSpan> cells = cellsOf(text, *row);
    qsizetype column = 0;
    while (column < cells.size() && !cells.at(column).contains(figure))
        ++column;
    if (column == 0 || column >= cells.size())
        return std::nullopt;

    // Up through the block of pipe lines: the header is above the nearest rule, else the
    // block's first line.
    std::optional<Line> header;
    std::optional<Line> line = lineBefore(text, *row);
    for (int above = 0; line && above < kMaxRowsAbove && isPipeRow(text, *line); ++above) {
        const std::optional<Line> previous = lineBefore(text, *line);
        if (isRule(text, *line)) {
            header = previous && isPipeRow(text, *previous) ? previous : std::nullopt;
            break;
        }
        header = line;
        line = previous;
    }
    if (!header)
        return std::nullopt;
    const QList<TextSpan> headerCells = cellsOf(text, *header);
    if (headerCells.size() != cells.size() || headerCells.at(column).isEmpty())
        return std::nullopt;
    const auto view = [&](TextSpan s) { return text.mid(s.start, s.length()); };
    return TableCell{view(headerCells.at(column)), view(cells.first())};
}

} // namespace claimline
