#pragma once

#include <QString>

#include <optional>
#include <span>

namespace shoulou::settings {

// What a setting counts: it decides how a value is shown and described.
enum class Unit { Minutes, Seconds, Days, Count };

// One rule setting: its key, default, the range a value must fall in, and what it means.
// Every value is a whole number for now; the type column of docs/settings.md says so.
struct SettingKey final {
    const char *key; // "dispatch.idle_minutes"
    qint64 defaultValue;
    qint64 min;
    qint64 max;
    Unit unit;
    const char *description; // QT_TRANSLATE_NOOP("Settings", "…")
};

// THE table of rule settings (DESIGN.md §5: "all thresholds are settings per project"). A
// setting has a value for the whole office and may have another per project; the rules read
// the project's, else the office's, else the default (ProjectSettings). docs/settings.md is
// generated from this table and tst_settings checks both, like docs/roles.md.
class SettingKeys final {
public:
    static std::span<const SettingKey> all();
    static const SettingKey *find(const QString &key);
    // Why `value` is not acceptable for `key` (translated, naming the key), or nothing.
    static std::optional<QString> refusal(const SettingKey &key, qint64 value);
    // "minutes", "seconds", … (translated); empty for a count.
    static QString unitLabel(Unit unit);
    static QString unitCode(Unit unit);
    // The table as Markdown (English): what docs/settings.md holds between its markers.
    static QString markdown();
};

} // namespace shoulou::settings
