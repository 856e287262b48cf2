#include "resolver.h"

#include "identity/customerstore.h"
#include "identity/customerwrites.h"
#include "identity/merger.h"
#include "mutation/context.h"
#include "storage/database.h"

#include <algorithm>

namespace shoulou::identity {

namespace {

struct Match {
    QString root;
    QString rank;
    QString nameKey; // the customer's name as it matches ("" when it has none)
};

bool disjointNonEmpty(const QList<QByteArray> &a, const QList<QByteArray> &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    return std::none_of(a.begin(), a.end(), [&](const QByteArray &x) { return b.contains(x); });
}

} // namespace

Result<IngestOutcome> Resolver::ingest(const LeadInput &lead, bool knownNew)
{
    IngestOutcome out;
    CustomerStore store(m_ctx.db());
    CustomerWrites writes(m_ctx);

    // Re-importing the same row is a no-op that points at the customer it went to.
    if (const QString seen = knownNew ? QString() : store.customerOfLead(lead.dedupKey); !seen.isEmpty()) {
        out.customerId = seen;
        out.status = IngestStatus::Duplicate;
        return out;
    }

    // 1. Which live customers do the lead's hard keys point at?
    QStringList matchedBy;
    QList<Match> roots;
    auto note = [&](const QString &root, const char *how) {
        if (root.isEmpty())
            return;
        if (!matchedBy.contains(QLatin1String(how)))
            matchedBy.append(QLatin1String(how));
        if (std::none_of(roots.begin(), roots.end(), [&](const Match &m) { return m.root == root; }))
            roots.append({root, store.rankOf(root), m_ctx.db().queryText("SELECT name_key FROM customer WHERE id = ?1", root)});
    };
    // Which keys already have an owner: keys never move, so this holds for the whole ingest.
    QList<bool> phoneOwned, deviceOwned;
    for (const auto &p : lead.phones) {
        const QString root = store.rootOfPhone(p.matchKey);
        phoneOwned.append(!root.isEmpty());
        note(root, "phone");
    }
    QString ridRoot;
    if (lead.residentId) {
        ridRoot = store.rootOfResidentId(lead.residentId->blindIndex);
        note(ridRoot, "resident_id");
    }
    for (const auto &d : lead.devices) {
        const QString root = store.rootOfDevice(d.matchKey);
        deviceOwned.append(!root.isEmpty());
        note(root, "device");
    }
    std::sort(roots.begin(), roots.end(), [](const Match &a, const Match &b) { return a.rank < b.rank; });

    // 2. Merge what may be merged, senior first; set aside contradictions for a person.
    struct Review {
        QString kind, other;
    };
    QList<Review> reviews;
    QString target;
    QList<const Match *> joined; // the customers this lead ends up as one with
    for (const Match &m : roots) {
        if (lead.residentId && m.root != ridRoot) {
            const auto ids = store.residentIdsOfTree(m.root);
            if (!ids.isEmpty() && !ids.contains(lead.residentId->blindIndex)) {
                reviews.append({QStringLiteral("resident_id_conflict"), m.root});
                continue;
            }
        }
        if (target.isEmpty()) {
            target = m.root;
            joined.append(&m);
            continue;
        }
        if (disjointNonEmpty(store.residentIdsOfTree(target), store.residentIdsOfTree(m.root))) {
            reviews.append({QStringLiteral("resident_id_conflict"), m.root});
            continue;
        }
        if (store.separated(target, m.root)) {
            reviews.append({QStringLiteral("separated_conflict"), m.root});
            continue;
        }
        const QString reason = (lead.residentId && m.root == ridRoot)       ? QStringLiteral("resident_id")
                               : matchedBy.contains(QLatin1String("phone")) ? QStringLiteral("phone")
                                                                            : QStringLiteral("device");
        auto survivor = Merger(m_ctx, store).merge(target, m.root, reason);
        if (!survivor)
            return survivor.error();
        out.merged.append(target == *survivor ? m.root : target);
        target = *survivor;
        joined.append(&m);
    }
    // A hard key joins records whatever their names say; where the names differ (李强 by
    // 宋文's phone) the merge stands, and a person is asked to look (name_conflict). The
    // lead's own name is what the others are compared with, else the first customer's.
    QString nameReason;
    if (!joined.isEmpty()) {
        const QString reference = !lead.nameKey.isEmpty() ? lead.nameKey : joined.first()->nameKey;
        for (const Match *m : joined) {
            if (!m->nameKey.isEmpty() && !reference.isEmpty() && m->nameKey != reference)
                reviews.append({QStringLiteral("name_conflict"), m->root});
        }
        nameReason = matchedBy.join(QLatin1Char('/'));
    }

    // 3. Attach to the surviving customer, or create one.
    const bool created = target.isEmpty();
    if (created) {
        target = m_ctx.newId();
        if (auto r = writes.insertCustomer(target, lead); !r)
            return r.error();
    } else if (auto r = writes.absorbSeniority(target, lead); !r) {
        return r.error();
    }

    // 4. Keys nobody owns yet belong to this customer; owned keys stay where they are.
    int reviewCount = 0;
    for (qsizetype i = 0; i < lead.phones.size(); ++i) {
        const LeadPhone &p = lead.phones[i];
        if (phoneOwned[i])
            continue;
        for (const QString &other : store.softMatches(target, p, lead.nameKey))
            reviews.append({QStringLiteral("soft_match"), other});
        if (auto r = writes.addPhone(target, p, lead.nameKey); !r)
            return r.error();
    }
    if (lead.residentId && ridRoot.isEmpty())
        if (auto r = writes.addResidentId(target, *lead.residentId); !r)
            return r.error();
    for (qsizetype i = 0; i < lead.devices.size(); ++i)
        if (!deviceOwned[i])
            if (auto r = writes.addDevice(target, lead.devices[i]); !r)
                return r.error();

    const QString leadId = m_ctx.newId();
    if (auto r = writes.insertLeadTouch(leadId, target, lead); !r)
        return r.error();

    for (const Review &rv : reviews) {
        // A name conflict may be about one customer: the lead joined it (customer_b = customer_a).
        const bool nameConflict = rv.kind == QLatin1String("name_conflict");
        if (rv.other == target && !nameConflict)
            continue;
        const QString detail = rv.kind == QLatin1String("soft_match")             ? QStringLiteral("same name, phone one digit apart")
                               : rv.kind == QLatin1String("resident_id_conflict") ? QStringLiteral("shared key but different resident ids")
                               : nameConflict ? QStringLiteral("merged by %1 although the names differ").arg(nameReason)
                                              : QStringLiteral("shared key between customers kept separate");
        if (auto r = writes.addReview(m_ctx.newId(), rv.kind, target, rv.other, detail); !r)
            return r.error();
        ++reviewCount;
    }

    out.customerId = target;
    out.leadId = leadId;
    out.status = created ? IngestStatus::Created : IngestStatus::Merged;
    out.matchedBy = matchedBy;
    out.reviews = reviewCount;
    return out;
}

} // namespace shoulou::identity
