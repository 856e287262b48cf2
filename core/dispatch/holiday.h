#pragma once

#include "util/codetable.h"

#include <QString>

#include <optional>

namespace shoulou::dispatch {

// The public holidays of the State Council's yearly notice (全国年节及纪念日放假办法).
enum class Holiday { NewYear, SpringFestival, Qingming, LabourDay, DragonBoat, MidAutumn, NationalDay };

// The holiday's official name as the notice writes it ("春节"): what calendar files use and what
// `shoulou-cli calendar` prints — a name, not a translation, so it is the same in every locale.
QString officialName(Holiday holiday);
std::optional<Holiday> holidayByOfficialName(const QString &name);
// "元旦, 春节, …" for an error message.
QString officialNames();

} // namespace shoulou::dispatch

namespace shoulou {
template <>
struct CodeTable<dispatch::Holiday> {
    static constexpr const char *kContext = "Holiday";
    static constexpr CodeEntry<dispatch::Holiday> kEntries[] = {
        {dispatch::Holiday::NewYear, "new_year", QT_TRANSLATE_NOOP("Holiday", "New Year's Day")},
        {dispatch::Holiday::SpringFestival, "spring_festival", QT_TRANSLATE_NOOP("Holiday", "Spring Festival")},
        {dispatch::Holiday::Qingming, "qingming", QT_TRANSLATE_NOOP("Holiday", "Qingming Festival")},
        {dispatch::Holiday::LabourDay, "labour_day", QT_TRANSLATE_NOOP("Holiday", "Labour Day")},
        {dispatch::Holiday::DragonBoat, "dragon_boat", QT_TRANSLATE_NOOP("Holiday", "Dragon Boat Festival")},
        {dispatch::Holiday::MidAutumn, "mid_autumn", QT_TRANSLATE_NOOP("Holiday", "Mid-Autumn Festival")},
        {dispatch::Holiday::NationalDay, "national_day", QT_TRANSLATE_NOOP("Holiday", "National Day")},
    };
};
} // namespace shoulou
