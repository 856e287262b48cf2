#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <optional>

// The rows a HubStore keeps (SYNC.md §2.4, as far as issue #11 needs them). Plain values: the
// store reads and writes them, HubService decides.
namespace shoulou::hub {

// The hub's identity. `epoch` changes whenever the database is restored from a backup, so
// workstations notice and re-bootstrap (SYNC.md §2.15).
struct HubMeta final {
    QString hubId;
    QString epoch;
    QByteArray publicKey; // X25519: offices' keys are sealed to it
};

struct OfficeRecord final {
    QString id;
    QString code; // "SZ-7K3Q": what a person types when enrolling a desk
    QString name;
    qint64 nextHubSeq = 1;
    QByteArray keySealedForHub; // empty until the first desk sends it
    // While a standalone office's history is being pushed into this (empty) office: the
    // workstation bringing it, and its last client_seq (unset: its first push).
    QString historyWorkstationId;
    std::optional<qint64> historyThrough;
    qint64 createdAt = 0;

    bool hasLog() const { return nextHubSeq > 1; }
};

struct UserRecord final {
    qint64 key = 0; // the hub's own row id; sessions point at it
    QString officeId;
    QString id; // app_user.id on every replica (provisional while pending)
    QString login;
    QString displayName;
    QString role;     // kiosk | consultant | manager | channel | admin
    QString verifier; // crypto_pwhash_str (argon2id); empty = no password set
    bool active = true;
    // Set while the user was added at the hub before the office had a log: the op_id its
    // user.create will be appended under (so `id`, derived from it, is known in advance).
    QString pendingOpId;
    qint64 createdAt = 0;

    bool pending() const { return !pendingOpId.isEmpty(); }
};

struct WorkstationRecord final {
    QString id;
    QString officeId;
    qint64 enrolledBy = 0; // UserRecord::key
    QByteArray publicKey;  // X25519, for the sealed office key
    QString kind;          // kiosk | desk
    QString scope;         // kiosk | office: what its replica may hold
    bool revoked = false;
    qint64 lastAckedClientSeq = 0;
    qint64 lastPulledHubSeq = 0;
    bool history = false; // enrolled bringing a standalone office's history
    std::optional<qint64> historyThrough;
    int protocolVersion = 0;
    qint64 enrolledAt = 0;
    qint64 lastSeenAt = 0;
};

struct SessionRecord final {
    QByteArray tokenHash; // BLAKE2b of the token: a stolen database holds no usable token
    QString workstationId;
    qint64 userKey = 0;
    qint64 createdAt = 0;
    qint64 expiresAt = 0;
};

// One received mutation with its stored outcome. hub_seq is 0 for a rejected op: it never
// enters the office's order, which therefore has no gaps.
struct LogEntry final {
    QString officeId;
    qint64 hubSeq = 0;
    QString opId;
    QString workstationId;
    qint64 clientSeq = 0;
    QString userId; // empty: the local administrator of a standalone office (history only)
    QString name;
    int version = 0;
    QByteArray args; // compact JSON object
    qint64 hlc = 0;
    qint64 createdAt = 0;
    QByteArray result; // compact JSON object (the pushing desk's outcome)
    QString status;    // applied | rejected
    QString errorCode;
    QString errorMessage;
    qint64 committedAt = 0;

    bool applied() const { return status == QLatin1String("applied"); }
};

// Which ops a pull hands out: everything of the office, or (a kiosk) the roster, office
// set-up, channels and projects plus the workstation's own ops.
struct PullScope final {
    bool kiosk = false;
    QString workstationId;
};

} // namespace shoulou::hub

namespace shoulou::hub {

// Who sent a frame carrying a valid session token.
struct Caller final {
    SessionRecord session;
    WorkstationRecord workstation;
    UserRecord user;
    OfficeRecord office;
};

} // namespace shoulou::hub
