#include "ClaimantLexicon.h"

#include "Lexicon.h"
#include "TextScans.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVarLengthArray>
#include <algorithm>

namespace claimline {

namespace {

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    return out;
}

bool startsUpper(QStringView word)
{
    return !word.isEmpty() && word.front().isUpper();
}

QStringList words(QStringView s)
{
    return s.toString().split(u' ', Qt::SkipEmptyParts);
}

const QSet<QString> &determiners()
{
    static const QSet<QString> set{QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an"),
                                   QStringLiteral("this"), QStringLiteral("that")};
    return set;
}

} // namespace

const ClaimantLexicon &ClaimantLexicon::instance()
{
    static const ClaimantLexicon lexicon;
    return lexicon;
}

ClaimantLexicon::ClaimantLexicon()
{
    const QJsonObject claimants = loadLexicon(QStringLiteral("claimants"));
    const QJsonObject countries = claimants.value(u"countries").toObject();
    for (auto it = countries.begin(); it != countries.end(); ++it)
        for (const QString &form : strings(it.value()))
            m_countryForms.append({form.toLower(), it.key()});
    std::sort(m_countryForms.begin(), m_countryForms.end(),
              [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    for (const auto &[form, key] : std::as_const(m_countryForms)) {
        const qsizetype space = form.indexOf(u' ');
        m_countryFirstWordLength.append(space < 0 ? form.size() : space);
    }
    for (const QString &t : strings(claimants.value(u"titles")))
        m_titles.insert(t.toLower());
    for (const QString &h : strings(loadLexicon(QStringLiteral("reporting")).value(u"media_heads")))
        m_mediaHeads.insert(h.toLower());

    auto addSection = [this](const QJsonObject &section, bool media) {
        for (auto it = section.begin(); it != section.end(); ++it) {
            const Match match{it.key(), media};
            if (media)
                m_mediaCanonical.insert(it.key());
            m_aliases.insert(normalize(it.key()), match);
            for (const QString &alias : strings(it.value()))
                m_aliases.insert(normalize(alias), match);
        }
    };
    addSection(claimants.value(u"names").toObject(), false);
    addSection(claimants.value(u"media").toObject(), true);
}

QString ClaimantLexicon::normalize(QStringView surface) const
{
    QString s = surface.toString().toLower();
    s.replace(u'’', u'\'');
    textscans::removePossessives(s);
    textscans::replaceWholeWord(s, u"defense", u"defence");
    for (QChar &c : s)
        if (c == u',' || c == u';' || c == u':' || c == u'(' || c == u')' || c == u'"' || c == u'“' || c == u'”')
            c = u' ';
    s = s.simplified();
    // Country forms: replace whole words, longest first, so "south korean" beats "korean".
    // A form only stands between spaces, so its first word is a word of the text as it was
    // before any replacement (they only take words away): other forms are not looked for.
    const QString before = s;
    QVarLengthArray<QStringView, 16> wordsBefore;
    for (const QStringView word : QStringView(before).tokenize(u' '))
        wordsBefore.append(word);
    for (qsizetype f = 0; f < m_countryForms.size(); ++f) {
        const auto &[form, key] = m_countryForms.at(f);
        const QStringView first = QStringView(form).left(m_countryFirstWordLength.at(f));
        if (!first.isEmpty() && std::find(wordsBefore.begin(), wordsBefore.end(), first) == wordsBefore.end())
            continue;
        qsizetype at = 0;
        while ((at = s.indexOf(form, at)) >= 0) {
            const qsizetype end = at + form.size();
            const bool leftOk = at == 0 || s.at(at - 1) == u' ';
            const bool rightOk = end == s.size() || s.at(end) == u' ';
            if (leftOk && rightOk) {
                s.replace(at, form.size(), u'\x01' + key + u'\x01'); // protect from shorter forms
                at += key.size() + 2;
            } else {
                at = end;
            }
        }
    }
    s.remove(u'\x01');
    QStringList w = words(s);
    while (!w.isEmpty() && determiners().contains(w.front()))
        w.removeFirst();
    return w.join(u' ');
}

const ClaimantLexicon::Match *ClaimantLexicon::lookup(const QString &normalized) const
{
    const auto it = m_aliases.constFind(normalized);
    return it == m_aliases.cend() ? nullptr : &*it;
}

QString ClaimantLexicon::stripTitle(const QString &surface) const
{
    const QStringList w = words(surface);
    QStringList lower;
    for (const QString &x : w)
        lower.append(x.toLower());
    const qsizetype start = nameStartAfterTitle(
        w.size(), [&w](qsizetype i) { return QStringView(w.at(i)); },
        [&lower](qsizetype i) { return QStringView(lower.at(i)); });
    return start == 0 ? surface : w.mid(start).join(u' ');
}

QString ClaimantLexicon::canonicalName(QStringView surface) const
{
    const QString norm = normalize(surface);
    if (norm.isEmpty())
        return surface.toString();
    if (const Match *m = lookup(norm))
        return m->canonical;
    // Leading words are often descriptions ("Russian state media outlet Tass", "Ukraine's
    // army chief Oleksandr Syrskyi"); a list or a modifier phrase is kept whole.
    const QStringList w = words(surface);
    const bool isList = surface.contains(u',') || w.contains(QStringLiteral("and"));
    if (!isList) {
        for (qsizetype i = 1; i < w.size(); ++i) {
            const QString previous = w.at(i - 1).toLower();
            if (previous == u"of" || previous == u"from" || previous == u"for" || !startsUpper(w.at(i)))
                continue;
            if (const Match *m = lookup(normalize(w.mid(i).join(u' '))))
                return m->canonical;
        }
    }
    QStringList cleaned = w;
    while (!cleaned.isEmpty() && determiners().contains(cleaned.front().toLower()))
        cleaned.removeFirst();
    QString out = stripTitle(cleaned.join(u' '));
    if (const Match *m = lookup(normalize(out)))
        return m->canonical;
    return out;
}

bool ClaimantLexicon::isMedia(const QString &name) const
{
    if (m_mediaCanonical.contains(name))
        return true;
    if (const Match *m = lookup(normalize(name)))
        return m->media;
    const QStringList w = words(normalize(name));
    return std::any_of(w.begin(), w.end(), [this](const QString &x) { return m_mediaHeads.contains(x); });
}

} // namespace claimline
