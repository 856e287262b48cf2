#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>
#include <span>

namespace shoulou::sync {

// Class A of SYNC.md §2.1: decisions several workstations race for (a customer's owner, a grab
// -pool offer, a unit's hold) are arbitrated by the hub, first committed in hub_seq order wins.
// The hub runs no handlers, so which mutations race, and for which key, is judged here on the
// mutation's arguments alone — like auth::Permissions, one table the desk and the hub share.
enum class ArbitrationKind {
    Take,    // first to commit holds the key until released (or its hold lapses)
    Claim,   // the key must have been opened by the hub; first claim before its deadline wins
    Release, // the holder (or a manager) frees the key
    Assign,  // a manager gives the key to someone (or to nobody): no race, the hub records it
};

// What one op asks the arbiter for.
struct ArbitrationRequest final {
    ArbitrationKind kind = ArbitrationKind::Take;
    QString key;       // "customer:<id>" — one namespace per rule, so keys never collide
    QString assignTo;  // Assign: the user id the key goes to ("" = nobody)
    qint64 holdMs = 0; // Take: the hold lapses after this long on the hub's clock (0 = never)
    QString takenCode; // the refusal's code when someone else holds the key
    friend bool operator==(const ArbitrationRequest &, const ArbitrationRequest &) = default;
};

struct ArbitrationRule final {
    const char *name; // the mutation ("customer.claim"), any version
    ArbitrationKind kind;
    const char *keyPrefix; // "customer:"
    const char *keyField;  // the argument naming the contested thing ("customer_id")
    const char *takenCode; // "CUSTOMER_ALREADY_OWNED"
    // Only when this argument is present does the op race (customer.update races only when it
    // sets owner_id); nullptr = always.
    const char *onlyWith = nullptr;
    const char *assignField = nullptr; // Assign: the argument holding the new holder
};

class ArbitrationRules final {
public:
    static std::span<const ArbitrationRule> rules();
    // The rule of a mutation name, or nullptr (most ops never race: one look, no JSON parsed).
    static const ArbitrationRule *find(const QString &name);
    // The request an op makes, or none (most ops are class B/C and never race).
    static std::optional<ArbitrationRequest> of(const QString &name, const QJsonObject &args);
    // True when the mutation may race at all (the desk asks for a connection before sending it).
    static bool arbitrated(const QString &name);
};

} // namespace shoulou::sync
