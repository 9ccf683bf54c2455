#include "TopicClassifier.h"

#include "Lexicon.h"
#include "TableCells.h"
#include "TopicRules.h"
#include "WordTokens.h"

#include <cmath>

namespace claimline {

namespace {

using Tokens = WordTokens;

struct Range
{
    qsizetype first = 0, last = -1; // token indexes, inclusive
    bool isEmpty() const { return last < first; }
};

// What a figure's surroundings say: its noun and the clause windows before and after it.
struct FigureReading
{
    Range tokens;               // the figure itself
    std::optional<Range> head;  // "troops" in "6,000 North Korean troops"
    qsizetype subjectStart = 0; // first token of the noun phrase after the number
    int skipped = 0;            // unknown words passed while looking for the noun
    Range before, after;        // clause windows (after starts behind the noun)
    bool shareBase = false;     // "half of an initial 11,000-strong contingent"
    bool inherited = false;     // reuses the previous figure's noun and governing verb
    bool subset = false;        // "…, including 11 children": part of the previous figure
};

// Reads one sentence for the classifier: tokens, figure positions, nouns and windows.
class SentenceReader
{
public:
    SentenceReader(const TopicRules &rules, const SentenceContext &ctx)
        : m_r(rules), m_text(ctx.text), m_figures(ctx.figures), m_t(ctx.words()),
          m_hits(rules.matcher.hitsIn(m_t))
    {
        locateFigures();
        for (qsizetype i = 0; i < m_f.size(); ++i)
            findHead(i);
        for (qsizetype i = 0; i < m_f.size(); ++i)
            inheritHead(i);
        for (qsizetype i = 0; i < m_f.size(); ++i)
            setWindows(i);
        shareCoordinatedVerbs();
        pairFromTo();
    }

    std::optional<TopicMatch> classify(int fi, bool allowDerived) const;

private:
    const TopicRules &m_r;
    QStringView m_text;
    QList<Figure> m_figures;
    Tokens m_t;
    PhraseHits m_hits; // every lexicon phrase found in the sentence
    QList<FigureReading> m_f;
    QList<int> m_figureAt; // token → index of the figure covering it, or -1

    // Windows never reach further than this many tokens: long run-on text stays linear.
    static constexpr qsizetype kWindow = 40;

    qsizetype n() const { return m_t.size(); }
    bool is(qsizetype i, QStringView w) const { return i >= 0 && i < n() && m_t.at(i).lower == w; }

    // Figures and tokens both run in text order: one merge walk.
    void locateFigures()
    {
        m_figureAt.fill(-1, n());
        qsizetype k = 0;
        for (qsizetype fi = 0; fi < m_figures.size(); ++fi) {
            const TextSpan span = m_figures.at(fi).span;
            FigureReading r;
            while (k < n() && m_t.at(k).span.start < span.start)
                ++k;
            r.tokens.first = k;
            while (k < n() && m_t.at(k).span.end <= span.end) {
                m_figureAt[k] = int(fi);
                r.tokens.last = k++;
            }
            m_f.append(r);
        }
    }

    bool insideFigure(qsizetype k) const { return k >= 0 && k < n() && m_figureAt.at(k) >= 0; }

    bool isBoundary(qsizetype k) const
    {
        const WordToken &t = m_t.at(k);
        if (t.type == WordToken::Type::Punct) {
            // Punctuation tokens are one character.
            if (t.lower.size() == 1 && QStringView(u";:()[]—,|•").contains(t.lower.front()))
                return true;
            // A spaced dash separates clauses; a glued one joins words.
            return (t.lower == u"-" || t.lower == u"–") && t.spaceBefore && k + 1 < n() && m_t.at(k + 1).spaceBefore;
        }
        return m_r.boundaries.contains(t.key);
    }

    // The length of the first (longest) head noun starting at token k, or 0.
    int headAt(qsizetype k) const { return m_hits.firstAt(m_r.allHeadsList, k, n()); }

