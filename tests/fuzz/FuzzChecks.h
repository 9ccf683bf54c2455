#pragma once

// What each fuzz target checks, in one place: the libFuzzer targets trap on a non-empty
// answer, and tst_hostile_files replays every kept crashing input through the same check.
// Each function takes the raw input and returns an empty string when every invariant holds,
// else what broke.

#include "FuzzInput.h"
#include "dates/TemporalTagger.h"
#include "extract/FigureFinder.h"
#include "ingest/ArticleSplitter.h"
#include "pipeline/Pipeline.h"
#include "text/HtmlText.h"
#include "text/SentenceSplitter.h"
#include "text/TextDecoder.h"

#include <QDate>
#include <algorithm>
#include <cstdio>
#include <cmath>

namespace claimline::fuzz {

// Letters or digits in the input: there was text to read (BOMs, zero-width marks and
// whitespace alone may well decode to nothing).
inline bool hasAlphanumericByte(const QByteArray &bytes)
{
    return std::any_of(bytes.cbegin(), bytes.cend(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    });
}

inline QString checkDecode(const QByteArray &bytes)
{
    const DecodedText out = decodeBytes(bytes, QStringLiteral("fuzz.txt"));
    if (!out.looksBinary && hasAlphanumericByte(bytes) && out.text.isEmpty() && out.diagnostics.isEmpty())
        return QStringLiteral("non-empty text input vanished without a diagnostic");
    return {};
}

inline QString checkHtml(const QByteArray &bytes)
{
    htmlToText(QString::fromUtf8(bytes), QStringLiteral("fuzz.html"));
    return {};
}

inline QString checkSentences(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    qsizetype last = 0;
    for (const TextSpan &s : splitSentences(text, {0, text.size()})) {
        if (s.start < last || s.end > text.size() || s.start > s.end)
            return QStringLiteral("sentences out of order, overlapping or outside the paragraph");
        last = s.end;
    }
    return {};
}

inline QString checkFigures(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    for (const Figure &f : findFigures(text, {0, text.size()}, {})) {
        if (f.span.start < 0 || f.span.end > text.size() || f.span.isEmpty())
            return QStringLiteral("figure span outside the text or empty");
        if (!std::isfinite(f.low) || (f.high && !std::isfinite(*f.high)))
            return QStringLiteral("figure value not finite (JSON cannot carry it)");
        if (f.high && *f.high < f.low)
            return QStringLiteral("figure range upside down");
    }
    return {};
}

inline QString checkDates(const QByteArray &bytes)
{
    static const TemporalTagger tagger;
    const QString text = QString::fromUtf8(bytes);
    for (const TemporalMention &m : tagger.tag(text, {0, text.size()}, QDate(2025, 6, 17))) {
        if (m.span.start < 0 || m.span.end > text.size() || m.span.isEmpty())
            return QStringLiteral("date span outside the text or empty");
        if (m.interval.first.isValid() != m.interval.last.isValid())
            return QStringLiteral("date interval half valid");
    }
    return {};
}

// The article splitter on raw UTF-16 units, so that unpaired surrogates reach it (decoded
// files never hold one): lines found well formed are matched without PCRE2's UTF check,
// the others must keep it. Layouts stay inside the text and in order.
inline QString checkLines(const QByteArray &bytes)
{
    const QString text(reinterpret_cast<const QChar *>(bytes.constData()), bytes.size() / 2);
    qsizetype last = 0;
    for (const ArticleLayout &a : splitArticles(text)) {
        if (a.span.start < last || a.span.end > text.size() || a.span.start > a.span.end)
            return QStringLiteral("article spans out of order or outside the text");
        for (const QList<TextSpan> *spans : {&a.paragraphs, &a.boilerplate, &a.datelines})
            for (const TextSpan &s : *spans)
                if (s.start < a.span.start || s.end > a.span.end || s.start > s.end)
                    return QStringLiteral("a line outside its article");
        last = a.span.end;
    }
    return {};
}

// The first byte picks the format, so HTML and text paths are both explored.
inline QString checkPipeline(const QByteArray &bytes)
{
    static const Pipeline pipeline(PipelineOptions{64ll * 1024 * 1024, 1, {}});
    const char *name = !bytes.isEmpty() && (bytes.at(0) & 1) ? "fuzz.html" : "fuzz.txt";
    const Corpus corpus = pipeline.runOnBuffers({{QString::fromLatin1(name), bytes}});
    for (const Claim &c : corpus.claims)
        if (!std::isfinite(c.low) || (c.high && !std::isfinite(*c.high)))
            return QStringLiteral("claim value not finite");
    return corpus.checkConsistency();
}

// libFuzzer entry helper: abort (so the input is kept) when the check fails.
template<typename Check>
int fuzzOne(Check check, const uint8_t *data, size_t size)
{
    if (const QString problem = check(fuzzBytes(data, size)); !problem.isEmpty()) {
        std::fprintf(stderr, "fuzz check failed: %s\n", qPrintable(problem));
        __builtin_trap();
    }
    return 0;
}

} // namespace claimline::fuzz
