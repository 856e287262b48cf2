#pragma once

#include "customer/requirement.h"
#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace shoulou::storage {
class Database;
}

namespace shoulou::customer {

// Everything about one customer as the desk shows it: profile, masked identifiers, channels
// with their contribution weights and first touch, touches, follow-ups and merge history.
// An id that was merged away resolves to its live customer (redirectedFrom). Times are epoch
// ms (0 = none); toJson() is the CLI's form, with office-time (OfficeTime) ISO strings for
// people and "*_ms" twins. Channels are listed in the order they first reached the customer.
struct CustomerDetail final {
    struct ResidentId {
        QString masked;
        bool legacy15 = false;
        bool needsReview = false;
    };
    struct Touch {
        qint64 atMs = 0;
        QString kind; // TouchKind code
        QString channel;
        int weightPermille = 0;
        QString note;
        QString record; // the record (customer id) the touch came with
    };
    struct Channel {
        QString channel;  // name; "" for touches without a channel
        double share = 0; // of all touches' weight, 0…1
        int touches = 0;
        qint64 firstAtMs = 0;
    };
    struct FollowUp {
        QString id;
        qint64 atMs = 0;
        QString kind; // FollowUpKind code
        QString note;
        qint64 nextAtMs = 0;
        QString by; // the consultant's name
    };
    struct Merge {
        QString survivorId, survivorName;
        QString mergedId, mergedName;
        QString reason; // MergeReason code
        qint64 mergedAtMs = 0;
        qint64 unmergedAtMs = 0;
        QString mergedBy, unmergedBy; // names of who did it ("" when unknown or automatic)
    };

    QString customerId;
    QString redirectedFrom; // the id asked for, when it was merged into customerId
    QString name;
    QString grade;          // Grade code, "" when not graded
    QString status;         // CustomerStatus code
    QString owner, ownerId; // "" when nobody owns the customer
    Requirement requirement;
    QStringList tags;
    qint64 lastFollowUpAtMs = 0, nextFollowUpAtMs = 0, createdAtMs = 0;
    // When the profile row last changed (the changing op's own time, also for one pulled from
    // the hub): the detail dialog says it next to a value another desk changed.
    qint64 updatedAtMs = 0;
    QStringList phones; // masked
    QList<ResidentId> residentIds;
    QStringList platforms;
    QList<Touch> touches; // oldest first
    QList<Channel> channels;
    QList<FollowUp> followUps; // newest first
    QList<Merge> merges;       // newest first

    static Result<CustomerDetail> load(storage::Database &db, const QString &customerId);
    QJsonObject toJson() const;
};

} // namespace shoulou::customer
