#include "CorpusGenerator.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRandomGenerator>
#include <array>

namespace claimline::bench {

namespace {

template<size_t N>
QString pick(QRandomGenerator &rng, const std::array<const char *, N> &words)
{
    return QString::fromUtf8(words[rng.bounded(quint32(N))]);
}

constexpr std::array kOutlets{"The Kyiv Independent", "Business Insider", "Korea Daily", "Reuters", "Al Jazeera",
                              "The Guardian", "Associated Press", "Radio Free Asia", "Voice of America",
                              "Euromaidan Press", "NK News", "Politico Europe"};
constexpr std::array kClaimants{"the UK Ministry of Defence", "South Korea's National Intelligence Service",
                                "Ukraine's military intelligence", "President Volodymyr Zelensky",
                                "the Institute for the Study of War", "the Pentagon", "Russian officials",
                                "South Korea's Joint Chiefs of Staff", "NATO officials", "Japanese officials",
                                "the U.S. State Department", "TASS"};
constexpr std::array kVerbs{"said", "estimated", "reported", "stated", "claimed", "told reporters"};
constexpr std::array kPlaces{"Kursk Oblast", "Donetsk", "Belgorod", "Zaporizhzhia", "Kharkiv", "Bryansk",
                             "Pyongyang", "Moscow", "Seoul", "Kyiv"};
constexpr std::array kNationality{"North Korean", "Russian", "Ukrainian", "Chechen", "Belarusian"};
constexpr std::array kCountries{"North Korea", "Russia", "Iran", "Belarus", "China"};
constexpr std::array kQualifiers{"about ", "more than ", "at least ", "up to ", "nearly ", "", "", "some "};
constexpr std::array kRelative{"last month", "earlier this year", "last fall", "in early 2025", "late last year",
                               "in the last three months", "since late 2023", "on Tuesday", "last week",
                               "in January and February"};
constexpr std::array kNames{"Kateryna Hodunova", "Olena Goncharova", "Chung Yeong-gyo", "Jake Epstein",
                            "Maria Petrova", "John Smith", "Lee Min-ji", "Ahmed Hassan"};

QString capitalized(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

QString number(QRandomGenerator &rng, int lo, int hi)
{
    const int step = hi > 10000 ? 100 : 10;
    return QLocale(QLocale::English).toString((lo + int(rng.bounded(quint32((hi - lo) / step + 1))) * step));
}

// A date before publication with its preposition: "on June 4, 2025", "on 4 June", "in May 2024".
QString absoluteDate(QRandomGenerator &rng, QDate published)
{
    const QDate d = published.addDays(-qint64(rng.bounded(400u)));
    const QLocale english(QLocale::English);
    switch (rng.bounded(3u)) {
    case 0: return QStringLiteral("on ") + english.toString(d, QStringLiteral("MMMM d, yyyy"));
    case 1: return QStringLiteral("on ") + english.toString(d, QStringLiteral("d MMMM"));
    default: return QStringLiteral("in ") + english.toString(d, QStringLiteral("MMMM yyyy"));
    }
}

QString figureSentence(QRandomGenerator &rng, QDate published)
{
    const QString who = pick(rng, kClaimants);
    const QString verb = pick(rng, kVerbs);
    const QString when = rng.bounded(2u) ? pick(rng, kRelative) : absoluteDate(rng, published);
    const QString nat = pick(rng, kNationality);
    const QString place = pick(rng, kPlaces);
    switch (rng.bounded(7u)) {
    case 0:
        return QStringLiteral("%1 %2 %3 that %4%5 %6 soldiers had been killed or wounded in %7.")
            .arg(capitalized(who), verb, when, pick(rng, kQualifiers), number(rng, 500, 20000), nat, place);
    case 1:
        return QStringLiteral("According to %1, %2 sent between %3 and %4 troops to %5 %6.")
            .arg(who, pick(rng, kCountries), number(rng, 1000, 5000), number(rng, 6000, 15000), place, when);
    case 2:
        return QStringLiteral("%1 supplied %2%3 artillery shells and %4 ballistic missiles %5, %6 %7.")
            .arg(pick(rng, kCountries), pick(rng, kQualifiers), number(rng, 100000, 9000000), number(rng, 10, 300), when, who, verb);
    case 3:
        return QStringLiteral("%1, %2 %3 that about %4 were killed and %5 wounded near %6.")
            .arg(capitalized(absoluteDate(rng, published)), who, verb, number(rng, 100, 3000), number(rng, 500, 8000), place);
    case 4:
        return QStringLiteral("%1 is paid up to $%2 a month per soldier, %3 %4.")
            .arg(place == QStringLiteral("Pyongyang") ? QStringLiteral("Moscow") : QStringLiteral("Pyongyang"),
                 number(rng, 500, 3000), who, verb);
    case 5:
        return QStringLiteral("Ukraine captured %1 square kilometers of territory %2, %3 %4.")
            .arg(number(rng, 100, 1500), when, who, verb);
    default:
        return QStringLiteral("The delegation met officials in %1 %2 to discuss the %3 deployment of %4 %5 engineers.")
            .arg(place, when, pick(rng, std::array{"planned", "second", "expanded"}), number(rng, 500, 3000), nat);
    }
}

} // namespace

QString generateArticle(int index, quint32 seed)
{
    QRandomGenerator rng(seed ^ quint32(index * 2654435761u));
    const QDate published = QDate(2024, 1, 1).addDays(rng.bounded(700u));
    const QString outlet = pick(rng, kOutlets);
    const QString place = pick(rng, kPlaces);
    QString t;
    const QString headline = QStringLiteral("%1 troops %2 %3 as %4 reports %5 losses")
                                 .arg(pick(rng, kNationality), pick(rng, std::array{"reach", "leave", "return to", "reinforce"}),
                                      place, pick(rng, kClaimants), pick(rng, std::array{"heavy", "new", "disputed"}));
    t += headline + QStringLiteral("\n\n");
    t += QStringLiteral("By %1, %2\n").arg(pick(rng, kNames), outlet);
    t += QLocale(QLocale::English).toString(published, QStringLiteral("dddd, MMMM d, yyyy")) + QStringLiteral("\n\n");
    const int paragraphs = 5 + int(rng.bounded(8u));
    for (int p = 0; p < paragraphs; ++p) {
        const int sentences = 1 + int(rng.bounded(3u));
        for (int s = 0; s < sentences; ++s) {
            t += figureSentence(rng, published);
            t += u' ';
        }
        t += QStringLiteral("\n\n");
        if (p == 2 && rng.bounded(3u) == 0)
            t += QStringLiteral("Related: %1 says %2 will not stop\n\n").arg(capitalized(pick(rng, kClaimants)), place);
        if (p == 3 && rng.bounded(4u) == 0) {
            const QString caption = QStringLiteral("Soldiers near %1 on %2. (Photo: %3)\n")
                                        .arg(place, absoluteDate(rng, published), outlet);
            t += caption + caption + u'\n';
        }
    }
    if (rng.bounded(2u))
        t += QStringLiteral("You could close this page. Or you could join our community and help us produce more "
                            "materials like this. Become a patron or see other ways to support.\n");
    return t;
}

GeneratedCorpus generateCorpus(const QString &folder, const GeneratorOptions &options)
{
    GeneratedCorpus out;
    QDir().mkpath(folder);
    QString page;
    QString previous;
    for (int i = 0; i < options.articles; ++i) {
        QString article = generateArticle(i, options.seed);
        // Every tenth article is a syndicated near-copy of the previous one.
        if (i % 10 == 9 && !previous.isEmpty())
            article = QString(previous).replace(QStringLiteral(" said "), QStringLiteral(" told reporters "));
        previous = article;
        page += article + u'\n';
        if ((i + 1) % options.articlesPerFile != 0 && i + 1 < options.articles)
            continue;
        const QString path = QStringLiteral("%1/article_%2.txt").arg(folder).arg(i, 6, 10, QLatin1Char('0'));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            continue;
        const QByteArray bytes = page.toUtf8();
        f.write(bytes);
        out.bytes += bytes.size();
        out.files.append(path);
        page.clear();
    }
    return out;
}

} // namespace claimline::bench
