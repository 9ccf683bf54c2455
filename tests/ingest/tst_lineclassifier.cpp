#include "extract/Lexicon.h"
#include "ingest/LineClassifier.h"
#include "ingest/LiteralStarts.h"
#include "ingest/PatternGate.h"
#include "ingest/PhraseSkipSearch.h"
#include "text/SubstringSet.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace claimline;

namespace {

QStringList lexiconStrings(const QJsonObject &lex, const QString &key)
{
    QStringList out;
    for (const QJsonValue &v : lex.value(key).toArray())
        out.append(v.toString());
    return out;
}

bool regexMatches(const QString &pattern, bool caseInsensitive, const QString &subject)
{
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (caseInsensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(pattern, options).match(subject).hasMatch();
}

// Lines near the lexicon's patterns: case variants, other scripts, letters that fold to
// ASCII (Kelvin sign, long s), no-break spaces, a lone surrogate.
const QStringList kTrickyLines = {
    u"By Jane Doe"_qs, u"by Jane Doe"_qs, u"BY JANE DOE"_qs, u"By Jane Doe, Reuters"_qs, u"By \u00c9lise Roy | AFP"_qs,
    u"Written by staff"_qs, u"WRITTEN BY staff"_qs, u"© 2025 Reuters. All rights reserved."_qs,
    u"Copyright 2024-2025 The Associated Press"_qs, u"(c) Kyiv Post"_qs, u"COPYRIGHT \u212Ayiv Post"_qs,
    u"(Photo: AFP)"_qs, u"Flags displayed together (Source: TASS)"_qs, u"(PHOTOS : Reuters)"_qs,
    u"This photo, provided by the ministry, shows the talks."_qs, u"Photo: Jane Doe"_qs, u"[Image]"_qs,
    u"JOHN DOE/AFP via Getty Images"_qs, u"Photo by John Doe/\u017Fhutterstock"_qs, u"Pictures courtesy of the army"_qs,
    u"- Advertisement -"_qs, u"--- ADVERTISEMENT ---"_qs, u"5 min read"_qs, u"12 MINUTES READ"_qs, u"72.5 \u00b0F"_qs,
    u"-3 C"_qs, u"Updated 2 hours ago"_qs, u"posted 15 minutes ago"_qs, u"Want to listen to this article?"_qs,
    u"**Listen to the story**"_qs, u"Officials said the talks ended on Monday without a deal."_qs,
    u"Photographers gathered at the border (source of the photo: unknown) today"_qs,
    u"By Jane Doe"_qs + QChar(0xD800), QChar(0xDC00) + u"(Photo: AFP)"_qs, u"\u00a0By Jane Doe\u00a0"_qs,
    u"Reuters/Jane Doe"_qs, u"EPA-EFE/JANE DOE"_qs, u"via Reuters"_qs, u"ap photo"_qs, u"/AP"_qs,
};

} // namespace

class LineClassifierTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The gate may only say "no" where every pattern says no.
    void patternGate_neverHidesAMatch()
    {
        const QJsonObject lex = loadLexicon(QStringLiteral("boilerplate"));
        QList<PatternGate::Pattern> patterns;
        for (const QString &key : {u"patterns"_qs, u"captionPatterns"_qs, u"creditPatterns"_qs, u"copyrightPatterns"_qs})
            for (const QString &p : lexiconStrings(lex, key))
                patterns.append({p, true});
        for (const QString &p : lexiconStrings(lex, u"bylinePatterns"_qs))
            patterns.append({p, false});
        QVERIFY(patterns.size() >= 10);
        const PatternGate gate(patterns);
        int matched = 0;
        for (const QString &line : kTrickyLines) {
            bool any = false;
            for (const PatternGate::Pattern &p : std::as_const(patterns))
                any = any || regexMatches(p.source, p.caseInsensitive, line);
            QCOMPARE(gate.mayMatch(line, {}), any);
            matched += any;
        }
        QVERIFY(matched >= 20);
    }

