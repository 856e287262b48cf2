#pragma once

#include <QString>

namespace shoulou::io {

// The lead fields an import column can feed. The last six are the customer's profile (an
// office migrating from Excel keeps them): they reach the customer through customer.update.
enum class LeadField { Ignore, Name, Phone, ResidentId, Channel, Time, Remark, PlatformId, Gender, Budget, Layout, Area, Building, Owner };

QString leadFieldKey(LeadField field); // "name", "phone", "resident_id", …
bool leadFieldFromKey(const QString &key, LeadField *out);

} // namespace shoulou::io
