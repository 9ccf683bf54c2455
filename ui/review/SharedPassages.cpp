#include "SharedPassages.h"

#include <QHash>
#include <QString>
#include <algorithm>

namespace claimline::ui {

namespace {

struct Word
{
    QString folded;
    TextSpan span;
};

QList<Word> words(QStringView text)
{
    QList<Word> out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto isWordChar = [](QChar c) {
        return c.isLetterOrNumber() || c == u'\'' || c == u'\u2019' || c == u'\u2018';
    };
    while (i < n) {
        while (i < n && !isWordChar(text.at(i)))
            ++i;
        const qsizetype start = i;
        while (i < n && isWordChar(text.at(i)))
            ++i;
        if (i > start) {
            QString w = text.mid(start, i - start).toString().toCaseFolded();
            w.replace(u'\u2019', u'\'').replace(u'\u2018', u'\'');
            out.append({w, {start, i}});
        }
    }
    return out;
}

// Sorted, merged; spans separated by at most `gapWords` words of the text are joined.
QList<TextSpan> mergeSpans(QList<std::pair<int, int>> wordRanges, const QList<Word> &ws, int gapWords, int minWords)
{
    std::sort(wordRanges.begin(), wordRanges.end());
    QList<std::pair<int, int>> merged;
    for (const auto &r : wordRanges) {
        if (!merged.isEmpty() && r.first <= merged.last().second + 1 + gapWords)
            merged.last().second = std::max(merged.last().second, r.second);
        else
            merged.append(r);
    }
    QList<TextSpan> spans;
    for (const auto &r : merged)
        if (r.second - r.first + 1 >= minWords)
            spans.append({ws.at(r.first).span.start, ws.at(r.second).span.end});
    return spans;
}

} // namespace

SharedPassages::Result SharedPassages::find(QStringView a, QStringView b, int shingle, int minWords)
{
    Result result;
    shingle = std::max(shingle, 2);
    const QList<Word> wa = words(a);
    const QList<Word> wb = words(b);
    if (wa.size() < shingle || wb.size() < shingle)
        return result;

    auto key = [shingle](const QList<Word> &ws, int i) {
        QString k;
        for (int j = 0; j < shingle; ++j)
            k += ws.at(i + j).folded + u' ';
        return k;
    };
    QHash<QString, QList<int>> inB;
    for (int j = 0; j + shingle <= wb.size(); ++j)
        inB[key(wb, j)].append(j);

    // Diagonal runs of matching shingles: (i, j) continues the run that holds (i-1, j-1).
    struct Run { int i0, j0, i1, j1; };
    QList<Run> runs;
    QHash<qint64, int> runEndingAt;  // (i, j) of a run's last shingle → run index
    auto pairKey = [](int i, int j) { return (qint64(i) << 32) | quint32(j); };
    for (int i = 0; i + shingle <= wa.size(); ++i) {
        const auto it = inB.constFind(key(wa, i));
        if (it == inB.cend())
            continue;
        for (int j : it.value()) {
            const auto prev = runEndingAt.constFind(pairKey(i - 1, j - 1));
            int r;
            if (prev != runEndingAt.cend()) {
                r = prev.value();
                runs[r].i1 = i;
                runs[r].j1 = j;
            } else {
                r = int(runs.size());
                runs.append({i, j, i, j});
            }
            runEndingAt.insert(pairKey(i, j), r);
        }
    }

    QList<std::pair<int, int>> rangesA, rangesB;
    for (const Run &r : std::as_const(runs)) {
        const int lastA = r.i1 + shingle - 1, lastB = r.j1 + shingle - 1;
        result.matches.append(Match{{wa.at(r.i0).span.start, wa.at(lastA).span.end},
                               {wb.at(r.j0).span.start, wb.at(lastB).span.end}});
        rangesA.append({r.i0, lastA});
        rangesB.append({r.j0, lastB});
    }
    // A word or two changed between two runs ("said" → "says") is still the same passage.
    const int gap = 2;
    result.inA = mergeSpans(rangesA, wa, gap, minWords);
    result.inB = mergeSpans(rangesB, wb, gap, minWords);
    const auto within = [](const QList<TextSpan> &spans, const TextSpan &s) {
        return std::any_of(spans.cbegin(), spans.cend(), [&](const TextSpan &t) { return t.contains(s); });
    };
    result.matches.removeIf([&](const Match &m) { return !within(result.inA, m.inA) || !within(result.inB, m.inB); });
    return result;
}

} // namespace claimline::ui