    void patternGate_keepsEachPatternsCaseRule()
    {
        const PatternGate gate({{u"^By\\s+[A-Z]"_qs, false}, {u"^photo:"_qs, true}});
        QVERIFY(gate.mayMatch(u"By Jane"_qs, {}));
        QVERIFY(!gate.mayMatch(u"by Jane"_qs, {}));
        QVERIFY(gate.mayMatch(u"PHOTO: x"_qs, {}));
        QVERIFY(!gate.mayMatch(u"a photo: x"_qs, {}));
    }

    // An unanchored pattern that opens with an escaped mark needs that mark in the line.
    void patternGate_skipsLinesWithoutTheMarkAPatternNeeds()
    {
        const PatternGate gate({{u"\\((?:source|photo)\\s*:[^)]*\\)$"_qs, true}});
        QVERIFY(!gate.mayMatch(u"Photo: no parenthesis here"_qs, {}));
        QVERIFY(gate.mayMatch(u"Flags (Source: TASS)"_qs, {}));
        QVERIFY(!gate.mayMatch(u"Flags (not a source)"_qs, {}));
        const PatternGate optional({{u"\\(?source:"_qs, true}});
        QVERIFY(optional.mayMatch(u"SOURCE: TASS"_qs, {}));
    }

    // The gate tells which kind may match: a line only an unanchored pattern matches skips
    // every anchored one, and the reverse.
    void patternGate_answersForEachKind()
    {
        const PatternGate gate({{u"^photo:"_qs, true}, {u"\\(source:[^)]*\\)$"_qs, true}});
        const PatternGate::Answer caption = gate.answer(u"Flags (Source: TASS)"_qs, {});
        QVERIFY(!caption.anchored && caption.floating);
        const PatternGate::Answer label = gate.answer(u"Photo: x"_qs, {});
        QVERIFY(label.anchored);
        const PatternGate::Answer none = gate.answer(u"Flags"_qs, {});
        QVERIFY(!none.anchored && !none.floating && !none.any());
        const PatternGate::Answer open = PatternGate({{u"(a)\\1"_qs, true}}).answer(u"x"_qs, {});
        QVERIFY(open.anchored && open.floating);
    }

    void patternGate_staysOpenForPatternsThatDoNotCombine()
    {
        for (const QString &p : {u"(a)\\1"_qs, u"(?<n>a)\\k<n>"_qs, u"(a)\\g1"_qs, u"(*COMMIT)a"_qs, u"\\Qa"_qs,
                                 u"(a)(?1)"_qs, u"(a)(?-1)"_qs, u"(?|(a)|(b))"_qs, u"(?P<n>a)(?P=n)"_qs, u"(?R)?"_qs,
                                 u"a\\"_qs}) {
            QVERIFY2(!PatternGate::combinesSafely(p), qPrintable(p));
            QVERIFY(PatternGate({{u"^never"_qs, true}, {p, true}}).mayMatch(u"xyz"_qs, {}));
        }
        for (const QString &p : {u"\\(source\\)"_qs, u"(?:a|b)"_qs, u"(?<year>\\d{4})"_qs, u"(?P<n>x)"_qs,
                                 u"(?i)x"_qs, u"(?=a)b"_qs, u"\\\\1"_qs})
            QVERIFY2(PatternGate::combinesSafely(p), qPrintable(p));
        QVERIFY(PatternGate({{u"(unclosed"_qs, true}}).mayMatch(u"x"_qs, {})); // invalid: left to its own use
    }

