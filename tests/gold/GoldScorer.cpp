#include "GoldScorer.h"

#include <QDate>
#include <QJsonArray>
#include <QSet>
#include <cmath>
#include <optional>

namespace {

struct Interval
{
    QDate first, last;
    bool valid() const { return first.isValid() && last.isValid(); }
};

Interval intervalOf(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    if (a.size() != 2)
        return {};
    return {QDate::fromString(a.at(0).toString(), Qt::ISODate), QDate::fromString(a.at(1).toString(), Qt::ISODate)};
}

double iou(const Interval &a, const Interval &b)
{
    if (!a.valid() || !b.valid())
        return 0;
    const QDate lo = std::max(a.first, b.first), hi = std::min(a.last, b.last);
    if (lo > hi)
        return 0;
    const double inter = lo.daysTo(hi) + 1;
    const double uni = std::min(a.first, b.first).daysTo(std::max(a.last, b.last)) + 1;
    return inter / uni;
}

bool within1Percent(double a, double b)
{
    return std::abs(a - b) <= 0.01 * std::max(std::abs(a), std::abs(b));
}

// One entry per distinct (file, topic, measure, low, high): SCHEMA.md's collapsing.
struct Key
{
    QString file, topic, measure;
    double low = 0;
    std::optional<double> high;
    QSet<QString> claimants;     // folded
    QList<Interval> asOf;        // non-null ones
    QString example;             // a quote, for the log
};

QList<Key> collapse(const QJsonArray &claims, const std::function<QString(const QString &)> &fold)
{
    QList<Key> keys;
    for (const QJsonValue &v : claims) {
        const QJsonObject c = v.toObject();
        Key k;
        k.file = c.value(u"file").toString();
        k.topic = c.value(u"topic").toString();
        k.measure = c.value(u"measure").toString();
        k.low = c.value(u"low").toDouble();
        if (!c.value(u"high").isNull())
            k.high = c.value(u"high").toDouble();
        Key *same = nullptr;
        for (Key &existing : keys)
            if (existing.file == k.file && existing.topic == k.topic && existing.measure == k.measure
                && existing.low == k.low && existing.high == k.high)
                same = &existing;
        if (!same) {
            k.example = c.value(u"quote").toString().left(90);
            keys.append(k);
            same = &keys.last();
        }
        same->claimants.insert(fold(c.value(u"claimant").toString()));
        const Interval iv = intervalOf(c.value(u"as_of"));
        if (iv.valid())
            same->asOf.append(iv);
    }
    return keys;
}

bool sameFigure(const Key &g, const Key &p)
{
    if (g.file != p.file || g.topic != p.topic || g.measure != p.measure || !within1Percent(g.low, p.low))
        return false;
    if (g.high.has_value() != p.high.has_value())
        return false;
    return !g.high || within1Percent(*g.high, *p.high);
}

QString describe(const Key &k)
{
    return QStringLiteral("%1 %2/%3 %4%5 «%6»")
        .arg(k.file.left(3), k.topic, k.measure)
        .arg(k.low)
        .arg(k.high ? QStringLiteral("–%1").arg(*k.high) : QString(), k.example);
}

// Code point substring, the unit in which offsets leave the program.
QString codePointMid(const QList<uint> &ucs4, qsizetype start, qsizetype end)
{
    if (start < 0 || end > ucs4.size() || start > end)
        return {};
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData() + start), end - start);
}

} // namespace

