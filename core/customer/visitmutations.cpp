// visit.register@1, the walk-in registered at the reception kiosk (VisitRegister). Every replica
// records the registration; one that holds the office key opens the sealed visitor and does
// what the desk does for a person standing there (DeskEntry): lead.ingest through the identity
// resolver with a visit touch (so a known phone lands on its one customer), and what they said
// of themselves on the customer's requirement through customer.update@2. The kiosk's own replica
// has no key: it keeps the registration only, never a customer or a phone.
#include "customer/customerupdate.h"
#include "customer/kioskvisitor.h"
#include "customer/visitregister.h"
#include "identity/resolver.h"
#include "mutation/actinguser.h"
#include "mutation/args.h"
#include "mutation/context.h"
#include "mutation/handlers.h"
#include "mutation/registry.h"
#include "security/officekey.h"
#include "security/officesealkey.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace shoulou::customer {

namespace {

// The channel and its weight: the one named (it must exist), else the office's first walk-in
// channel — read at the op's place in the hub's order, so the same on every replica.
Result<std::pair<QString, int>> channelOf(storage::Database &db, const VisitRegister &v, const QString &label)
{
    auto &st = v.channelId.isEmpty()
                   ? db.prepare("SELECT id, default_weight_permille FROM channel WHERE kind = 'walk_in' ORDER BY created_at, id LIMIT 1")
                   : db.prepare("SELECT id, default_weight_permille FROM channel WHERE id = ?1");
    if (!v.channelId.isEmpty())
        st.bind(1, v.channelId);
    std::pair<QString, int> out;
    if (st.step())
        out = {st.text(0), int(st.int64(1))};
    st.reset();
    if (!v.channelId.isEmpty() && out.first.isEmpty())
        return mutation::fieldError(label, QStringLiteral("channel_id"),
                                    QCoreApplication::translate("CustomerMutations", "is not a channel of this office"));
    return out;
}

// What the person said of themselves goes on the customer's requirement, as at the desk.
Result<void> noteRequirement(mutation::Context &ctx, const QString &customerId, const KioskVisitor &visitor)
{
    Requirement told;
    told.gender = visitor.gender;
    told.visitors = visitor.visitors;
    if (told.isEmpty())
        return {};
    const mutation::Handler *update = mutation::Registry::standard().find(QString::fromLatin1(CustomerUpdate::kName), 2);
    if (!update)
        return makeError(QStringLiteral("mutation.unknown"), QStringLiteral("customer.update@2 is not registered"));
    CustomerUpdate u;
    u.customerId = customerId;
    u.requirement =
        Requirement::fromStored(
            QJsonDocument::fromJson(ctx.db().queryText("SELECT requirement FROM customer WHERE id = ?1", customerId).toUtf8()).object())
            .updatedBy(told);
    auto r = (*update)(ctx, u.toJson());
    if (!r)
        return r.error();
    return {};
}

Result<VisitRegister::Outcome> registerVisit(mutation::Context &ctx, const VisitRegister &v)
{
    const QString label = mutation::mutationLabel(VisitRegister::kName, VisitRegister::kVersion);
    auto &db = ctx.db();
    if (!db.queryText("SELECT id FROM kiosk_registration WHERE id = ?1", v.registrationId).isEmpty())
        return mutation::fieldError(label, QStringLiteral("registration_id"),
                                    QCoreApplication::translate("CustomerMutations", "is already registered"));
    auto channel = channelOf(db, v, label);
    if (!channel)
        return channel.error();
    QString customerId;
    if (const security::OfficeKey *key = ctx.officeKey()) {
        auto visitor = KioskVisitor::open(security::OfficeSealKey(*key), v.sealed, label);
        if (!visitor)
            return visitor.error();
        auto lead = visitor->lead(*key, v.registrationId, v.occurredAtMs, label);
        if (!lead)
            return lead.error();
        lead->channelId = channel->first;
        lead->weightPermille = channel->second;
        auto ingested = identity::Resolver(ctx).ingest(*lead);
        if (!ingested)
            return ingested.error();
        customerId = ingested->customerId;
        if (auto r = noteRequirement(ctx, customerId, *visitor); !r)
            return r.error();
    }
    const QString user = mutation::actingUserId(ctx);
    auto &st = db.prepare("INSERT INTO kiosk_registration(id, masked_phone, display_name, visitors, occurred_at, workstation_id, "
                          "registered_by, channel_id, customer_id, op_id, created_at) "
                          "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    st.bind(1, v.registrationId).bind(2, v.maskedPhone).bind(3, v.displayName);
    if (v.visitors > 0)
        st.bind(4, qint64(v.visitors));
    else
        st.bindNull(4);
    st.bind(5, v.occurredAtMs)
        .bind(6, v.workstationId)
        .bindOptional(7, user.isEmpty() ? ctx.userId() : user)
        .bindOptional(8, channel->first)
        .bindOptional(9, customerId)
        .bind(10, ctx.opId())
        .bind(11, ctx.nowMs());
    if (!st.exec())
        return makeError(QStringLiteral("storage.sql"), st.lastError());
    return VisitRegister::Outcome{v.registrationId, customerId};
}

} // namespace

void registerVisitMutations(mutation::Registry &registry)
{
    registry.add<VisitRegister>(VisitRegister::kVersion, registerVisit);
}

} // namespace shoulou::customer
