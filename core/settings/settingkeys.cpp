#include "settingkeys.h"

#include <QCoreApplication>

namespace shoulou::settings {

namespace {

// Defaults from DESIGN.md §5 and issue #12; ranges wide enough for any office, narrow enough
// to catch a typo (an idle threshold of 3000 minutes is a mistake, not a policy).
const SettingKey kKeys[] = {
    {"dispatch.idle_minutes", 30, 1, 480, Unit::Minutes,
     QT_TRANSLATE_NOOP("Settings", "An on-duty consultant counts as idle (and gets the next online lead on a working day) when "
                                   "their last follow-up and their last lead are longer ago than this.")},
    {"dispatch.daily_cap", 20, 1, 500, Unit::Count,
     QT_TRANSLATE_NOOP("Settings", "The most online leads a consultant gets by idle dispatch in one day.")},
    {"dispatch.queue_to_manager_minutes", 10, 1, 240, Unit::Minutes,
     QT_TRANSLATE_NOOP("Settings", "When nobody is idle, a lead waits for the next idle consultant this long, then goes to the "
                                   "site manager.")},
    {"dispatch.grab_seconds", 15, 5, 300, Unit::Seconds,
     QT_TRANSLATE_NOOP("Settings", "How long a grab-pool offer stays open (weekends and public holidays).")},
    {"dispatch.grab_rounds", 2, 1, 10, Unit::Count,
     QT_TRANSLATE_NOOP("Settings", "How many grab-pool rounds a lead is offered in before it falls back to idle dispatch, "
                                   "then to the site manager.")},
    {"dispatch.grab_win_cap", 10, 1, 500, Unit::Count,
     QT_TRANSLATE_NOOP("Settings", "The most grab-pool offers a consultant may win in one day; who has reached it is not "
                                   "offered more.")},
    {"dispatch.first_response_minutes", 5, 1, 120, Unit::Minutes,
     QT_TRANSLATE_NOOP("Settings", "A lead must be first contacted (call, WeChat, visit) this soon after it reaches the "
                                   "office; later is a breach.")},
    {"protection.visit_days", 30, 1, 365, Unit::Days,
     QT_TRANSLATE_NOOP("Settings", "Visit protection: a consultant keeps a customer this long after the customer's last "
                                   "visit (or after getting the customer, before any visit).")},
    {"protection.deal_days", 90, 1, 730, Unit::Days,
     QT_TRANSLATE_NOOP("Settings", "Deal protection: a subscribed customer stays with the consultant this long for the "
                                   "contract to be signed.")},
    {"pool.followup_overdue_days", 15, 1, 365, Unit::Days,
     QT_TRANSLATE_NOOP("Settings", "A customer not followed up for this long goes back to the public pool.")},
    {"pool.no_subscription_days", 60, 1, 730, Unit::Days,
     QT_TRANSLATE_NOOP("Settings", "A customer who has not subscribed this long after the consultant got them goes back to "
                                   "the public pool.")},
    {"pool.max_holding", 300, 1, 100000, Unit::Count,
     QT_TRANSLATE_NOOP("Settings", "The most customers a consultant may hold; beyond it they cannot claim from the public pool.")},
    {"pool.daily_claims", 5, 1, 1000, Unit::Count,
     QT_TRANSLATE_NOOP("Settings", "The most customers a consultant may claim from the public pool in one day.")},
};

} // namespace

std::span<const SettingKey> SettingKeys::all()
{
    return kKeys;
}

const SettingKey *SettingKeys::find(const QString &key)
{
    for (const SettingKey &k : kKeys)
        if (key == QLatin1String(k.key))
            return &k;
    return nullptr;
}

std::optional<QString> SettingKeys::refusal(const SettingKey &key, qint64 value)
{
    if (value >= key.min && value <= key.max)
        return std::nullopt;
    if (key.unit == Unit::Count)
        return QCoreApplication::translate("Settings", "for %1 must be from %2 to %3, not %4")
            .arg(QLatin1String(key.key))
            .arg(key.min)
            .arg(key.max)
            .arg(value);
    return QCoreApplication::translate("Settings", "for %1 must be from %2 to %3 %4, not %5")
        .arg(QLatin1String(key.key))
        .arg(key.min)
        .arg(key.max)
        .arg(unitLabel(key.unit))
        .arg(value);
}

QString SettingKeys::unitLabel(Unit unit)
{
    switch (unit) {
    case Unit::Minutes:
        return QCoreApplication::translate("Settings", "minutes");
    case Unit::Seconds:
        return QCoreApplication::translate("Settings", "seconds");
    case Unit::Days:
        return QCoreApplication::translate("Settings", "days");
    case Unit::Count:
        break;
    }
    return {}; // a count needs no unit
}

QString SettingKeys::unitCode(Unit unit)
{
    switch (unit) {
    case Unit::Minutes:
        return QStringLiteral("minutes");
    case Unit::Seconds:
        return QStringLiteral("seconds");
    case Unit::Days:
        return QStringLiteral("days");
    case Unit::Count:
        break;
    }
    return QStringLiteral("count");
}

QString SettingKeys::markdown()
{
    QString out = QStringLiteral("| Key | Type | Default | Range | What it means |\n|---|---|---|---|---|\n");
    for (const SettingKey &k : kKeys)
        out += QStringLiteral("| `%1` | integer (%2) | %3 | %4–%5 | %6 |\n")
                   .arg(QLatin1String(k.key), unitCode(k.unit))
                   .arg(k.defaultValue)
                   .arg(k.min)
                   .arg(k.max)
                   .arg(QLatin1String(k.description));
    return out;
}

} // namespace shoulou::settings