    // The lexicon's prefixes are compared literally with the folded key; the regex
    // "^(?:…)" they replaced (case-insensitive, on the same key) must agree.
    void prefixes_literalOnFoldedKeysIsTheCaselessRegex()
    {
        const QJsonObject lex = loadLexicon(QStringLiteral("boilerplate"));
        QStringList keys, escaped;
        for (const QString &p : lexiconStrings(lex, u"prefixes"_qs)) {
            keys.append(comparisonKey(p));
            escaped.append(QRegularExpression::escape(comparisonKey(p)));
        }
        const SubstringSet literal(keys);
        const QString regex = u"^(?:"_qs + escaped.join(u'|') + u')';
        const QStringList lines = kTrickyLines
                                  + QStringList{u"RELATED: talks"_qs, u"Related : talks"_qs, u"Unrelated: talks"_qs,
                                                u"Read\tmore: x"_qs, u"READ\u00a0MORE: x"_qs, u"\u201cRelated:\u201d x"_qs,
                                                u"Clic\u212A here"_qs, u"\u017Fign up for news"_qs, u"S\u0130gn up for"_qs,
                                                u"Stra\u00dfe Related:"_qs, u"Related"_qs, u"related:"_qs};
        int matched = 0;
        for (const QString &line : lines) {
            const QString key = comparisonKey(line);
            QCOMPARE(literal.startsOneOf(key), regexMatches(regex, true, key));
            matched += literal.startsOneOf(key);
        }
        QVERIFY(matched >= 6);
        QCOMPARE(classifyLines(u"READ MORE: talks resume in the capital after a long break"_qs).first().kind,
                 LineKind::Boilerplate);
        // PCRE2 refuses a malformed subject, so a prefix does not count on such a line either.
        QVERIFY(classifyLines(QString(u"Related: talks resume in the capital "_qs + QChar(0xD800))).first().kind
                != LineKind::Boilerplate);
    }

    // ASCII lines are keyed in one pass; the key must be what the definition says:
    // quotes folded, white space simplified, case folded. Word counts likewise.
    void comparisonKeyAndWords_followTheirDefinition()
    {
        const QString alphabet = u"aZ09 \t\r\v\f`'\"-:.\u2018\u2019\u201c\u201d\u00ab\u00bb\u02bc\u00a0\u0085\u00e9\u00c9\u2003\u212A"_qs;
        QRandomGenerator random(17);
        for (int n = 0; n < 3000; ++n) {
            QString s;
            const int length = 1 + int(random.bounded(12));
            for (int i = 0; i < length; ++i)
                s.append(alphabet.at(random.bounded(alphabet.size())));
            QString folded = s;
            for (QChar &c : folded) {
                if (QStringView(u"\u2018\u2019\u02bc`").contains(c))
                    c = u'\'';
                else if (QStringView(u"\u201c\u201d\u00ab\u00bb").contains(c))
                    c = u'"';
                else if (c == QChar(0xA0))
                    c = u' ';
            }
            QCOMPARE(comparisonKey(s), folded.simplified().toCaseFolded());
            const QString text = u"x "_qs + s; // classifyLines trims; the leading word keeps the line non-empty
            const QList<Line> lines = classifyLines(text);
            if (text.contains(u'\n') || lines.size() != 1)
                continue;
            QCOMPARE(lines.first().words, int(text.simplified().split(u' ', Qt::SkipEmptyParts).size()));
        }
    }

    // The skipping search finds a phrase wherever a plain scan of every position does: texts
    // made of the phrases' own pieces, the lexicon's appeals and phrases of one and two characters.
    void phraseSkipSearch_findsWhatAPlainScanFinds()
    {
        const QStringList appeals = lexiconStrings(loadLexicon(QStringLiteral("boilerplate")), u"appeals"_qs);
        const QList<QStringList> phraseSets = {
            appeals, {u"abc"_qs, u"bca"_qs, u"cab"_qs}, {u"a"_qs, u"bc"_qs}, {u"ab"_qs}, {u"\u00e9t\u00e9"_qs, u"t\u00e9"_qs}, {}};
        QRandomGenerator random(23);
        for (const QStringList &phrases : phraseSets) {
            const PhraseSkipSearch skipping(phrases);
            const SubstringSet plain(phrases);
            QStringList pieces = phrases;
            pieces += {u" "_qs, u"a"_qs, u"e "_qs, u"\u00e9"_qs, u"now"_qs, u"our"_qs};
            for (int n = 0; n < 2000; ++n) {
                QString text;
                const int parts = int(random.bounded(8));
                for (int i = 0; i < parts; ++i) {
                    const QString &piece = pieces.at(random.bounded(pieces.size()));
                    text += piece.left(1 + random.bounded(std::max<qsizetype>(piece.size(), 1)));
                }
                QCOMPARE(skipping.containedIn(text), plain.containedIn(text));
            }
            for (const QString &p : phrases)
                QVERIFY(skipping.containedIn(QString(u"x "_qs + p + u" y"_qs)));
        }
    }