QString GoldScores::report() const
{
    QString r;
    r += QStringLiteral("claims: precision %1 (%2/%3), recall %4 (%5/%6), F1 %7\n")
             .arg(precision(), 0, 'f', 3).arg(matchedKeys).arg(predictedKeys)
             .arg(recall(), 0, 'f', 3).arg(matchedKeys).arg(goldKeys).arg(f1(), 0, 'f', 3);
    r += QStringLiteral("attribution %1 (%2/%3), dating %4 (%5/%6)\n")
             .arg(attribution(), 0, 'f', 3).arg(attributionMatched).arg(matchedKeys)
             .arg(dating(), 0, 'f', 3).arg(datingMatched).arg(datedGoldKeys);
    r += QStringLiteral("events: recall %1 (%2/%3); spans exact %4 (%5/%6)\n")
             .arg(eventRecall(), 0, 'f', 3).arg(eventsFound).arg(goldEvents)
             .arg(spanExactness(), 0, 'f', 3).arg(spansExact).arg(spansChecked);
    r += QStringLiteral("articles: %1 gold, headlines found %2, outlets right %3, publication dates right %4\n")
             .arg(goldArticles).arg(titlesFound).arg(outletsRight).arg(datesRight);
    auto list = [&r](const char *title, const QStringList &items) {
        if (items.isEmpty())
            return;
        r += QLatin1String(title) + QStringLiteral(" (%1):\n").arg(items.size());
        for (const QString &s : items)
            r += QStringLiteral("  ") + s + u'\n';
    };
    list("missed claims", missedClaims);
    list("spurious claims", spuriousClaims);
    list("misattributed", misattributed);
    list("misdated", misdated);
    list("missed events", missedEvents);
    list("bad spans", badSpans);
    return r;
}

