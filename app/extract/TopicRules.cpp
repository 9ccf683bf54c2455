#include "TopicRules.h"

#include <QJsonArray>
#include <algorithm>

namespace claimline {

namespace {

std::optional<Figure::Kind> kindFromName(const QString &name)
{
    static const QHash<QString, Figure::Kind> kinds = {
        {QStringLiteral("count"), Figure::Kind::Count},     {QStringLiteral("money"), Figure::Kind::Money},
        {QStringLiteral("percent"), Figure::Kind::Percent}, {QStringLiteral("area"), Figure::Kind::Area},
        {QStringLiteral("ordinal"), Figure::Kind::Ordinal}, {QStringLiteral("times"), Figure::Kind::Times}};
    const auto it = kinds.constFind(name);
    return it == kinds.cend() ? std::nullopt : std::optional<Figure::Kind>(*it);
}

// Phrases of a list, with "@set" expanded from the "nouns" table.
QList<Phrase> phrases(const QJsonValue &list, const QJsonObject &nouns)
{
    QJsonArray flat;
    for (const QJsonValue &v : list.toArray()) {
        const QString s = v.toString();
        if (s.startsWith(u'@')) {
            for (const QJsonValue &w : nouns.value(s.mid(1)).toArray())
                flat.append(w);
        } else {
            flat.append(s);
        }
    }
    return parsePhrases(flat, true);
}

WordSet keys(const QJsonValue &list)
{
    WordSet out;
    for (const QJsonValue &v : list.toArray())
        out.insert(wordKey(v.toString().toLower()));
    return out;
}

} // namespace

TopicRules TopicRules::fromJson(const QJsonObject &lexicon)
{
    TopicRules out;
    const QJsonObject nouns = lexicon.value(u"nouns").toObject();
    for (const QJsonValue &v : lexicon.value(u"rules").toArray()) {
        const QJsonObject o = v.toObject();
        TopicRule r;
        r.topic = o.value(u"topic").toString();
        r.measure = o.value(u"measure").toString();
        if (r.topic.isEmpty() || r.measure.isEmpty())
            continue;
        r.unit = o.value(u"unit").toString(QStringLiteral("count"));
        r.subject = o.value(u"subject").toString();
        for (const QJsonValue &k : o.value(u"kinds").toArray(QJsonArray{QStringLiteral("count")}))
            if (const auto kind = kindFromName(k.toString()))
                r.kinds.insert(*kind);
        r.fraction = o.value(u"fraction").toBool();
        r.heads = phrases(o.value(u"heads"), nouns);
        r.headOptional = o.value(u"head_optional").toBool();
        r.followsToll = o.value(u"follows_toll").toString();
        r.cuesBefore = phrases(o.value(u"cues_before"), nouns);
        r.cuesAfter = phrases(o.value(u"cues_after"), nouns);
        r.cues = phrases(o.value(u"cues"), nouns);
        for (const QJsonValue &group : o.value(u"require").toArray())
            r.require.append(phrases(group, nouns));
        for (const QJsonValue &group : o.value(u"require_sentence").toArray())
            r.requireSentence.append(phrases(group, nouns));
        r.notCues = phrases(o.value(u"not_cues"), nouns);
        for (const QJsonValue &d : o.value(u"derive").toArray())
            r.derive.append(d.toString());
        for (const QList<Phrase> *list : {&r.cuesBefore, &r.cuesAfter, &r.cues})
            for (const Phrase &p : *list)
                out.cueStarts.insert(p.words.first());
        out.allHeads += r.heads;
        r.headsList = out.matcher.addList(r.heads);
        r.cuesBeforeList = out.matcher.addList(r.cuesBefore);
        r.cuesAfterList = out.matcher.addList(r.cuesAfter);
        r.cuesList = out.matcher.addList(r.cues);
        r.notCuesList = out.matcher.addList(r.notCues);
        for (const QList<Phrase> &group : std::as_const(r.require))
            r.requireLists.push_back(out.matcher.addList(group));
        for (const QList<Phrase> &group : std::as_const(r.requireSentence))
            r.requireSentenceLists.push_back(out.matcher.addList(group));
        out.rules.append(std::move(r));
    }
    std::stable_sort(out.allHeads.begin(), out.allHeads.end(),
                     [](const Phrase &a, const Phrase &b) { return a.length() > b.length(); });
    out.allHeadsList = out.matcher.addList(out.allHeads);
    out.cueStarts.remove(u"*");

    const QJsonObject clause = lexicon.value(u"clause").toObject();
    out.boundaries = keys(clause.value(u"boundaries"));
    out.headStops = keys(clause.value(u"head_stops"));
    out.headModifiers = keys(clause.value(u"head_modifiers"));
    out.partitive = keys(clause.value(u"partitive"));
    out.inheritAfter = keys(clause.value(u"inherit_after"));
    out.inheritVerbs = keys(clause.value(u"inherit_verbs"));
    out.inheritPronouns = keys(clause.value(u"inherit_pronouns"));
    out.coordinators = keys(clause.value(u"coordinators"));
    out.clauseOpeners = keys(clause.value(u"clause_openers"));
    out.irregularVerbs = keys(clause.value(u"irregular_verbs"));
    out.determiners = keys(clause.value(u"determiners"));
    out.subsetCues = parsePhrases(clause.value(u"subset_cues"), false);
    out.subjectSkip = keys(clause.value(u"subject_skip"));
    out.maxModifiers = clause.value(u"max_modifiers").toInt(4);
    const QJsonObject rates = lexicon.value(u"usd_rates").toObject();
    for (auto it = rates.begin(); it != rates.end(); ++it)
        out.usdRates.insert(it.key(), it.value().toDouble());
    const QJsonObject mixed = lexicon.value(u"mixed").toObject();
    for (auto it = mixed.begin(); it != mixed.end(); ++it)
        out.mixed.insert(it.key(), it.value().toString());
    return out;
}

} // namespace claimline