    void findHead(qsizetype fi)
    {
        FigureReading &f = m_f[fi];
        qsizetype k = f.tokens.last + 1;
        f.subjectStart = k;
        while (k < n() && !insideFigure(k)) {
            const WordToken &t = m_t.at(k);
            // "killed 41 \"terrorists\"": a noun in quotation marks is still the noun.
            if (t.type == WordToken::Type::Punct && t.lower.size() == 1 && QStringView(u"\"“‘'").contains(t.lower.front())
                && k == f.tokens.last + 1) {
                ++k;
                f.subjectStart = k;
                continue;
            }
            if (t.type != WordToken::Type::Word)
                break;
            if (int length = headAt(k)) {
                // A noun phrase ends with its noun: "8,000 Ukrainian soldiers" counts soldiers,
                // though "Ukrainian" alone would name a people ("31 Palestinians").
                while (k + length < n() && !insideFigure(k + length) && m_t.at(k + length).isWord())
                    if (const int next = headAt(k + length)) {
                        k += length;
                        length = next;
                    } else {
                        break;
                    }
                f.head = Range{k, k + length - 1};
                return;
            }
            if (t.lower == u"of" && k + 1 < n() && m_r.partitive.contains(m_t.at(k + 1).key)) {
                k += 2; // "6,000 of its military personnel"
                f.subjectStart = k;
                continue;
            }
            if (m_r.headModifiers.contains(t.key)) {
                ++k;
                if (f.skipped == 0)
                    f.subjectStart = k;
                continue;
            }
            if (m_r.headStops.contains(t.key) || m_r.boundaries.contains(t.key) || m_r.cueStarts.contains(t.key))
                break;
            if (++f.skipped > m_r.maxModifiers)
                break;
            ++k;
        }
    }

    // A bare number after a connector counts what the previous figure counted:
    // "10,900 troops … and an additional 3,000", "bringing the total to 14,000".
    void inheritHead(qsizetype fi)
    {
        FigureReading &f = m_f[fi];
        if (f.head || fi == 0)
            return;
        // "wounded 47 others": the pronoun stands for the previous figure's noun.
        const qsizetype next = f.tokens.last + 1;
        if (f.skipped > 1 || (f.skipped == 1 && !(next < n() && m_r.inheritPronouns.contains(m_t.at(next).key))))
            return;
        const FigureReading &prev = m_f.at(fi - 1);
        if (!prev.head)
            return;
        if (f.tokens.first - prev.head->last > kWindow)
            return;
        for (qsizetype k = prev.head->last + 1; k < f.tokens.first; ++k)
            if (m_t.at(k).type == WordToken::Type::Punct && m_t.at(k).lower != u",")
                return;
        qsizetype k = f.tokens.first - 1;
        while (k > prev.head->last && m_r.headModifiers.contains(m_t.at(k).key))
            --k;
        // "… and wounding 134": the figure keeps its own verb, and so its own window.
        const bool ownVerb = k > prev.head->last + 1 && m_r.inheritVerbs.contains(m_t.at(k).key);
        if (ownVerb)
            --k;
        bool connected = k > prev.head->last && m_r.inheritAfter.contains(m_t.at(k).key);
        for (qsizetype j = std::max(prev.head->last + 1, f.tokens.first - 4); j < f.tokens.first && !connected; ++j)
            connected = m_t.at(j).key == u"total";
        if (connected) {
            f.head = prev.head;
            f.inherited = !ownVerb;
        }
    }

    void setWindows(qsizetype fi)
    {
        FigureReading &f = m_f[fi];
        const Figure &fig = m_figures.at(fi);
        qsizetype b = f.tokens.first;
        const qsizetype prevEnd = fi > 0 ? m_f.at(fi - 1).tokens.last : -1;
        while (b - 1 > prevEnd && !isBoundary(b - 1) && !opensClause(b) && f.tokens.first - b < kWindow)
            --b;
        f.before = {b, f.tokens.first - 1};
        // "14 people were killed and 44 injured": the verbs between belong to the first.
        if (f.inherited)
            f.before = m_f.at(fi - 1).before;
        // "killed 27 people, including 11 children": the part is counted under the whole's verbs.
        f.subset = fi > 0 && f.head && startsSubset(fi);
        if (f.subset)
            f.before = {m_f.at(fi - 1).before.first, f.tokens.first - 1};
        qsizetype a = (f.head && f.head->first > f.tokens.last) ? f.head->last + 1 : f.tokens.last + 1;
        const qsizetype start = a;
        const bool share = fig.kind == Figure::Kind::Percent;
        while (a < n() && !isBoundary(a) && a - start < kWindow) {
            if (insideFigure(a) && !(share && isCountFigureAt(a)))
                break;
            ++a;
        }
        f.after = {start, a - 1};
        // "more than half of an initial 11,000-strong contingent": the verbs belong to the share.
        if (fi > 0 && m_figures.at(fi - 1).kind == Figure::Kind::Percent) {
            const qsizetype gap = f.tokens.first - m_f.at(fi - 1).tokens.last - 1;
            f.shareBase = gap >= 1 && gap <= 4 && is(m_f.at(fi - 1).tokens.last + 1, u"of");
        }
    }

