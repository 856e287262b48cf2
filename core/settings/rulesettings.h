#pragma once

#include <QtGlobal>

#include <functional>

namespace shoulou::settings {

// The rule settings of one project as the pure rules read them (core/dispatch): a plain value,
// so a snapshot holds it and a test writes it. Defaults and ranges are SettingKeys'.
struct RuleSettings final {
    int idleMinutes = 30;
    int dailyCap = 20;
    int queueToManagerMinutes = 10;
    int grabSeconds = 15;
    int grabRounds = 2;
    int grabWinCap = 10;
    int firstResponseMinutes = 5;
    int visitProtectionDays = 30;
    int dealProtectionDays = 90;
    int followUpOverdueDays = 15;
    int noSubscriptionDays = 60;
    int maxHolding = 300;
    int dailyClaims = 5;

    // Each field from `valueOf(key)` ("dispatch.idle_minutes" …).
    static RuleSettings from(const std::function<qint64(const char *key)> &valueOf);
    // Every field at its default (SettingKeys' defaults; tst_settings checks they agree).
    static RuleSettings defaults();
    friend bool operator==(const RuleSettings &, const RuleSettings &) = default;
};

} // namespace shoulou::settings
