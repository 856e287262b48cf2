#pragma once

#include "identity/ingestoutcome.h"
#include "util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace shoulou::security {
class OfficeKey;
}

namespace shoulou::identity {

struct ResidentId;

struct LeadPhone final {
    QString matchKey, e164, extension, kind, digits, raw;
    friend bool operator==(const LeadPhone &, const LeadPhone &) = default;
};

// A resident id as it may travel and be stored: sealed plus a blind index, never in clear.
struct LeadResidentId final {
    QByteArray blindIndex, sealed;
    QString masked;
    bool legacy15 = false;
    bool needsReview = false;
    friend bool operator==(const LeadResidentId &, const LeadResidentId &) = default;
};

// The blind index of a canonical 18-character resident id (for lookups), and the sealed form
// of one (for storage): the only places the "rid" index domain is spelled.
QByteArray residentIdIndex(const security::OfficeKey &key, const QString &number);
LeadResidentId sealResidentId(const security::OfficeKey &key, const ResidentId &id);

struct LeadDevice final {
    QString platform, matchKey;
    friend bool operator==(const LeadDevice &, const LeadDevice &) = default;
};

// One lead after normalisation: the arguments of lead.ingest@1. Everything personal that
// must not be stored in clear is already sealed here, so the outbox row is safe too.
struct LeadInput final {
    static constexpr const char *kName = "lead.ingest";
    static constexpr int kVersion = 1;
    using Outcome = IngestOutcome;

    QString name, nameKey, pinyin, initials;
    QList<LeadPhone> phones;
    std::optional<LeadResidentId> residentId;
    QList<LeadDevice> devices;
    QString channelId;
    int weightPermille = 0;
    QString touchKind = QStringLiteral("lead");
    qint64 receivedAt = 0;
    QString remark;
    QString source;
    QByteArray dedupKey;
    QByteArray rawSealed;

    // Seniority of this lead: earlier time first, then the dedup key — a total order that
    // does not depend on the order rows arrive in.
    QString rank() const;
    bool hasHardKey() const { return !phones.isEmpty() || residentId || !devices.isEmpty(); }

    QByteArray toJson() const; // the outbox form, written directly
    // toJson() is {"channel_id":…,<body>,"weight":…}. The body does not depend on the channel,
    // so the importer's reader thread writes it and the writer thread only frames it.
    QByteArray jsonBody() const;
    static QByteArray frameJson(const QString &channelId, int weightPermille, const QByteArray &body);
    QJsonObject toArgs() const; // the same, as an object
    // The outbox form read back, strictly: a field of the wrong type is refused naming it
    // (code mutation.args), a lead without dedup key, payload or time is "lead.args", one
    // without a phone, resident id or platform id "lead.no_identity".
    static Result<LeadInput> fromJson(const QJsonObject &json, int version = kVersion);
    friend bool operator==(const LeadInput &, const LeadInput &) = default;
};

QString seniorityRank(qint64 at, const QString &key);

} // namespace shoulou::identity