    // "killed dozens and forced 260,000 people from their homes", "said 182 were injured and
    // that 150 were missing": after a coordinator, a clause of its own begins with a
    // complementizer, or with a verb when the words before the coordinator ended an object
    // ("killed and wounded 20" is one verb group).
    bool opensClause(qsizetype k) const
    {
        if (k < 2 || !m_t.at(k).isWord() || !m_r.coordinators.contains(m_t.at(k - 1).key))
            return false;
        if (m_r.clauseOpeners.contains(m_t.at(k).key))
            return true;
        return looksLikeVerb(k) && m_t.at(k - 2).isWord() && !looksLikeVerb(k - 2);
    }

    // A past or present participle by its ending, or an irregular verb of the lexicon.
    bool looksLikeVerb(qsizetype k) const
    {
        const QStringView w = m_t.at(k).lower;
        return (w.size() >= 5 && (w.endsWith(u"ed") || w.endsWith(u"ing"))) || m_r.irregularVerbs.contains(m_t.at(k).key);
    }

    bool startsSubset(qsizetype fi) const
    {
        const qsizetype start = m_f.at(fi).tokens.first;
        const qsizetype previousEnd = m_f.at(fi - 1).head ? std::max(m_f.at(fi - 1).head->last, m_f.at(fi - 1).tokens.last)
                                                          : m_f.at(fi - 1).tokens.last;
        for (const Phrase &cue : m_r.subsetCues)
            if (start - previousEnd <= kWindow && cue.endsAt(m_t, start, previousEnd + 1))
                return true;
        return false;
    }

    bool isCountFigureAt(qsizetype k) const
    {
        return insideFigure(k) && m_figures.at(m_figureAt.at(k)).kind == Figure::Kind::Count;
    }

    // "from 2,000 to 5,000 units": two figures sharing one noun and one clause.
    void pairFromTo()
    {
        for (qsizetype i = 0; i + 1 < m_f.size(); ++i) {
            FigureReading &x = m_f[i];
            FigureReading &y = m_f[i + 1];
            if (!(is(x.tokens.first - 1, u"from") && y.tokens.first == x.tokens.last + 2 && is(x.tokens.last + 1, u"to")))
                continue;
            if (!x.head && y.head) {
                x.head = y.head;
                x.subjectStart = y.subjectStart;
            }
            x.after = y.after;
            y.before = x.before;
        }
    }

    // "15 soldiers and 14 civilians were killed": the verb after coordinated figures is every
    // figure's verb; "killed 15 soldiers, 14 police and 5 civilians": so is the verb before them.
    void shareCoordinatedVerbs()
    {
        auto coordinated = [this](qsizetype i) {
            const FigureReading &x = m_f.at(i);
            const FigureReading &y = m_f.at(i + 1);
            if (!ownNounAfter(x) || !ownNounAfter(y))
                return false;
            qsizetype k = x.head->last + 1;
            if (is(k, u","))
                ++k;
            if (k < n() && m_r.coordinators.contains(m_t.at(k).key))
                ++k;
            return k > x.head->last + 1 && k == y.tokens.first;
        };
        for (qsizetype i = m_f.size() - 2; i >= 0; --i)
            if (coordinated(i))
                m_f[i].after.last = std::max(m_f.at(i).after.last, m_f.at(i + 1).after.last);
        for (qsizetype i = 0; i + 1 < m_f.size(); ++i)
            if (coordinated(i))
                m_f[i + 1].before.first = std::min(m_f.at(i + 1).before.first, m_f.at(i).before.first);
    }

