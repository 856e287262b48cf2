#include "snapshotbootstrap.h"

#include "mutation/applier.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "sync/rebootstrap.h"
#include "sync/syncstate.h"
#include "sync/transport.h"
#include "util/logging.h"

#include <QCryptographicHash>
#include <QFile>

namespace shoulou::sync {

namespace {

// Columns of `table` in `schema` ("main" or "snapshot"), in order, quoted and joined.
QString columnsOf(storage::Database &db, const QString &table, const char *schema)
{
    auto &st = db.prepare("SELECT name FROM pragma_table_info(?1, ?2) ORDER BY cid");
    st.bind(1, table).bind(2, QString::fromLatin1(schema));
    QStringList cols;
    while (st.step())
        cols << QLatin1Char('"') + st.text(0) + QLatin1Char('"');
    st.reset();
    return cols.join(QLatin1Char(','));
}

// The download, in chunks of ≤ 512 KiB (a frame stays below 1 MiB). False: unusable.
Result<bool> download(const SnapshotBootstrap::Call &call, const QString &path, qint64 hubSeq, qint64 bytes, const QByteArray &sha)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(QStringLiteral("storage.io"), out.errorString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 offset = 0;
    while (offset < bytes) {
        auto chunk = call({{QStringLiteral("t"), QStringLiteral("snapshot_chunk")},
                           {QStringLiteral("hub_seq"), double(hubSeq)},
                           {QStringLiteral("offset"), double(offset)},
                           {QStringLiteral("length"), int(std::min<qint64>(SnapshotBootstrap::kChunk, bytes - offset))}});
        if (!chunk) {
            // Replaced by a newer one meanwhile: the caller asks again for the latest.
            if (chunk.error().code == kUnreachable || chunk.error().code == QLatin1String("snapshot_gone"))
                return chunk.error();
            qCInfo(lcSync) << "snapshot download stopped:" << chunk.error().code;
            return false;
        }
        const QByteArray data = QByteArray::fromBase64(chunk->value(QLatin1String("data")).toString().toLatin1());
        if (data.isEmpty())
            return false;
        hash.addData(data);
        if (out.write(data) != data.size())
            return makeError(QStringLiteral("storage.io"), out.errorString());
        offset += data.size();
    }
    if (!out.flush())
        return makeError(QStringLiteral("storage.io"), out.errorString());
    out.close();
    if (offset != bytes || hash.result() != sha) {
        qCWarning(lcSync) << "the hub's snapshot does not match its checksum; pulling the log instead";
        return false;
    }
    return true;
}

// Empties the office and copies every office table from the attached snapshot, in the open
// batch. False: the snapshot's tables are not this schema's.
Result<bool> copyTables(storage::Database &db, qint64 hubSeq)
{
    auto tables = Rebootstrap::officeTables(db);
    if (!tables)
        return tables.error();
    for (const QString &table : std::as_const(*tables)) {
        const QString cols = columnsOf(db, table, "main");
        if (cols != columnsOf(db, table, "snapshot"))
            return false;
        if (auto r = db.execute(QStringLiteral("DELETE FROM main.\"%1\"").arg(table)); !r)
            return r.error();
        if (auto r = db.execute(QStringLiteral("INSERT INTO main.\"%1\"(%2) SELECT %2 FROM snapshot.\"%1\"").arg(table, cols)); !r)
            return r.error();
    }
    // The contentless fragment index is derived: rebuilt whole for the phones just copied.
    if (auto r = db.execute("INSERT INTO phone_fragment(phone_fragment) VALUES('delete-all'); "
                            "INSERT INTO phone_fragment(rowid, digits) SELECT rowid, digits FROM customer_phone");
        !r)
        return r.error();
    if (auto r = db.setMeta(QStringLiteral("phone_fragment_rowid"),
                            QString::number(db.queryInt("SELECT coalesce(max(rowid), 0) FROM customer_phone")));
        !r)
        return r.error();
    if (auto r = SyncState::setCursor(db, hubSeq); !r)
        return r.error();
    return true;
}

} // namespace

bool SnapshotBootstrap::isEmptyReplica(storage::Database &db)
{
    return SyncState::load(db).cursor == 0 && db.queryInt("SELECT count(*) FROM office") == 0 &&
           db.queryInt("SELECT count(*) FROM outbox") == 0;
}

Result<bool> SnapshotBootstrap::load(mutation::Applier &applier, const Call &call)
{
    storage::Database &db = applier.database();
    const QString path = db.path() + QStringLiteral(".snapshot");
    struct Cleanup {
        QString path;
        ~Cleanup() { QFile::remove(path); }
    } cleanup{path};
    qint64 hubSeq = 0;
    for (int attempt = 0;; ++attempt) {
        auto info = call({{QStringLiteral("t"), QStringLiteral("snapshot_info")}});
        if (!info) {
            if (info.error().code == kUnreachable)
                return info.error();
            return false; // a kiosk, or a hub that makes no snapshots
        }
        if (info->value(QLatin1String("none")).toBool())
            return false;
        hubSeq = qint64(info->value(QLatin1String("hub_seq")).toDouble());
        const qint64 bytes = qint64(info->value(QLatin1String("bytes")).toDouble());
        const QByteArray sha = QByteArray::fromHex(info->value(QLatin1String("sha256")).toString().toLatin1());
        if (hubSeq <= 0 || bytes <= 0 || sha.size() != 32)
            return false;
        auto fetched = download(call, path, hubSeq, bytes, sha);
        if (fetched && *fetched)
            break;
        if (fetched)
            return false;
        if (fetched.error().code != QLatin1String("snapshot_gone"))
            return fetched.error();
        if (attempt >= 2)
            return false; // replaced again and again: the log it is
    }

    // ATTACH is refused inside a transaction: before the batch, and detached after it.
    {
        auto &attach = db.prepare("ATTACH DATABASE ?1 AS snapshot");
        attach.bind(1, path);
        if (!attach.exec())
            return makeError(QStringLiteral("storage.sql"), attach.lastError());
    }
    auto detach = [&] { (void)db.execute("DETACH DATABASE snapshot"); };
    const qint64 theirs = db.queryInt("PRAGMA snapshot.user_version");
    const QString theirSeq = db.queryText("SELECT value FROM snapshot.meta WHERE key = 'snapshot.hub_seq'");
    if (theirs != db.schemaVersion() || theirSeq != QString::number(hubSeq)) {
        detach();
        qCInfo(lcSync) << "the hub's snapshot has schema version" << theirs << "(here" << db.schemaVersion() << "); pulling the log";
        return false;
    }
    // Whole: foreign keys are checked at COMMIT, when every table is filled.
    if (auto r = applier.beginBatch(mutation::Applier::Isolation::Whole); !r) {
        detach();
        return r.error();
    }
    auto copied = copyTables(db, hubSeq);
    if (!copied || !*copied) {
        applier.rollbackBatch();
        detach();
        return copied;
    }
    auto committed = applier.commitBatch();
    detach();
    if (!committed)
        return committed.error();
    qCInfo(lcSync) << "office set up from the hub's snapshot at hub_seq" << hubSeq;
    return true;
}

} // namespace shoulou::sync
