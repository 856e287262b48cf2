#include "holiday.h"

#include <QStringList>

namespace shoulou::dispatch {

namespace {

struct Name {
    Holiday holiday;
    const char16_t *name;
};

constexpr Name kNames[] = {
    {Holiday::NewYear, u"元旦"},       {Holiday::SpringFestival, u"春节"}, {Holiday::Qingming, u"清明节"},
    {Holiday::LabourDay, u"劳动节"},   {Holiday::DragonBoat, u"端午节"},   {Holiday::MidAutumn, u"中秋节"},
    {Holiday::NationalDay, u"国庆节"},
};

} // namespace

QString officialName(Holiday holiday)
{
    for (const Name &n : kNames)
        if (n.holiday == holiday)
            return QString::fromUtf16(n.name);
    return {};
}

std::optional<Holiday> holidayByOfficialName(const QString &name)
{
    for (const Name &n : kNames)
        if (name == QString::fromUtf16(n.name))
            return n.holiday;
    return std::nullopt;
}

QString officialNames()
{
    QStringList all;
    for (const Name &n : kNames)
        all << QString::fromUtf16(n.name);
    return all.join(QStringLiteral(", "));
}

} // namespace shoulou::dispatch