    static bool ownNounAfter(const FigureReading &f) { return f.head && f.head->first > f.tokens.last; }

    bool anyIn(int list, Range w) const { return m_hits.anyIn(list, w.first, w.last); }

    // A cue after the noun is the figure's predicate ("were injured"), not another verb's
    // object behind a determiner ("soldiers … to carry the injured").
    bool predicateIn(int list, Range w) const
    {
        if (!anyIn(list, w))
            return false;
        for (qsizetype k = w.first; k <= w.last; ++k)
            for (const PhraseHits::Hit *h = m_hits.begin(k); h != m_hits.end(k); ++h)
                if (h->list == list && k + h->length - 1 <= w.last && !(k > 0 && m_r.determiners.contains(m_t.at(k - 1).key)))
                    return true;
        return false;
    }

    bool headMatches(const TopicRule &rule, Range head) const
    {
        // The rule's noun ends the figure's noun: "military construction workers" is
        // "construction workers".
        return m_hits.endsAt(rule.headsList, head.last, head.first);
    }

    Range around(const FigureReading &f) const { return {f.before.first, std::max(f.after.last, f.tokens.last)}; }

    bool ruleMatches(const TopicRule &rule, qsizetype fi) const
    {
        const Figure &fig = m_figures.at(fi);
        const FigureReading &f = m_f.at(fi);
        if (!rule.kinds.contains(fig.kind) || (rule.fraction && !fig.fromFraction))
            return false;
        if (!rule.heads.isEmpty()) {
            if (f.head ? !headMatches(rule, *f.head) : !rule.headOptional)
                return false;
        }
        if (rule.needsCue() && f.shareBase)
            return false;
        const Range all = around(f);
        const bool anyCueList = !rule.cuesBefore.isEmpty() || !rule.cuesAfter.isEmpty() || !rule.cues.isEmpty();
        const bool wholeCuedAfter = f.subset && anyIn(rule.cuesAfterList, m_f.at(fi - 1).after);
        if (anyCueList
            && !(anyIn(rule.cuesBeforeList, f.before) || predicateIn(rule.cuesAfterList, f.after) || anyIn(rule.cuesList, all)
                 || wholeCuedAfter))
            return false;
        for (const int group : rule.requireLists)
            if (!anyIn(group, all))
                return false;
        for (const int group : rule.requireSentenceLists)
            if (!anyIn(group, Range{0, n() - 1}))
                return false;
        if (anyIn(rule.notCuesList, all))
            return false;
        if (fig.kind == Figure::Kind::Money && !m_r.usdRates.contains(fig.currency))
            return false;
        return true;
    }

    // A second noun of the same topic joined to the first: "engineers and construction troops".
    bool coordinatedWithOtherMeasure(const TopicRule &rule, qsizetype fi) const
    {
        const FigureReading &f = m_f.at(fi);
        if (!f.head || f.head->first <= f.tokens.last)
            return false;
        qsizetype k = f.head->last + 1;
        // "18,000 soldiers, police officers and coast guard personnel": a list ending in a noun
        // of another measure of the topic is mixed too, whatever cue that measure's rule needs.
        if (is(k, u",")) {
            bool joined = false;
            for (qsizetype j = k + 1; j < std::min(n(), k + 9); ++j) {
                const WordToken &t = m_t.at(j);
                if (insideFigure(j) || (t.type != WordToken::Type::Word && t.lower != u",")
                    || m_r.boundaries.contains(t.key))
                    return false;
                joined = joined || t.lower == u"and" || t.lower == u"or";
                if (const int length = headAt(j)) {
                    if (!joined && !(j + length < n() && (is(j + length, u"and") || is(j + length, u","))))
                        return false; // "6,000 troops, officials said" is no list
                    const Range other{j, j + length - 1};
                    for (const TopicRule &r : m_r.rules)
                        if (r.topic == rule.topic && r.measure != rule.measure && !r.heads.isEmpty() && headMatches(r, other))
                            return true;
                    if (joined)
                        return false;
                    j += length - 1;
                }
            }
            return false;
        }
        if (!(is(k, u"and") || is(k, u"or") || is(k, u"&")))
            return false;
        for (qsizetype j = k + 1; j < std::min(n(), k + 4); ++j) {
            if (insideFigure(j) || m_t.at(j).type != WordToken::Type::Word)
                return false;
            if (const int length = headAt(j)) {
                const Range other{j, j + length - 1};
                for (const TopicRule &r : m_r.rules)
                    if (r.topic == rule.topic && r.measure != rule.measure && !r.needsCue() && !r.heads.isEmpty()
                        && headMatches(r, other))
                        return true;
                return false;
            }
        }
        return false;
    }

