#include "DemoCorpus.h"

#include "CorpusBuilder.h"

namespace claimline::ui {

Corpus makeDemoCorpus()
{
    CorpusBuilder b;
    const QDate june4(2024, 6, 4), june5(2024, 6, 5), june6(2024, 6, 6);
    const DayInterval early = DayInterval(QDate(2024, 6, 1), QDate(2024, 6, 3));

    const int d1 = b.addDocument(QStringLiteral("harbor-report.txt"));
    const int a1 = b.addArticle(d1, QStringLiteral("Shelling hits the harbor district"), QStringLiteral("Reuters"), june4);
    b.addSentence(a1, QStringLiteral("Residents of the harbor district woke to explosions before dawn."));
    b.addClaim(a1, {QStringLiteral("The regional health ministry said at least 42 people were killed or wounded in the strikes."),
                    QStringLiteral("at least 42"), QStringLiteral("casualties"), QStringLiteral("killed_or_wounded"), 42, {},
                    Qualifier::AtLeast, QStringLiteral("Regional Health Ministry"), {}, early, QStringLiteral("harbor strikes")});
    b.addClaim(a1, {QStringLiteral("About 3,000 people have fled to the northern villages, the UN refugee agency said."),
                    QStringLiteral("About 3,000"), QStringLiteral("displacement"), QStringLiteral("displaced"), 3000, {},
                    Qualifier::Approx, QStringLiteral("UNHCR"), {}, early, QStringLiteral("harbor residents")});
    const int a2 = b.addArticle(d1, QStringLiteral("Aid convoy waits at the crossing"), QStringLiteral("Reuters"), june5);
    b.addClaim(a2, {QStringLiteral("The convoy carries 120 tonnes of food, according to the World Food Programme."),
                    QStringLiteral("120"), QStringLiteral("aid"), QStringLiteral("food_tonnes"), 120, {}, Qualifier::Exact,
                    QStringLiteral("WFP"), {}, DayInterval::day(june5), QStringLiteral("convoy")});

    const int d2 = b.addDocument(QStringLiteral("wire-roundup.html"));
    const int a3 = b.addArticle(d2, QStringLiteral("Officials trade figures after harbor strikes"), QStringLiteral("TASS"), june5);
    b.addClaim(a3, {QStringLiteral("The city council, quoted by TASS, put the toll at 12 killed or wounded."),
                    QStringLiteral("12"), QStringLiteral("casualties"), QStringLiteral("killed_or_wounded"), 12, {},
                    Qualifier::Exact, QStringLiteral("City Council"), {QStringLiteral("TASS")}, early, QStringLiteral("harbor strikes")});
    b.addClaim(a3, {QStringLiteral("Local officials said between 2,800 and 3,200 residents had left."),
                    QStringLiteral("between 2,800 and 3,200"), QStringLiteral("displacement"), QStringLiteral("displaced"), 2800,
                    3200, Qualifier::Range, QStringLiteral("City Council"), {}, early, QStringLiteral("harbor residents")});
    b.addDiagnostic(QStringLiteral("/corpus/wire-roundup.html"), QStringLiteral("script element skipped (byte 1832)"),
                    Diagnostic::Severity::Warning, d2);

    const int d3 = b.addDocument(QStringLiteral("ap-0606.md"));
    const int a4 = b.addArticle(d3, QStringLiteral("Toll rises in port city"), QStringLiteral("AP"), june6);
    b.addClaim(a4, {QStringLiteral("Hospital officials told AP that more than 40 people were killed or wounded."),
                    QStringLiteral("more than 40"), QStringLiteral("casualties"), QStringLiteral("killed_or_wounded"), 40, {},
                    Qualifier::MoreThan, QStringLiteral("City Hospital"), {}, early, QStringLiteral("harbor strikes")});
    b.addClaim(a4, {QStringLiteral("Aid agencies said the convoy held 150 tonnes of supplies."),
                    QStringLiteral("150"), QStringLiteral("aid"), QStringLiteral("food_tonnes"), 150, {}, Qualifier::Exact,
                    QStringLiteral("WFP"), {}, DayInterval::day(june5), QStringLiteral("convoy")});
    b.addClaim(a4, {QStringLiteral("Some 3,100 people are now sheltering in schools, AP counted."),
                    QStringLiteral("Some 3,100"), QStringLiteral("displacement"), QStringLiteral("displaced"), 3100, {},
                    Qualifier::Approx, {}, {}, DayInterval::day(june6), QStringLiteral("harbor residents")});

    b.addEvent(QStringLiteral("attack"), QStringLiteral("Strikes on the harbor district"), DayInterval::day(QDate(2024, 6, 2)),
               {{a2, QStringLiteral("The strikes began on Sunday, 2 June, shortly before dawn.")},
                {a4, QStringLiteral("The port was shelled on 2 June.")}});
    b.addEvent(QStringLiteral("meeting"), QStringLiteral("Council emergency session"), DayInterval::day(june5),
               {{a3, QStringLiteral("The council met in emergency session on Wednesday.")}});
    b.addDiagnostic(QStringLiteral("/corpus/broken.pdf"), QStringLiteral("not a text file (binary content); skipped"),
                    Diagnostic::Severity::Error);
    return b.finish();
}

} // namespace claimline::ui
