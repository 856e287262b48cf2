#include "rulesettings.h"

#include "settings/settingkeys.h"

namespace shoulou::settings {

RuleSettings RuleSettings::from(const std::function<qint64(const char *key)> &valueOf)
{
    const auto get = [&](const char *key) { return int(valueOf(key)); };
    RuleSettings r;
    r.idleMinutes = get("dispatch.idle_minutes");
    r.dailyCap = get("dispatch.daily_cap");
    r.queueToManagerMinutes = get("dispatch.queue_to_manager_minutes");
    r.grabSeconds = get("dispatch.grab_seconds");
    r.grabRounds = get("dispatch.grab_rounds");
    r.grabWinCap = get("dispatch.grab_win_cap");
    r.firstResponseMinutes = get("dispatch.first_response_minutes");
    r.visitProtectionDays = get("protection.visit_days");
    r.dealProtectionDays = get("protection.deal_days");
    r.followUpOverdueDays = get("pool.followup_overdue_days");
    r.noSubscriptionDays = get("pool.no_subscription_days");
    r.maxHolding = get("pool.max_holding");
    r.dailyClaims = get("pool.daily_claims");
    return r;
}

RuleSettings RuleSettings::defaults()
{
    return from([](const char *key) {
        const SettingKey *k = SettingKeys::find(QLatin1String(key));
        Q_ASSERT(k);
        return k ? k->defaultValue : 0;
    });
}

} // namespace shoulou::settings