    void literalStarts_readPlainAnchoredPatterns()
    {
        const auto starts = [](const QString &p) {
            std::optional<QStringList> s = literalStartsOf(p);
            if (s)
                s->sort();
            return s;
        };
        QCOMPARE(starts(u"^(?:photo|image)s?\\s+by"_qs), QStringList({u"image"_qs, u"photo"_qs}));
        QCOMPARE(starts(u"^[Bb]y\\s+[A-Z]"_qs), QStringList({u"By"_qs, u"by"_qs}));
        QCOMPARE(starts(u"^(?:\u00a9|\\(c\\)|copyright)\\s*"_qs), QStringList({u"(c)"_qs, u"copyright"_qs, u"\u00a9"_qs}));
        QCOMPARE(starts(u"^(?:[Ww]ritten|[Ee]dited) by\\s+.+$"_qs),
                 QStringList({u"Edited by"_qs, u"Written by"_qs, u"edited by"_qs, u"written by"_qs}));
        QCOMPARE(starts(u"^\\[?(?:photo|image)\\]?$"_qs), QStringList({u"[image"_qs, u"[photo"_qs, u"image"_qs, u"photo"_qs}));
        QCOMPARE(starts(u"^(?:ab\\s|cd)+x"_qs), QStringList({u"ab"_qs, u"cd"_qs}));
        QCOMPARE(starts(u"^(?:a|)b"_qs), QStringList({u"ab"_qs, u"b"_qs})); // an empty branch starts what follows
        for (const QString &open : {u"abc"_qs, u"^a|b"_qs, u"^(?:a|b)|c"_qs, u"^\\w+"_qs, u"^(?i)abc"_qs, u"^(?=a)b"_qs,
                                    u"^(?:a\\s|b)?c"_qs, u"^a*b"_qs, u"^[a-z]x"_qs, u"^(?:a|)"_qs, u"^.x"_qs})
            QVERIFY2(!literalStartsOf(open), qPrintable(open));
    }

    // A guard never turns away a line its patterns match: every anchored pattern of the
    // lexicon, on tricky lines and on lines made from the patterns' own starts.
    void startGuard_neverRulesOutAMatch()
    {
        const QJsonObject lex = loadLexicon(QStringLiteral("boilerplate"));
        QStringList lines = kTrickyLines;
        for (const QString &p : lines)
            lines.append(p.toUpper());
        lines += {u"PHOTOS by a reader"_qs, u"Pictures courtesy of x"_qs, u"\u212Aopyright"_qs, u"(C) 2024 x"_qs,
                  u"edited by staff"_qs, u"By Jane"_qs, u"by"_qs, u"[image]"_qs, u"image"_qs};
        int guarded = 0;
        for (const QString &key : {u"patterns"_qs, u"captionPatterns"_qs, u"creditPatterns"_qs, u"bylinePatterns"_qs,
                                   u"copyrightPatterns"_qs}) {
            const bool caseInsensitive = key != u"bylinePatterns"_qs;
            for (const QString &p : lexiconStrings(lex, key)) {
                if (!p.startsWith(u'^'))
                    continue;
                const StartGuardedRegex guard({p}, QRegularExpression(p),
                                              caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive);
                guarded += literalStartsOf(p).has_value();
                for (const QString &line : std::as_const(lines))
                    if (regexMatches(p, caseInsensitive, line))
                        QVERIFY2(guard.mayMatch(line), qPrintable(p + u" / "_qs + line));
            }
        }
        QVERIFY(guarded >= 5);
        QVERIFY(!StartGuardedRegex({u"^by\\s"_qs}, {}, Qt::CaseSensitive).mayMatch(u"By x"_qs));
        QVERIFY(StartGuardedRegex({u"^by\\s"_qs}, {}, Qt::CaseInsensitive).mayMatch(u"By x"_qs));
        QVERIFY(StartGuardedRegex({u"^by"_qs, u"^\\w"_qs}, {}, Qt::CaseSensitive).mayMatch(u"x"_qs)); // one open pattern opens all
    }

