#include "profilewriter.h"

#include "customer/customerupdate.h"
#include "io/leadnormalizer.h"
#include "mutation/applier.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace shoulou::io {

ProfileWriter::ProfileWriter(mutation::Applier &applier)
    : m_applier(applier)
{}

QString ProfileWriter::apply(const RowProfile &profile, const QString &customerId)
{
    storage::Database &db = m_applier.database();
    QStringList warnings;
    customer::CustomerUpdate update;
    update.customerId = customerId;
    // What the office already noted about a known customer stays; the file fills in the rest
    // (an old export must not overwrite what a consultant has typed since).
    auto &st = db.prepare("SELECT coalesce(requirement, ''), coalesce(owner_id, '') FROM customer WHERE id = ?1");
    st.bind(1, customerId);
    QString requirementJson, ownerId;
    if (st.step()) {
        requirementJson = st.text(0);
        ownerId = st.text(1);
    }
    st.reset();
    const customer::Requirement before = customer::Requirement::fromStored(QJsonDocument::fromJson(requirementJson.toUtf8()).object());
    customer::Requirement requirement = before;
    if (!profile.gender.isEmpty() && requirement.gender.isEmpty())
        requirement.gender = profile.gender;
    if (profile.budgetFen >= 0 && !requirement.budgetFen) {
        requirement.budgetFen = profile.budgetFen;
        if (profile.budgetMaxFen >= 0)
            requirement.other.insert(QStringLiteral("budget_max_fen"), double(profile.budgetMaxFen));
    }
    if (profile.areaM2 > 0 && !requirement.areaM2) {
        requirement.areaM2 = profile.areaM2;
        if (profile.areaMaxM2 > 0)
            requirement.other.insert(QStringLiteral("area_max_m2"), profile.areaMaxM2);
    }
    if (!profile.layout.isEmpty() && requirement.layout.isEmpty())
        requirement.layout = profile.layout;
    if (!profile.building.isEmpty() && requirement.building.isEmpty())
        requirement.building = profile.building;
    if (!(requirement == before))
        update.requirement = requirement;

    if (!profile.ownerName.isEmpty()) {
        if (!m_usersByName) {
            m_usersByName.emplace();
            auto &users = db.prepare("SELECT id, display_name FROM app_user WHERE active = 1");
            while (users.step())
                (*m_usersByName)[users.text(1).trimmed()].append(users.text(0));
            users.reset();
        }
        const QStringList ids = m_usersByName->value(profile.ownerName);
        if (ids.size() != 1) {
            warnings << QCoreApplication::translate("LeadNormalizer", "%1: %2")
                            .arg(profile.ownerCol, ids.isEmpty()
                                                       ? QCoreApplication::translate("Importer", "no consultant of this office is "
                                                                                                 "called \"%1\"; no owner set")
                                                             .arg(profile.ownerName)
                                                       : QCoreApplication::translate("Importer",
                                                                                     "%n consultants are called "
                                                                                     "\"%1\"; no owner set",
                                                                                     nullptr, int(ids.size()))
                                                             .arg(profile.ownerName));
        } else if (ownerId.isEmpty()) {
            // Assigning customers is a manager's: a channel specialist's import leaves the owner
            // (asked once per run; the answer does not depend on the row).
            if (!m_ownerRefusal)
                m_ownerRefusal = [&] {
                    auto r = m_applier.authorize(QString::fromLatin1(customer::CustomerUpdate::kName),
                                                 {{QStringLiteral("customer_id"), customerId}, {QStringLiteral("owner_id"), ids.first()}});
                    return r ? QString() : r.error().message;
                }();
            if (m_ownerRefusal->isEmpty())
                update.ownerId = ids.first();
            else
                warnings << QCoreApplication::translate("LeadNormalizer", "%1: %2")
                                .arg(profile.ownerCol, QCoreApplication::translate("Importer", "%1 No owner set.").arg(*m_ownerRefusal));
        } else if (ownerId != ids.first()) {
            warnings << QCoreApplication::translate("LeadNormalizer", "%1: %2")
                            .arg(profile.ownerCol, QCoreApplication::translate("Importer", "the customer already belongs to another "
                                                                                           "consultant; the owner is not changed"));
        }
    }
    if (!update.isEmpty()) {
        if (auto updated = m_applier.applyInBatch(update); !updated)
            warnings << QCoreApplication::translate("Importer", "the profile columns were not saved: %1").arg(updated.error().message);
    }
    return joinProblems(warnings);
}

} // namespace shoulou::io
