#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace shoulou::storage {
class Database;
}

namespace shoulou::office {

struct ChannelInfo final {
    QString id, code, name, kind;
    int weightPermille = 0;
    QStringList aliases;
};

// Finds channels by any of their names ("抖音", "Douyin", "douyin", "dy"). Read-only and
// cached: the importer asks once per distinct channel text.
class ChannelDirectory final {
public:
    explicit ChannelDirectory(storage::Database &db)
        : m_db(db)
    {}

    // The default channels of a new office, with their default contribution weights.
    static const QList<ChannelInfo> &defaults();
    // NFKC, trimmed, lower-cased, inner spaces removed.
    static QString aliasKey(const QString &text);

    // Empty id when unknown.
    ChannelInfo find(const QString &text);
    void forget() { m_cache.clear(); }

private:
    storage::Database &m_db;
    QHash<QString, ChannelInfo> m_cache;
};

} // namespace shoulou::office
