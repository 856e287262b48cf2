#include "io/leadfield.h"

#include <array>
#include <utility>

namespace shoulou::io {

namespace {

// Keys are part of the mapping-file format: never rename one.
constexpr std::array<std::pair<LeadField, const char *>, 14> kKeys{{
    {LeadField::Ignore, "ignore"},
    {LeadField::Name, "name"},
    {LeadField::Phone, "phone"},
    {LeadField::ResidentId, "resident_id"},
    {LeadField::Channel, "channel"},
    {LeadField::Time, "time"},
    {LeadField::Remark, "remark"},
    {LeadField::PlatformId, "platform_id"},
    {LeadField::Gender, "gender"},
    {LeadField::Budget, "budget"},
    {LeadField::Layout, "layout"},
    {LeadField::Area, "area"},
    {LeadField::Building, "building"},
    {LeadField::Owner, "owner"},
}};

} // namespace

QString leadFieldKey(LeadField field)
{
    for (const auto &[f, key] : kKeys) {
        if (f == field)
            return QLatin1String(key);
    }
    return {};
}

bool leadFieldFromKey(const QString &key, LeadField *out)
{
    const QString wanted = key.trimmed();
    for (const auto &[f, k] : kKeys) {
        if (wanted.compare(QLatin1String(k), Qt::CaseInsensitive) == 0) {
            if (out)
                *out = f;
            return true;
        }
    }
    return false;
}

} // namespace shoulou::io