    QString subjectFor(const TopicRule &rule, qsizetype fi) const
    {
        const FigureReading &f = m_f.at(fi);
        if (f.head) {
            qsizetype s = f.head->first > f.tokens.last ? f.subjectStart : f.head->first;
            while (s < f.head->last && m_r.subjectSkip.contains(m_t.at(s).key))
                ++s;
            const qsizetype from = m_t.at(std::min(s, f.head->first)).span.start;
            return m_text.mid(from, m_t.at(f.head->last).span.end - from).toString();
        }
        return rule.subject.isEmpty() ? QString(rule.measure).replace(u'_', u' ') : rule.subject;
    }

    std::optional<double> derivedBase(const TopicRule &rule, qsizetype fi) const
    {
        std::optional<double> best;
        qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
        for (qsizetype j = std::max<qsizetype>(0, fi - 4); j < std::min(m_f.size(), fi + 5); ++j) {
            if (j == fi || m_figures.at(j).kind != Figure::Kind::Count)
                continue;
            const std::optional<TopicMatch> base = classify(int(j), false);
            if (!base || !rule.derive.contains(base->topic + u'/' + base->measure))
                continue;
            const qsizetype distance = std::abs(j - fi) * 2 + (j > fi ? 1 : 0); // prefer the earlier one
            if (distance < bestDistance) {
                bestDistance = distance;
                best = base->low;
            }
        }
        return best;
    }
};

std::optional<TopicMatch> SentenceReader::classify(int fi, bool allowDerived) const
{
    if (fi < 0 || fi >= m_f.size() || m_f.at(fi).tokens.isEmpty())
        return std::nullopt;
    const Figure &fig = m_figures.at(fi);
    for (const TopicRule &rule : m_r.rules) {
        if (!ruleMatches(rule, fi))
            continue;
        TopicMatch m;
        m.topic = rule.topic;
        m.measure = rule.measure;
        m.unit = rule.unit;
        m.low = fig.low;
        m.high = fig.high;
        m.qualifier = fig.qualifier;
        if (!rule.derive.isEmpty()) {
            if (!allowDerived)
                continue;
            const std::optional<double> base = derivedBase(rule, fi);
            if (!base)
                continue;
            m.low = std::round(*base * fig.low / 100);
            m.high.reset();
            m.qualifier = Qualifier::Approx;
        }
        if (fig.kind == Figure::Kind::Money) {
            const double rate = m_r.usdRates.value(fig.currency, 1);
            m.low *= rate;
            if (m.high)
                *m.high *= rate;
        }
        if (const auto mixed = m_r.mixed.constFind(rule.topic);
            mixed != m_r.mixed.cend() && coordinatedWithOtherMeasure(rule, fi))
            m.measure = *mixed;
        m.subject = subjectFor(rule, fi);
        // A figure with a noun of its own says whose toll it is.
        if (!m_f.at(fi).head)
            m.followsToll = rule.followsToll;
        return m;
    }
    return std::nullopt;
}

// A figure alone in a table cell is read with its column's header as its noun and verb
// ("15" under "Soldiers killed" reads as "15 Soldiers killed"); a header that names nothing
// counted ("2025", "Share") leaves the row's label as the noun ("| Troops | 6,000 |").
std::optional<TopicMatch> readTableCell(const TopicRules &rules, QStringView text, const Figure &figure,
                                        const TableCell &cell)
{
    const QStringView number = text.mid(figure.span.start, figure.span.length());
    Figure alone = figure;
    alone.span = {0, number.size()};
    alone.valueSpan = {figure.valueSpan.start - figure.span.start, figure.valueSpan.end - figure.span.start};
    for (const QStringView noun : {cell.header, cell.rowLabel}) {
        const QString phrase = number.toString() + u' ' + noun.toString();
        SentenceContext ctx;
        ctx.text = phrase;
        ctx.span = {0, phrase.size()};
        ctx.figures = {alone};
        if (std::optional<TopicMatch> match = SentenceReader(rules, ctx).classify(0, false)) {
            match->subject = cell.rowLabel.toString() + QStringLiteral(": ") + cell.header.toString();
            return match;
        }
    }
    return std::nullopt;
}

} // namespace

// Every default classifier shares one reading of the lexicon: building the rules is far
// costlier than a document (`extract --jsonl` makes a classifier per file), and rules that
// live as long as the process cannot leave the per-thread sentence cache dangling.
TopicClassifier::TopicClassifier()
    : m_rules([] {
          static const auto rules = std::make_shared<const TopicRules>(TopicRules::fromJson(loadLexicon(QStringLiteral("topics"))));
          return rules;
      }())
{}

TopicClassifier::TopicClassifier(const QJsonObject &lexicon)
    : m_rules(std::make_shared<const TopicRules>(TopicRules::fromJson(lexicon)))
{}

std::optional<TopicMatch> TopicClassifier::classify(const SentenceContext &sentence, int figureIndex) const
{
    if (figureIndex < 0 || figureIndex >= sentence.figures.size())
        return std::nullopt;
    std::optional<TopicMatch> match;
    if (const std::optional<TableCell> cell = tableCellAt(sentence.text, sentence.figures.at(figureIndex).span))
        match = readTableCell(*m_rules, sentence.text, sentence.figures.at(figureIndex), *cell);
    else
        match = readInSentence(sentence, figureIndex);
    return followTolls(sentence, figureIndex, std::move(match));
}

std::optional<TopicMatch> TopicClassifier::readInSentence(const SentenceContext &sentence, int figureIndex) const
{
    // The pipeline asks about every figure of a sentence in turn: read the sentence once.
    struct Cached
    {
        const void *rules = nullptr;
        const QChar *text = nullptr;
        TextSpan span;
        QList<Figure> figures;
        std::unique_ptr<SentenceReader> reader;
    };
    thread_local Cached cache;
    const bool same = cache.reader && cache.rules == m_rules.get() && cache.text == sentence.text.data()
                      && cache.span == sentence.span && cache.figures.size() == sentence.figures.size()
                      // The cache shares the list's data, so an equal pointer is the same list.
                      && cache.figures.constData() == sentence.figures.constData();
    if (!same) {
        cache.reader = std::make_unique<SentenceReader>(*m_rules, sentence);
        cache.rules = m_rules.get();
        cache.text = sentence.text.data();
        cache.span = sentence.span;
        cache.figures = sentence.figures;
    }
    return cache.reader->classify(figureIndex, true);
}

std::optional<TopicMatch> TopicClassifier::followTolls(const SentenceContext &sentence, int figureIndex,
                                                       std::optional<TopicMatch> match) const
{
    // The tolls of the article read so far, in text order: a bare toll goes on with the last one.
    struct Tolls
    {
        const QChar *text = nullptr;
        const Article *article = nullptr;
        QList<std::pair<qsizetype, QString>> topics; // figure start → topic of a killed/wounded toll
    };
    thread_local Tolls tolls;
    if (tolls.text != sentence.text.data() || tolls.article != sentence.article) {
        tolls = {sentence.text.data(), sentence.article, {}};
    }
    const qsizetype at = sentence.figures.at(figureIndex).span.start;
    while (!tolls.topics.isEmpty() && tolls.topics.last().first >= at)
        tolls.topics.removeLast(); // read again from an earlier point
    if (!match)
        return match;
    if (!match->followsToll.isEmpty() && !tolls.topics.isEmpty()) {
        const qsizetype slash = match->followsToll.indexOf(u'/');
        const QString topic = match->followsToll.left(slash);
        if (tolls.topics.last().second == topic) {
            match->topic = topic;
            match->measure = match->followsToll.mid(slash + 1);
        }
    }
    static const QStringList tollMeasures{QStringLiteral("killed"), QStringLiteral("wounded"),
                                          QStringLiteral("injured"), QStringLiteral("killed_or_wounded")};
    if (tollMeasures.contains(match->measure))
        tolls.topics.append({at, match->topic});
    return match;
}

} // namespace claimline
