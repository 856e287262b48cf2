#include "arbiter.h"

#include "hub/hublogging.h"
#include "hub/hubstore.h"
#include "sync/arbitrationrules.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace shoulou::hub {

Arbiter::Arbiter(HubStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

Result<qint64> Arbiter::nowMs()
{
    auto db = m_store.arbitrations().databaseNowMs();
    if (!db)
        return db.error();
    return db->value_or(m_clock.nowMs());
}

QString Arbiter::refusal(const QString &code, const QString &holderName) const
{
    if (code == QLatin1String("CUSTOMER_ALREADY_OWNED"))
        return QCoreApplication::translate("Arbiter", "%1 was first: the customer is already theirs.").arg(holderName);
    if (code == QLatin1String("CUSTOMER_OWNED_BY_OTHER"))
        return QCoreApplication::translate("Arbiter", "The customer belongs to %1; only they, or a site manager, can give it back.")
            .arg(holderName);
    if (code == QLatin1String("CLAIM_EXPIRED"))
        return QCoreApplication::translate("Arbiter", "Too late: the offer had closed before your claim reached the hub.");
    if (code == QLatin1String("CLAIM_NOT_OPEN"))
        return QCoreApplication::translate("Arbiter", "Nothing is on offer here: the hub has not opened it for claims.");
    return QCoreApplication::translate("Arbiter", "%1 was first: it is already theirs.").arg(holderName);
}

Result<Arbiter::Verdict> Arbiter::decide(const QString &officeId, const QString &name, const QByteArray &argsJson, const Claimant &who)
{
    if (!sync::ArbitrationRules::find(name)) // the op never races: its arguments are not even parsed
        return Verdict{};
    const auto request = sync::ArbitrationRules::of(name, QJsonDocument::fromJson(argsJson).object());
    if (!request)
        return Verdict{};
    return decide(officeId, *request, who);
}

Result<Arbiter::Verdict> Arbiter::decide(const QString &officeId, const sync::ArbitrationRequest &request, const Claimant &who)
{
    auto current = m_store.arbitrations().find(officeId, request.key);
    if (!current)
        return current.error();
    auto now = nowMs();
    if (!now)
        return now.error();
    const ArbitrationDecision d = arbitrate(*current, request, who, officeId, *now);
    if (d.write) {
        if (auto p = m_store.arbitrations().put(*d.write); !p)
            return p.error();
    }
    Verdict v;
    v.applied = d.granted;
    v.code = d.code;
    v.trace = d.trace;
    if (d.granted)
        return v;
    QString holderName;
    if (d.holder && !d.holder->holderUserId.isEmpty()) {
        auto user = m_store.userById(officeId, d.holder->holderUserId);
        if (!user)
            return user.error();
        holderName = user->has_value() ? (*user)->displayName : d.holder->holderUserId;
        v.winner = {{QStringLiteral("user_id"), d.holder->holderUserId},
                    {QStringLiteral("name"), holderName},
                    {QStringLiteral("hub_seq"), d.holder->holderHubSeq}};
    }
    v.message = refusal(d.code, holderName);
    // The log names keys and users by id only: no personal data.
    qCInfo(lcHub).noquote() << "arbitration:" << request.key << "refused" << d.code << "-" << d.trace;
    return v;
}

Result<std::optional<ArbitrationRecord>> Arbiter::open(const QString &officeId, const QString &key, qint64 ttlMs)
{
    auto current = m_store.arbitrations().find(officeId, key);
    if (!current)
        return current.error();
    auto now = nowMs();
    if (!now)
        return now.error();
    const auto opened = openForClaims(*current, officeId, key, ttlMs, *now);
    if (opened) {
        if (auto p = m_store.arbitrations().put(*opened); !p)
            return p.error();
    }
    return opened;
}

Result<QList<ArbitrationRecord>> Arbiter::expireOverdue(const QString &officeId)
{
    auto now = nowMs();
    if (!now)
        return now.error();
    auto due = m_store.arbitrations().overdue(officeId, *now);
    if (!due)
        return due.error();
    QList<ArbitrationRecord> expired = std::move(due).value();
    for (ArbitrationRecord &r : expired) {
        r.state = ArbitrationRecord::State::Expired;
        r.changedAt = *now;
        if (auto p = m_store.arbitrations().put(r); !p)
            return p.error();
    }
    return expired;
}

} // namespace shoulou::hub