GoldScores scoreAgainstGold(const QJsonObject &gold, const QJsonObject &predicted,
                            const QHash<QString, QString> &fileTexts)
{
    GoldScores s;

    // Alias folding with the gold's own table (canonical names fold to themselves).
    QHash<QString, QString> aliasOwner;
    const QJsonObject claimants = gold.value(u"claimants").toObject();
    for (auto it = claimants.begin(); it != claimants.end(); ++it) {
        aliasOwner.insert(it.key().toCaseFolded(), it.key());
        for (const QJsonValue &alias : it.value().toArray())
            aliasOwner.insert(alias.toString().toCaseFolded(), it.key());
    }
    const auto fold = [&aliasOwner](const QString &name) {
        return aliasOwner.value(name.trimmed().toCaseFolded(), name.trimmed());
    };

    // Claims.
    const QList<Key> goldKeys = collapse(gold.value(u"claims").toArray(), fold);
    const QList<Key> predKeys = collapse(predicted.value(u"claims").toArray(), fold);
    s.goldKeys = int(goldKeys.size());
    s.predictedKeys = int(predKeys.size());
    QSet<int> usedPred;
    for (const Key &g : goldKeys) {
        int match = -1;
        for (int p = 0; p < predKeys.size() && match < 0; ++p)
            if (!usedPred.contains(p) && sameFigure(g, predKeys.at(p)))
                match = p;
        if (match < 0) {
            s.missedClaims.append(describe(g));
            continue;
        }
        usedPred.insert(match);
        const Key &p = predKeys.at(match);
        ++s.matchedKeys;
        if (g.claimants.intersects(p.claimants))
            ++s.attributionMatched;
        else
            s.misattributed.append(describe(g) + QStringLiteral(" gold %1, got %2")
                                                     .arg(QStringList(g.claimants.values()).join(u'/'),
                                                          QStringList(p.claimants.values()).join(u'/')));
        if (!g.asOf.isEmpty()) {
            ++s.datedGoldKeys;
            bool ok = false;
            for (const Interval &gi : g.asOf)
                for (const Interval &pi : p.asOf)
                    ok = ok || iou(gi, pi) >= 0.5;
            if (ok)
                ++s.datingMatched;
            else
                s.misdated.append(describe(g) + QStringLiteral(" gold %1..%2, got %3")
                                                    .arg(g.asOf.first().first.toString(Qt::ISODate),
                                                         g.asOf.first().last.toString(Qt::ISODate),
                                                         p.asOf.isEmpty() ? QStringLiteral("none")
                                                                          : p.asOf.first().first.toString(Qt::ISODate)
                                                                                + QStringLiteral("..")
                                                                                + p.asOf.first().last.toString(Qt::ISODate)));
        }
    }
    for (int p = 0; p < predKeys.size(); ++p)
        if (!usedPred.contains(p))
            s.spuriousClaims.append(describe(predKeys.at(p)));

    // Spans: every claim and event mention quote is exactly the text between its offsets.
    QHash<QString, QList<uint>> codePoints;
    for (auto it = fileTexts.begin(); it != fileTexts.end(); ++it)
        codePoints.insert(it.key(), it.value().toUcs4());
    auto checkSpan = [&](const QJsonObject &o) {
        ++s.spansChecked;
        const QString file = o.value(u"file").toString();
        const QString got = codePointMid(codePoints.value(file), o.value(u"start").toInteger(), o.value(u"end").toInteger());
        if (got == o.value(u"quote").toString() && !got.isEmpty())
            ++s.spansExact;
        else
            s.badSpans.append(file + QStringLiteral(": ") + o.value(u"quote").toString().left(60));
    };
    for (const QJsonValue &v : predicted.value(u"claims").toArray())
        checkSpan(v.toObject());
    for (const QJsonValue &v : predicted.value(u"events").toArray())
        for (const QJsonValue &m : v.toObject().value(u"mentions").toArray())
            checkSpan(m.toObject());

    // Events: an overlapping mention and a date with IoU ≥ 0.5.
    const QJsonArray predEvents = predicted.value(u"events").toArray();
    for (const QJsonValue &gv : gold.value(u"events").toArray()) {
        const QJsonObject ge = gv.toObject();
        ++s.goldEvents;
        const Interval gDate = intervalOf(ge.value(u"date"));
        bool found = false;
        for (const QJsonValue &pv : predEvents) {
            const QJsonObject pe = pv.toObject();
            if (iou(gDate, intervalOf(pe.value(u"date"))) < 0.5)
                continue;
            for (const QJsonValue &gm : ge.value(u"mentions").toArray()) {
                const QString file = gm.toObject().value(u"file").toString();
                const QList<uint> &cps = codePoints[file];
                const QList<uint> quote = gm.toObject().value(u"quote").toString().toUcs4();
                // Every place the gold quote occurs, in code points.
                for (qsizetype at = 0; at + quote.size() <= cps.size() && !found; ++at) {
                    if (!std::equal(quote.begin(), quote.end(), cps.begin() + at))
                        continue;
                    for (const QJsonValue &pm : pe.value(u"mentions").toArray()) {
                        const QJsonObject m = pm.toObject();
                        if (m.value(u"file").toString() == file && m.value(u"start").toInteger() < at + quote.size()
                            && at < m.value(u"end").toInteger())
                            found = true;
                    }
                }
            }
            if (found)
                break;
        }
        if (found)
            ++s.eventsFound;
        else
            s.missedEvents.append(ge.value(u"id").toString());
    }

    // Articles (reported, not part of SCHEMA.md's score).
    const QJsonArray predArticles = predicted.value(u"articles").toArray();
    for (const QJsonValue &gv : gold.value(u"articles").toArray()) {
        const QJsonObject ga = gv.toObject();
        ++s.goldArticles;
        for (const QJsonValue &pv : predArticles) {
            const QJsonObject pa = pv.toObject();
            if (pa.value(u"file") != ga.value(u"file"))
                continue;
            const bool titled = !ga.value(u"title_quote").isNull();
            if (titled && pa.value(u"title_quote") != ga.value(u"title_quote"))
                continue;
            if (titled)
                ++s.titlesFound;
            if (fold(pa.value(u"outlet").toString()) == fold(ga.value(u"outlet").toString()))
                ++s.outletsRight;
            if (pa.value(u"published") == ga.value(u"published"))
                ++s.datesRight;
            break;
        }
    }
    return s;
}
