// AttributionResolver: who a sentence credits for a figure, with canonical names and relays.
#include "extract/Attribution.h"
#include "extract/GapClauses.h"
#include "extract/SpeakerCues.h"
#include "extract/TextScans.h"
#include "text/FastWordRuns.h"

#include <QRegularExpression>
#include <QTest>

using namespace claimline;

Q_DECLARE_METATYPE(QList<QString>)

namespace {

// A sentence context over `text` (which may hold earlier sentences): the sentence is the
// last line; `dateWords` are marked as date expressions.
SentenceContext contextFor(const QString &text, const QStringList &dateWords, const Article &article)
{
    SentenceContext ctx;
    ctx.text = text;
    const qsizetype start = text.lastIndexOf(u'\n') + 1;
    ctx.span = {start, text.size()};
    ctx.article = &article;
    for (const QString &w : dateWords) {
        TemporalMention m;
        const qsizetype at = text.indexOf(w, start);
        m.span = {at, at + w.size()};
        m.interval = DayInterval::day(QDate(2025, 6, 17));
        ctx.dates.append(m);
    }
    return ctx;
}

TextSpan spanOf(const QString &text, const QString &figure)
{
    const qsizetype at = text.lastIndexOf(figure);
    return {at, at + figure.size()};
}

} // namespace

class AttributionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void attribute_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("dates");
        QTest::addColumn<QString>("figure");
        QTest::addColumn<QString>("claimant");
        QTest::addColumn<QStringList>("via");

        const QStringList none;
        QTest::newRow("according to, after the figure")
            << u"Some 400 vehicles were destroyed, according to Ukrainian officials."_qs << none << u"400"_qs
            << u"Ukrainian officials"_qs << none;
        QTest::newRow("according to a dated report from an agency")
            << u"According to a March 3 report from the United Kingdom's defence intelligence, about 900 soldiers died."_qs
            << QStringList{u"March 3"_qs} << u"900"_qs << u"UK Ministry of Defence"_qs << none;
        QTest::newRow("according to findings of an acronym")
            << u"According to ISW findings, 70 villages changed hands."_qs << none << u"70"_qs
            << u"Institute for the Study of War"_qs << none;
        QTest::newRow("possessive readout")
            << u"According to the Kremlin's official readout, 12 agreements were signed."_qs << none << u"12"_qs
            << u"Kremlin"_qs << none;
        QTest::newRow("subject said, title stripped")
            << u"Russian Defence Minister Andrei Belousov said 300 drones were downed."_qs << none << u"300"_qs
            << u"Andrei Belousov"_qs << none;
        QTest::newRow("subject with possessive and adverbs")
            << u"Earlier this year, South Korea's Joint Chiefs of Staff previously reported that 500 shells fell."_qs
            << none << u"500"_qs << u"South Korea Joint Chiefs of Staff"_qs << none;
        QTest::newRow("country form folded")
            << u"The British Defense Ministry stated that 2,000 troops were lost."_qs << none << u"2,000"_qs
            << u"UK Ministry of Defence"_qs << none;
        QTest::newRow("acronym alias")
            << u"The NIS estimates 1,500 workers were sent."_qs << none << u"1,500"_qs
            << u"South Korea National Intelligence Service"_qs << none;
        QTest::newRow("unknown speaker keeps its words")
            << u"South Korean authorities recently added that another 800 troops arrived."_qs << none << u"800"_qs
            << u"South Korean authorities"_qs << none;
        QTest::newRow("bare plural speaker")
            << u"Officials estimate that up to 9,000 people fled."_qs << none << u"9,000"_qs << u"Officials"_qs
            << none;
        QTest::newRow("inverted headline")
            << u"Pyongyang to send 2,000 workers abroad, says Moscow"_qs << none << u"2,000"_qs << u"Moscow"_qs
            << none;
        QTest::newRow("quoted speaker after the quote")
            << u"“We will send 700 engineers,” Lavrov told reporters."_qs << none << u"700"_qs
            << u"Sergei Lavrov"_qs << none;
        QTest::newRow("appositive between speaker and verb")
            << u"Shoigu, who was defence minister until May, said 40 units were ready."_qs << QStringList{u"May"_qs}
            << u"40"_qs << u"Sergei Shoigu"_qs << none;
        QTest::newRow("list of intelligence sources kept whole")
            << u"Intelligence from the US, Japan, and France has stated that 5,000 troops moved."_qs << none
            << u"5,000"_qs << u"Intelligence from the US, Japan, and France"_qs << none;
        QTest::newRow("relay citing a source")
            << u"Tass, citing the Russian Security Council's press service, reported that 30 memorials are planned."_qs
            << none << u"30"_qs << u"Russian Security Council"_qs << QStringList{u"TASS"_qs};
        QTest::newRow("wire reports that a person specified")
            << u"Interfax reports that Gerasimov specified 200 tanks were moved."_qs << none << u"200"_qs
            << u"Valery Gerasimov"_qs << QStringList{u"Interfax"_qs};
        QTest::newRow("state media cited a person on a day")
            << u"Russian state media on Tuesday cited Sergei Lavrov, the foreign minister, saying that 60 diplomats left."_qs
            << QStringList{u"Tuesday"_qs} << u"60"_qs << u"Sergei Lavrov"_qs << QStringList{u"Russian state media"_qs};
        QTest::newRow("wire reported according to authorities")
            << u"On May 2, the Associated Press reported that 14 people were killed, according to Ukrainian authorities."_qs
            << QStringList{u"May 2"_qs} << u"14"_qs << u"Ukrainian authorities"_qs
            << QStringList{u"Associated Press"_qs};
        QTest::newRow("person said according to an agency")
            << u"Putin said 1,000 prisoners would be swapped, according to the state news agency RIA Novosti."_qs
            << none << u"1,000"_qs << u"Vladimir Putin"_qs << QStringList{u"RIA Novosti"_qs};
        QTest::newRow("media alone is the claimant")
            << u"According to Russian state media, he has visited 3 times."_qs << none << u"3"_qs
            << u"Russian state media"_qs << none;
        QTest::newRow("two sources, nearest before each figure (first)")
            << u"This aligns with reports from Ukrainian officials (3,800 casualties) and South Korean intelligence (600 killed)."_qs
            << none << u"3,800"_qs << u"Ukrainian officials"_qs << none;
        QTest::newRow("two sources, nearest before each figure (second)")
            << u"This aligns with reports from Ukrainian officials (3,800 casualties) and South Korean intelligence (600 killed)."_qs
            << none << u"600"_qs << u"South Korea National Intelligence Service"_qs << none;
        QTest::newRow("passive report is no one's")
            << u"It was reported last year that around 50 missiles malfunctioned."_qs << none << u"50"_qs << QString()
            << none;
        QTest::newRow("no attribution")
            << u"The casualty rate reportedly exceeds 20% among deployed units."_qs << none << u"20%"_qs << QString()
            << none;
        QTest::newRow("clause-initial word is not a speaker")
            << u"Earlier reports indicated that 300 soldiers were lost."_qs << none << u"300"_qs << QString() << none;
        QTest::newRow("a capitalised name is not a reporting verb")
            << u"The team runs 10 bureaus in the United States."_qs << none << u"10"_qs << QString() << none;
        QTest::newRow("undated weekday is not a speaker")
            << u"Officials on Tuesday cited Sergei Lavrov saying 60 diplomats left."_qs << none << u"60"_qs
            << u"Sergei Lavrov"_qs << none;
        QTest::newRow("dated weekday skipped before a relay")
            << u"State media on Tuesday cited Sergei Lavrov saying 60 diplomats left."_qs << QStringList{u"Tuesday"_qs}
            << u"60"_qs
            << u"Sergei Lavrov"_qs << QStringList{u"State media"_qs};
        QTest::newRow("pronoun refers back to the last speaker")
            << u"Kyrylo Budanov told a briefing that the front held.\nHe said 90 drones were launched."_qs << none << u"90"_qs
            << u"Kyrylo Budanov"_qs << none;
        QTest::newRow("the X official refers back")
            << u"Sergei Lavrov said the talks were useful.\nThe top Russian official stated 4 deals were made."_qs << none
            << u"4"_qs << u"Sergei Lavrov"_qs << none;
        QTest::newRow("the ministry refers back to the ministry named before")
            << u"Sergei Lavrov met envoys in Minsk.\nThe Gaza health ministry said the strikes went on.\nLavrov left.\nThe ministry said 12 people died."_qs
            << none << u"12"_qs << u"Gaza Health Ministry"_qs << none;
        QTest::newRow("according to the agency refers back")
            << u"The country's weather agency said roads were shut.\nAccording to the agency, 40 homes were flooded."_qs
            << none << u"40"_qs << u"country's weather agency"_qs << none;
        QTest::newRow("the agency, known as …, said refers back")
            << u"Floods killed 30, the country’s disaster management agency said.\nThe agency, known as NDMA, said 1,100 people had been injured."_qs
            << none << u"1,100"_qs << u"country’s disaster management agency"_qs << none;
        QTest::newRow("lowercase words between a name and its head noun")
            << u"About 75 people were detained, the UN human rights office said."_qs << none << u"75"_qs
            << u"OHCHR"_qs << none;
        QTest::newRow("according to, with lowercase words before the head")
            << u"At least 75 people were detained, according to the UN human rights office."_qs << none << u"75"_qs
            << u"OHCHR"_qs << none;
        QTest::newRow("a Markdown link after the name is not part of it")
            << u"It builds 900 drones a month, according to Ukraine's General Staff [GS](https://example.org/gs)."_qs
            << none << u"900"_qs << u"Ukrainian General Staff"_qs << none;
        QTest::newRow("a linked name before its verb")
            << u"Russia builds 900 drones a month, Ukraine's military intelligence agency [HUR](https://example.org) estimated."_qs
            << none << u"900"_qs << u"HUR (Ukrainian military intelligence)"_qs << none;
        QTest::newRow("emphasis marks are not part of a name")
            << u"Pay is about $2,400 a month, according to the independent outlet *Mediazona*."_qs << none << u"2,400"_qs
            << u"Mediazona"_qs << none;
        QTest::newRow("an alias in brackets before the verb")
            << u"Ukraine's military intelligence (HUR) said about 30 soldiers were killed."_qs << none << u"30"_qs
            << u"HUR (Ukrainian military intelligence)"_qs << none;
        QTest::newRow("an unnamed speaker described")
            << u"Shelling killed 14 people, a local aid group said."_qs << none << u"14"_qs
            << u"local aid group"_qs << none;
        QTest::newRow("put the toll at")
            << u"A regional governor put the death toll at 18."_qs << none << u"18"_qs << u"regional governor"_qs << none;
        QTest::newRow("put without at is no report")
            << u"The army put 300 troops on alert, officials said."_qs << none << u"300"_qs << u"officials"_qs << none;
        QTest::newRow("and inside a proper name")
            << u"About 500 died, according to the Centre for Peace and Conflict Studies."_qs << none << u"500"_qs
            << u"Centre for Peace and Conflict Studies"_qs << none;
        QTest::newRow("Markdown link around the source")
            << u"It has killed **at least 90 people**, according to the [Institute for Peace Research](https://example.org/x) (IPR)."_qs
            << none << u"90"_qs << u"Institute for Peace Research"_qs << none;
        QTest::newRow("a lowercase office title stays whole")
            << u"In Israel, the prime minister's office said on Monday that 24 people had been killed."_qs << none
            << u"24"_qs << u"prime minister's office"_qs << none;
        QTest::newRow("a speaker telling a wire service, not the wire")
            << u"The strike killed 40 civilians on Sunday, three residents told Reuters on Tuesday."_qs << none
            << u"40"_qs << u"residents"_qs << none;
        QTest::newRow("a bare ministry of defence is no one country's")
            << u"Soldiers are paid about $200 a month, according to the Ministry of Defense."_qs << none << u"200"_qs
            << u"Ministry of Defense"_qs << none;
        QTest::newRow("according to the headquarters refers back")
            << u"The Coordination Headquarters for the Treatment of Prisoners of War said the swap went ahead.\nAccording to the headquarters, Russia still holds more than 8,000 soldiers."_qs
            << none << u"8,000"_qs << u"Coordination Headquarters for the Treatment of Prisoners of War"_qs << none;
        QTest::newRow("the, lowercase words and a head noun describe a speaker")
            << u"The number of people killed by the typhoon has risen to 114, the national disaster agency said on Thursday."_qs << QStringList{u"Thursday"_qs}
            << u"114"_qs << u"national disaster agency"_qs << none;
        QTest::newRow("a news agency that is the source, after another speaker's clause")
            << u"The military has said it targets only militants, and the Ethiopian News Agency reported on Monday that the army had killed 130 fighters."_qs << QStringList{u"Monday"_qs}
            << u"130"_qs << u"Ethiopian News Agency"_qs << none;
        QTest::newRow("a participle reports for the sentence's opening name")
            << u"Police commander Bernardino Rafael gave a lower figure last week, telling reporters that 19 people had died."_qs
            << none << u"19"_qs << u"Bernardino Rafael"_qs << none;
        QTest::newRow("a participle after a clause without a name is no one's")
            << u"Prices rose sharply last week, adding to pressure as 19 shops closed."_qs << none << u"19"_qs << u""_qs << none;
        QTest::newRow("the owner of the figures is the source")
            << u"In 2013, Typhoon Haiyan killed more than 6,300 people, according to government figures."_qs << none
            << u"6,300"_qs << u"government"_qs << none;
        QTest::newRow("a name between commas after its description")
            << u"Troops have recaptured about 16 square miles, the commander of Ukraine's armed forces, Gen. Oleksandr Syrskyi, said Tuesday."_qs
            << QStringList{u"Tuesday"_qs} << u"16"_qs << u"Oleksandr Syrskyi"_qs << none;
        QTest::newRow("bare quotation continues the speaker and relay")
            << u"Interfax reports that Lavrov specified the plan:\n“We will open 15 consulates.”"_qs << none
            << u"15"_qs << u"Sergei Lavrov"_qs << QStringList{u"Interfax"_qs};
    }

    void attribute()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, dates);
        QFETCH(QString, figure);
        QFETCH(QString, claimant);
        QFETCH(QStringList, via);
        Article article;
        article.span = {0, text.size()};
        AttributionResolver resolver;
        const SentenceContext ctx = contextFor(text, dates, article);
        const Attribution got = resolver.attribute(ctx, spanOf(text, figure));
        QCOMPARE(got.claimant, claimant);
        QCOMPARE(got.via, via);
        QCOMPARE(got.found(), !claimant.isEmpty());
    }

    // The headline's figure is credited to whoever the body says stated it.
    void headlineFigure_takesTheBodysSpeaker_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("claimant");
        QTest::newRow("body names the source")
            << u"Shelling kills 32 in camp, activists say\nShelling killed 32 people on Tuesday, the El Fasher Resistance Committee said."_qs
            << u"El Fasher Resistance Committee"_qs;
        QTest::newRow("body restates it without a speaker")
            << u"Shelling kills 32 in camp, activists say\nShelling killed 32 people on Tuesday."_qs << u"activists"_qs;
        QTest::newRow("a title's period does not end the body sentence")
            << u"Ukraine says it retook 16 square miles\nTroops retook 16 square miles, the army chief, Gen. Oleksandr Syrskyi, said."_qs
            << u"Oleksandr Syrskyi"_qs;
        QTest::newRow("body gives another number")
            << u"Shelling kills 32 in camp, activists say\nShelling killed 320 people, the committee said."_qs << u"activists"_qs;
    }

    void headlineFigure_takesTheBodysSpeaker()
    {
        QFETCH(QString, text);
        QFETCH(QString, claimant);
        Article article;
        article.span = {0, text.size()};
        SentenceContext ctx;
        ctx.text = text;
        ctx.span = {0, text.indexOf(u'\n')};
        ctx.article = &article;
        ctx.isHeadline = true;
        const qsizetype at = text.contains(u"32"_qs) ? text.indexOf(u"32"_qs) : text.indexOf(u"16"_qs);
        AttributionResolver resolver;
        QCOMPARE(resolver.attribute(ctx, {at, at + 2}).claimant, claimant);
    }

    void canonicalName_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("case and possessive") << u"south korea’s national intelligence service"_qs
                                             << u"South Korea National Intelligence Service"_qs;
        QTest::newRow("defense spelling, country adjective") << u"the UK Defense Ministry"_qs
                                                             << u"UK Ministry of Defence"_qs;
        QTest::newRow("dotted country") << u"the U.K."_qs << u"UK Ministry of Defence"_qs;
        QTest::newRow("wire variant") << u"Tass"_qs << u"TASS"_qs;
        QTest::newRow("description before a known name") << u"Russian state media outlet Tass"_qs << u"TASS"_qs;
        QTest::newRow("title before a known name") << u"Russian Security Council Secretary Sergey Shoigu"_qs
                                                   << u"Sergei Shoigu"_qs;
        QTest::newRow("title before an unknown name") << u"RAND Corporation analyst Jane Roe"_qs << u"Jane Roe"_qs;
        QTest::newRow("unknown kept") << u"Ukrainian officials"_qs << u"Ukrainian officials"_qs;
    }

    void canonicalName()
    {
        QFETCH(QString, surface);
        QFETCH(QString, canonical);
        QCOMPARE(AttributionResolver().canonicalName(surface), canonical);
    }

    // The scans of TextScans.h replaced regular expressions: each must agree with its
    // pattern on every input, the awkward ones included.
    void textScans_agreeWithTheirPatterns_data()
    {
        QTest::addColumn<QString>("text");
        for (const char16_t *text :
             {u"", u"1", u"a 1,100 b", u"3.5%", u"1,", u"1,.2", u".5", u"x 12.", u"12,000,000 and 7", u"no digits",
              u"٣ arabic-indic", u"Russia's", u"soldiers' kit", u"o'brien", u"'s", u"it's'", u"x''s", u"'sa 's_ 's1",
              u"'", u"'é", u"defense", u"Defense", u"defenseless", u"the defense ministry", u"_defense", u"defense_",
              u"defense-defense", u"ministry of defense,defense", u"[ISW](https://x.org/a)", u"a](b c) d",
              u"**Bold** _it_ `code`", u"](", u"](x", u"]()", u"[a]", u"x](y\tz)", u"the UN's (OCHA) office",
              u"KELVIN \u212a", u"İstanbul", u"Ministry of Defence", u"ministry—agency", u"a_b ministry", u"Ünïcode-wörds’ 𝐁old 12.5-x", u"@[`{/:"})
            QTest::newRow(QString::fromUtf16(text).toUtf8().constData()) << QString::fromUtf16(text);
    }

    void textScans_agreeWithTheirPatterns()
    {
        QFETCH(QString, text);
        static const QRegularExpression number(QStringLiteral("\\d[\\d,.]*\\d|\\d"));
        QCOMPARE(textscans::firstNumber(text).toString(), number.match(text).captured(0));

        static const QRegularExpression nonWord(QStringLiteral("\\W+"));
        const QStringList parts = text.split(nonWord);
        for (const QString &word : {u"ministry"_qs, u"defense"_qs, u"s"_qs, u"b"_qs, u"1"_qs, u"a_b"_qs, u"code"_qs})
            QCOMPARE(textscans::hasWordRun(text, word), parts.contains(word));

        static const QRegularExpression markup(QStringLiteral("\\]\\([^)\\s]*\\)|[\\[\\]*_`]"));
        QCOMPARE(textscans::withoutMarkdown(text), QString(text).remove(markup));

        static const QRegularExpression possessive(QStringLiteral("'s?\\b"));
        QString scanned = text;
        textscans::removePossessives(scanned);
        QCOMPARE(scanned, QString(text).replace(possessive, QString()));

        static const QRegularExpression defense(QStringLiteral("\\bdefense\\b"));
        scanned = text;
        textscans::replaceWholeWord(scanned, u"defense", u"defence");
        QCOMPARE(scanned, QString(text).replace(defense, QStringLiteral("defence")));

        for (qsizetype at = 0; at < text.size(); ++at)
            QCOMPARE(wordruns::fastWordEnd(text, at), wordruns::wordEnd(text, at));

        static const QRegularExpression notLetters(QStringLiteral("[^\\p{L}\\p{N}]+"));
        QStringList runs;
        textscans::forEachLetterRun(text, [&runs](QStringView w) { runs.append(w.toString()); });
        QCOMPARE(runs, text.split(notLetters, Qt::SkipEmptyParts));
    }

    // gapClauses() replaced a regex split; it must cut every text exactly as the regex did.
    void gapClauses_cutsAsTheRegexDid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("sentences") << u"Shoigu said 10. He added 20!  Then? yes"_qs;
        QTest::newRow("quote after the stop") << u"“It is over.” Lavrov said. \"Done.\"\tNext"_qs;
        QTest::newRow("colon") << u"He specified: “32 were killed.”"_qs;
        QTest::newRow("line breaks") << u"Title\n\nBody line\n  indented\r\nwindows"_qs;
        QTest::newRow("stop then line breaks") << u"End.\n\n\nNext"_qs;
        QTest::newRow("leading and trailing space") << u"  . a .  "_qs;
        QTest::newRow("only breaks") << u"\n\n"_qs;
        QTest::newRow("empty") << QString();
        QTest::newRow("no-break space is no space") << u"One.\u00a0Two. \u2003Three"_qs;
        QTest::newRow("quote without stop") << u"a” b\" c"_qs;
        QTest::newRow("stop at the start") << u". x"_qs;
        QTest::newRow("emoji") << u"Done. 😀 yes.\nno"_qs;
    }

    void gapClauses_cutsAsTheRegexDid()
    {
        QFETCH(QString, text);
        static const QRegularExpression boundary(QStringLiteral("(?<=[.!?:]|[.!?:][”\"])\\s+|\\n+"));
        QList<TextSpan> expected;
        qsizetype at = 0;
        for (auto it = boundary.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            if (m.capturedStart() > at)
                expected.append({at, m.capturedStart()});
            at = m.capturedEnd();
        }
        if (text.size() > at)
            expected.append({at, text.size()});
        QCOMPARE(gapClauses(text), expected);
    }

    // A pipeline sentence's cues are found on its shared word tokens where they cut it as
    // the speaker tokenizer does, else on its characters: either way the same cues.
    void speakerCues_sameOnWordTokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << u"Russia's defence ministry said 1,420 soldiers were killed."_qs;
        QTest::newRow("comma after a number") << u"Ukrainian forces took 16 square miles, Gen. Oleksandr Syrskyi said."_qs;
        QTest::newRow("dotted acronym") << u"The U.S. State Department said 40 died."_qs;
        QTest::newRow("trailing apostrophe") << u"The soldiers' commander, Col. Ivan Petrov, said 12 died."_qs;
        QTest::newRow("typographic apostrophe") << u"Mali’s army said it had killed 41 “terrorists”."_qs;
        QTest::newRow("markdown link") << u"according to the [Armed Conflict Project](https://acled.org/x), 30 died"_qs;
        QTest::newRow("emphasis") << u"**TASS** reported that 9 people died, citing *local officials*."_qs;
        QTest::newRow("no-break space") << u"Officials\u00a0said 7 died."_qs;
        QTest::newRow("glued words") << u"The woundedSouth figure, B-52 crews and 2022-23 data, police said."_qs;
        QTest::newRow("non-breaking hyphen") << u"The pro\u2011Russian governor said 5 died."_qs;
        QTest::newRow("emoji") << u"Police said 5 died 😀, Reuters said."_qs;
    }

    void speakerCues_sameOnWordTokens()
    {
        QFETCH(QString, text);
        SentenceContext ctx;
        ctx.text = text;
        ctx.span = {0, text.size()};
        const QList<SpeakerCue> onTokens = findSpeakerCues(ctx, {});
        const QList<SpeakerCue> onText = findSpeakerCues(QStringView(text));
        QCOMPARE(onTokens.size(), onText.size());
        for (qsizetype i = 0; i < onText.size(); ++i) {
            QCOMPARE(onTokens[i].surface, onText[i].surface);
            QCOMPARE(onTokens[i].nameSpan, onText[i].nameSpan);
            QCOMPARE(onTokens[i].cueSpan, onText[i].cueSpan);
            QCOMPARE(onTokens[i].relayedBy, onText[i].relayedBy);
        }
    }
};

QTEST_GUILESS_MAIN(AttributionTest)
#include "tst_attribution.moc"
