#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace shoulou::storage {
class Database;
}

namespace shoulou::customer {

// One open review item as the queue lists it. The customers are their live customers now
// (a record may have been merged into a third customer since the item was raised), and A is
// the one seen first: the customer a merge would keep.
struct ReviewEntry final {
    QString id;
    QString kind; // resident_id_conflict, soft_match, separated_conflict
    qint64 createdAt = 0;
    QString customerA, nameA;
    QString customerB, nameB;
    // Suggestions about one person come as one entry (issue #10: fifty rows of one name with
    // consecutive phones made 220 pairs): every soft match linking the same customers is in
    // reviewIds (the newest, `id`, first), and B is the first of A's look-alikes.
    QStringList reviewIds;
    QStringList lookAlikes, lookAlikeNames; // every customer of the group but A; B first
};

// A page of the queue: the newest entries and how many there are in all.
struct ReviewPage final {
    QList<ReviewEntry> entries;
    qint64 total = 0;
};

// When a customer first came through one channel.
struct ChannelFirstTouch final {
    QString channel; // name; "" for touches without a channel
    qint64 firstAt = 0;
};

// One side of a pair, as a person compares them: everything that tells two people apart.
struct ReviewSide final {
    bool found = false;
    QString customerId; // the live customer
    QString name;
    // Masked; in a pair whose phones are one digit apart, the differing digit is shown even
    // inside the masked middle (139**5*2228 against 139**6*2228), so the reviewer can judge.
    QStringList maskedPhones;
    QStringList maskedResidentIds;
    QList<ChannelFirstTouch> channels; // by first touch, oldest first
    QString ownerName;                 // "" when nobody owns the customer
    QString status;
    QString grade;
    int touches = 0;
    int followUps = 0;
    qint64 firstSeenAt = 0;
    QString rank; // seniority: the smaller rank survives a merge
};

struct ReviewPair final {
    ReviewSide a, b;
    // Both have resident ids and none is shared: usually two different people.
    bool residentIdsDiffer = false;
    // Which one a merge keeps (the one seen first, DESIGN.md §4).
    bool aSurvives = true;
};

// The review queue (DESIGN.md §4): pairs the resolver would not decide alone. Read-only; a
// person settles an item through the review.resolve mutation.
class ReviewQueue final {
public:
    explicit ReviewQueue(storage::Database &db)
        : m_db(db)
    {}

    // Every read is a Result: a failed statement is an error, never an empty queue.
    Result<qint64> openCount();
    // The newest `limit` open entries, newest first; soft matches grouped per person.
    Result<QList<ReviewEntry>> open(int limit);
    Result<ReviewPage> page(int limit);
    // Both customers side by side (ids may be merged-away records: their live customers are used).
    Result<ReviewPair> pair(const QString &customerA, const QString &customerB);
    Result<ReviewSide> side(const QString &customerId);

private:
    // The national digits of each phone of the customer's tree, in maskedPhones' order.
    Result<QStringList> phoneDigits(const QString &customerId);

    storage::Database &m_db;
};

} // namespace shoulou::customer
