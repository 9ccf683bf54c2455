#include "Qualifier.h"

#include <array>

namespace claimline {

namespace {
struct QualifierInfo
{
    Qualifier value;
    const char *name;
    const char16_t *symbol;
};
constexpr std::array<QualifierInfo, 6> kQualifiers{{
    {Qualifier::Exact, "exact", u""},
    {Qualifier::Approx, "approx", u"~"},
    {Qualifier::AtLeast, "at_least", u"≥"},
    {Qualifier::MoreThan, "more_than", u">"},
    {Qualifier::UpTo, "up_to", u"≤"},
    {Qualifier::Range, "range", u"–"},
}};
} // namespace

QString qualifierName(Qualifier q)
{
    for (const auto &info : kQualifiers)
        if (info.value == q)
            return QString::fromLatin1(info.name);
    return {};
}

std::optional<Qualifier> qualifierFromName(const QString &name)
{
    for (const auto &info : kQualifiers)
        if (name == QLatin1String(info.name))
            return info.value;
    return std::nullopt;
}

QString qualifierSymbol(Qualifier q)
{
    for (const auto &info : kQualifiers)
        if (info.value == q)
            return QString::fromUtf16(info.symbol);
    return {};
}

} // namespace claimline
