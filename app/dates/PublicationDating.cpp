#include "PublicationDating.h"

#include "DateLexicon.h"
#include "TemporalTagger.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <unordered_map>

namespace claimline {

namespace {

using Granularity = TemporalMention::Granularity;
using Role = TemporalMention::Role;

// Weekdays named in the first paragraphs speak of the news itself; later ones are as often
// background ("Syrskyi said Saturday"), unless the article keeps repeating them.
constexpr int kLedeParagraphs = 3;
// A line that is only a date ("Tuesday, June 17, 2025") is a dateline.
constexpr qsizetype kMaxDatelineLength = 48;
// A short header line that ends on its date ("AFP, Bamako — 2 June 2025").
constexpr qsizetype kMaxClosingDatelineLength = 64;
constexpr qsizetype kMaxStampedBylineLength = 100;
// "KYIV, Ukraine" before a wire dateline's date, "(Reuters)" after it.
constexpr qsizetype kMaxWirePlaceLength = 40;

// 1..7 when the mention is a bare weekday ("Tuesday", "Tuesday’s"), else 0.
int bareWeekday(QStringView text, const TemporalMention &m)
{
    if (!m.relative || m.future || m.granularity != Granularity::Day)
        return 0;
    QString word;
    for (qsizetype i = m.span.start; i < m.span.end && text[i].isLetter(); ++i)
        word.append(text[i].toLower());
    const dates::LexEntry e = dates::lookupWord(word);
    return e.word == dates::Word::Weekday ? e.value : 0;
}

bool isDayDate(const TemporalMention &m)
{
    return m.interval.isValid() && m.interval.days() == 1 && m.granularity == Granularity::Day;
}

QStringView trimmed(QStringView text, TextSpan span)
{
    return text.sliced(span.start, span.length()).trimmed();
}

// A line the layout pass already read as a dateline ("Updated: Jun 17, 2025 10:14 a.m. ET",
// "Published 3 June 2025"): its first day-precise date that is not relative.
QDate layoutDatelineDate(const TemporalTagger &tagger, QStringView text, TextSpan span, QDate reference)
{
    for (const TemporalMention &m : tagger.tag(text, span, reference)) {
        if (isDayDate(m) && !m.relative && !m.future)
            return m.interval.first;
    }
    return {};
}

bool isDash(QChar c)
{
    return c == u'-' || c == u'\u2013' || c == u'\u2014';
}

// A dateline found among the paragraphs:
//  - a line that is little more than one day-precise date;
//  - a short line without a sentence end that closes on an explicit date
//    ("AFP, Bamako — 2 June 2025", "Weekly Assessment, May 28, 2025");
//  - a wire dateline opening the lede: "KYIV, June 3 (Reuters) -", "GAZA, 3 June (AFP) —".
QDate datelineDate(const TemporalTagger &tagger, QStringView text, TextSpan span, QDate reference)
{
    const QStringView line = trimmed(text, span);
    if (line.isEmpty())
        return {};
    const qsizetype lineEnd = (line.data() - text.data()) + line.size();
    for (const TemporalMention &m : tagger.tag(text, span, reference)) {
        if (!isDayDate(m) || m.relative || m.future)
            continue;
        if (line.size() <= kMaxDatelineLength && m.span.length() * 10 >= line.size() * 6)
            return m.interval.first;
        if (m.yearExplicit && line.size() <= kMaxClosingDatelineLength && m.span.end == lineEnd
            && !line.contains(u'.'))
            return m.interval.first;
        // A byline's time stamp: "*Jane Roe* · Mon 14 Apr 2025 09.12 BST", "Mar 6, 2025,
        // 06:12 PM": a full date and a clock time on one short line that is no sentence.
        static const QRegularExpression clock(QStringLiteral("\\b\\d{1,2}[:.]\\d{2}\\b"));
        if (m.yearExplicit && line.size() <= kMaxStampedBylineLength && !line.endsWith(u'.')
            && clock.match(line).hasMatch())
            return m.interval.first;
        // Wire dateline: an upper-case place and a comma before the date, a dash after it
        // (an agency name in parentheses may come between).
        const QStringView before = text.sliced(span.start, m.span.start - span.start).trimmed();
        if (before.size() < 2 || before.size() > kMaxWirePlaceLength || !before.endsWith(u','))
            break;
        // "KYIV," or "GAZA CITY, Gaza Strip,": an upper-case place first, then capitalised words.
        bool upper = true, wordStart = true;
        const qsizetype firstComma = before.indexOf(u',');
        for (qsizetype c = 0; c < before.size(); ++c) {
            const QChar ch = before[c];
            if (ch.isLower() && (c < firstComma || wordStart))
                upper = false;
            wordStart = ch.isSpace();
        }
        qsizetype k = m.span.end;
        const auto skipSpaces = [&] { while (k < span.end && text[k].isSpace()) ++k; };
        skipSpaces();
        if (k < span.end && text[k] == u'(') {
            while (k < span.end && text[k] != u')' && k - m.span.end < kMaxWirePlaceLength)
                ++k;
            ++k;
            skipSpaces();
        }
        if (upper && k < span.end && isDash(text[k]))
            return m.interval.first;
        break;
    }
    return {};
}

} // namespace

int contextYearOf(QStringView documentText)
{
    const TemporalTagger tagger;
    const QDate today = QDate::currentDate();
    const int thisYear = today.year();
    int best = 0;
    for (const TemporalMention &m : tagger.tag(documentText, {0, documentText.size()}, today)) {
        // Only years the text states as dates of things that happened.
        if (!m.yearExplicit || m.future || !m.interval.isValid() || m.role == Role::Until
            || m.role == Role::Duration)
            continue;
        const int year = m.interval.last.year();
        if (year <= thisYear)
            best = std::max(best, year);
    }
    return best;
}

PublicationDateGuess guessPublicationDate(const PublicationDateInput &input)
{
    const TemporalTagger tagger;
    // Year-less dates take the context year: resolve against its last day.
    const QDate today = QDate::currentDate();
    const QDate reference = input.contextYear > 0 ? std::min(QDate(input.contextYear, 12, 31), today) : today;
    PublicationDateGuess guess;

    for (const TextSpan &span : input.datelines) {
        if (const QDate d = layoutDatelineDate(tagger, input.text, span, reference); d.isValid())
            return {d, DateProvenance::Dateline, d.dayOfWeek()};
    }
    for (const TextSpan &span : input.paragraphs) {
        if (const QDate d = datelineDate(tagger, input.text, span, reference); d.isValid())
            return {d, DateProvenance::Dateline, d.dayOfWeek()};
    }

    QDate latest;
    int weekdayCounts[8] = {};
    int ledeWeekday = 0;
    for (qsizetype p = 0; p < input.paragraphs.size(); ++p) {
        for (const TemporalMention &m : tagger.tag(input.text, input.paragraphs.at(p), reference)) {
            if (const int w = bareWeekday(input.text, m); w > 0 && m.role == Role::Point) {
                ++weekdayCounts[w];
                if (p < kLedeParagraphs && ledeWeekday == 0)
                    ledeWeekday = w;
                continue;
            }
            // Plans ("will meet on June 20") and deadlines ("by June 30") are not news yet.
            if (!isDayDate(m) || m.relative || m.future || (m.role != Role::Point && m.role != Role::Since))
                continue;
            if (m.interval.first <= reference && (!latest.isValid() || m.interval.first > latest))
                latest = m.interval.first;
        }
    }
    int weekday = ledeWeekday;
    if (weekday == 0) {
        const int *most = std::max_element(weekdayCounts + 1, weekdayCounts + 8);
        if (*most >= 2)
            weekday = int(most - weekdayCounts);
    }
    guess.weekday = weekday;
    if (latest.isValid()) {
        // "June 15 … announced Tuesday": the news is of the Tuesday on or after the latest date.
        guess.date = weekday > 0 ? latest.addDays((weekday - latest.dayOfWeek() + 7) % 7) : latest;
        guess.from = DateProvenance::Content;
    }
    return guess;
}

namespace {

// The date of `weekday` closest to a corpus date; ties go to the date most articles share,
// then to the later one. `known` counts the articles of each date (by Julian day).
QDate nearestWeekday(const std::unordered_map<qint64, int> &known, int weekday)
{
    QDate best;
    int bestDistance = 8, bestCount = 0;
    for (const auto &[day, articles] : known) {
        const QDate d = QDate::fromJulianDay(day);
        const int ahead = (weekday - d.dayOfWeek() + 7) % 7;
        const int distance = ahead <= 3 ? ahead : 7 - ahead;
        const QDate candidate = ahead <= 3 ? d.addDays(ahead) : d.addDays(ahead - 7);
        const auto found = known.find(candidate.toJulianDay());
        const int count = found == known.end() ? 0 : found->second;
        if (distance < bestDistance || (distance == bestDistance && (count > bestCount
                                                                     || (count == bestCount && candidate > best)))) {
            best = candidate;
            bestDistance = distance;
            bestCount = count;
        }
    }
    return best;
}

} // namespace

// The answer depends on the weekday alone and the rules pick one best date whatever the
// order dates are tried in, so it is worked out once per weekday over the distinct dates:
// per article and over every article's date, counting each candidate among them again,
// it was cubic in the corpus.
void completeFromCorpus(QList<PublicationDateGuess> &guesses)
{
    std::unordered_map<qint64, int> known;
    for (const PublicationDateGuess &g : std::as_const(guesses))
        if (g.date.isValid())
            ++known[g.date.toJulianDay()];
    if (known.empty())
        return;
    std::array<QDate, 8> nearest;
    std::array<bool, 8> found{};
    for (PublicationDateGuess &g : guesses) {
        if (g.date.isValid() || g.weekday < 1 || g.weekday > 7)
            continue;
        if (!found[size_t(g.weekday)]) {
            nearest[size_t(g.weekday)] = nearestWeekday(known, g.weekday);
            found[size_t(g.weekday)] = true;
        }
        g.date = nearest[size_t(g.weekday)];
        g.from = DateProvenance::Corpus;
    }
}

} // namespace claimline