    // An unanchored pattern's literals, by their comparison keys: any line the pattern
    // matches holds one of them in its own key (the classifier skips the regex otherwise).
    void literalInfixes_areInTheKeyOfEveryMatchedLine()
    {
        QCOMPARE(literalInfixesOf(u"\\b(?:getty images|/ap$|afp/)\\b"_qs),
                 std::optional<QStringList>({u"getty images"_qs, u"/ap"_qs, u"afp/"_qs}));
        QCOMPARE(literalInfixesOf(u"\\((?:source|photo)s?\\s*:"_qs), std::optional<QStringList>({u"(source"_qs, u"(photo"_qs}));
        QVERIFY(!literalInfixesOf(u"\\bgetty|\\bap"_qs));
        QVERIFY(!literalInfixesOf(u"\\w+ images"_qs));
        const QJsonObject lex = loadLexicon(QStringLiteral("boilerplate"));
        QStringList lines = kTrickyLines;
        lines += {u"AFP  via   GETTY IMAGES"_qs, u"x/AP"_qs, u"Reuters/Jane Doe"_qs, u"(Photos : x)"_qs, u"SIPA\u00a0USA"_qs};
        int checked = 0;
        for (const QString &key : {u"patterns"_qs, u"captionPatterns"_qs, u"creditPatterns"_qs}) {
            for (const QString &p : lexiconStrings(lex, key)) {
                const std::optional<QStringList> infixes = p.startsWith(u'^') ? std::nullopt : literalInfixesOf(p);
                if (!infixes)
                    continue;
                ++checked;
                for (const QString &line : std::as_const(lines)) {
                    if (!regexMatches(p, true, line))
                        continue;
                    const QString lineKey = comparisonKey(line);
                    QVERIFY2(std::any_of(infixes->cbegin(), infixes->cend(),
                                         [&](const QString &l) { return lineKey.contains(comparisonKey(l)); }),
                             qPrintable(p + u" / "_qs + line));
                }
            }
        }
        QVERIFY(checked >= 2);
        QCOMPARE(classifyLines(u"JOHN DOE/AFP via Getty Images"_qs).first().kind, LineKind::Caption);
    }

    void datelinesAndTeamBylines_areFound()
    {
        QCOMPARE(classifyLines(u"Tuesday, June 17, 2025"_qs).first().kind, LineKind::Dateline);
        QCOMPARE(classifyLines(u"Updated: Jun 17, 2025 10:14 a.m. ET"_qs).first().kind, LineKind::Dateline);
        QCOMPARE(classifyLines(u"2025-06-17"_qs).first().kind, LineKind::Dateline);
        QVERIFY(classifyLines(u"June 17, 202"_qs).first().kind != LineKind::Dateline);
        const Line team = classifyLines(u"The Korea Daily Digital Team"_qs).first();
        QCOMPARE(team.kind, LineKind::Byline);
        QCOMPARE(team.outletHint, u"Korea Daily"_qs);
        QVERIFY(classifyLines(u"the korea daily digital team"_qs).first().kind != LineKind::Byline);
    }
};

QTEST_GUILESS_MAIN(LineClassifierTest)
#include "tst_lineclassifier.moc"
