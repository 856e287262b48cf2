#pragma once

#include <QString>

namespace shoulou::io {

// The lead fields an import column can feed.
enum class LeadField { Ignore, Name, Phone, ResidentId, Channel, Time, Remark, PlatformId };

QString leadFieldKey(LeadField field); // "name", "phone", "resident_id", …
bool leadFieldFromKey(const QString &key, LeadField *out);

} // namespace shoulou::io
