#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace shoulou::mutation {
class Applier;
}

namespace shoulou::io {

struct RowProfile;

// The profile columns of an imported row (性别, 预算, 户型, 面积, 意向楼栋, 归属顾问) onto its
// customer, by customer.update@2 in the importer's open batch. What the office already noted
// about a known customer stays; the file only fills in what is missing.
class ProfileWriter final {
public:
    explicit ProfileWriter(mutation::Applier &applier);

    // What could not be applied comes back as a warning ("" if none).
    QString apply(const RowProfile &profile, const QString &customerId);

private:
    mutation::Applier &m_applier;
    // Active users by display name (归属顾问 is matched by name), loaded when a row first
    // needs it.
    std::optional<QHash<QString, QStringList>> m_usersByName;
    // Why the acting user may not set a customer's owner ("" = they may), asked once per run.
    std::optional<QString> m_ownerRefusal;
};

} // namespace shoulou::io
