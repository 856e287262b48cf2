#include "officesnapshotter.h"

#include "hub/hubkeys.h"
#include "hub/hublogging.h"
#include "hub/hubstore.h"
#include "mutation/applier.h"
#include "security/officekey.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <sodium.h>
#include <sqlite3.h>

namespace shoulou::hub {

namespace {

const QString kCursor = QStringLiteral("hub.snapshot_cursor");

QString snapshotName(const QString &officeId, qint64 hubSeq)
{
    return QStringLiteral("%1-%2.snapshot.db").arg(officeId).arg(hubSeq);
}

Result<QByteArray> sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("hub.snapshot"), f.errorString());
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return makeError(QStringLiteral("hub.snapshot"), f.errorString());
    return h.result();
}

Result<security::OfficeKey> officeKey(const HubKeys &keys, const OfficeRecord &office)
{
    if (office.keySealedForHub.isEmpty())
        return makeError(QStringLiteral("hub.no_office_key"),
                         QCoreApplication::translate("OfficeSnapshotter",
                                                     "The office %1 has no key at the hub yet; a snapshot is made once a desk "
                                                     "has sent it.")
                             .arg(office.code));
    auto master = keys.unseal(office.keySealedForHub);
    if (!master)
        return makeError(
            QStringLiteral("hub.no_office_key"),
            QCoreApplication::translate("OfficeSnapshotter", "The office key of %1 does not open with this hub's key.").arg(office.code));
    auto key = security::OfficeKey::fromBytes(*master);
    sodium_memzero(master->data(), size_t(master->size()));
    return key;
}

} // namespace

OfficeSnapshotter::OfficeSnapshotter(HubStore &store, const HubKeys &keys, const Clock &clock, QString dir)
    : m_store(store)
    , m_keys(keys)
    , m_clock(clock)
    , m_dir(std::move(dir))
{}

QString OfficeSnapshotter::workPath(const QString &officeId) const
{
    return QDir(m_dir).filePath(officeId + QStringLiteral(".db"));
}

qint64 OfficeSnapshotter::builtThrough(const QString &officeId) const
{
    if (!QFile::exists(workPath(officeId)))
        return 0;
    auto db = storage::Database::open(workPath(officeId));
    return db ? (*db)->meta(kCursor).toLongLong() : 0;
}

Result<qint64> OfficeSnapshotter::catchUp(const OfficeRecord &office, int maxOps)
{
    auto key = officeKey(m_keys, office);
    if (!key)
        return key.error();
    if (!QDir().mkpath(m_dir))
        return makeError(QStringLiteral("hub.snapshot"), QStringLiteral("cannot create %1").arg(m_dir));
    auto opened = storage::Database::open(workPath(office.id));
    if (!opened)
        return opened.error();
    storage::Database &db = **opened;
    mutation::Applier applier(db, m_clock, &*key);
    qint64 cursor = db.meta(kCursor).toLongLong();
    int done = 0;
    while (maxOps <= 0 || done < maxOps) {
        const int limit = maxOps <= 0 ? kBatch : std::min(kBatch, maxOps - done);
        auto page = m_store.pull(office.id, cursor, limit, PullScope{});
        if (!page)
            return page.error();
        if (page->isEmpty())
            break;
        // One transaction per page, each op in its savepoint: an op that fails at its place in
        // the hub's order is a no-op here exactly as on every desk (Rebaser::integrate).
        if (auto r = applier.beginBatch(); !r)
            return r.error();
        for (const LogEntry &e : std::as_const(*page)) {
            auto applied = applier.replayInBatch(
                {e.opId, e.name, e.version, QJsonDocument::fromJson(e.args).object(), quint64(e.hlc), e.createdAt, e.userId});
            if (!applied)
                qCDebug(lcHub) << "op" << e.name << "at hub_seq" << e.hubSeq << "is a no-op:" << applied.error().code;
        }
        const qint64 last = page->last().hubSeq;
        if (auto r = db.setMeta(kCursor, QString::number(last)); !r) {
            applier.rollbackBatch();
            return r.error();
        }
        if (auto r = applier.commitBatch(); !r)
            return r.error();
        cursor = last;
        done += int(page->size());
    }
    return cursor;
}

Result<void> OfficeSnapshotter::strip(const QString &path, const OfficeRecord &office, qint64 hubSeq) const
{
    // Plain sqlite3, not storage::Database: the copy must stay a single file (no WAL) and gets
    // no migrations; it is read only through ATTACH on the desk.
    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(raw));
        sqlite3_close(raw);
        return makeError(QStringLiteral("hub.snapshot"), message);
    }
    // Nothing of a workstation (none is one, but the Applier writes workstation_id), no key
    // fingerprint, no derived index; only the two facts a desk checks.
    const QByteArray sql = "DELETE FROM outbox; DELETE FROM sync_issue; DELETE FROM meta; "
                           "INSERT INTO phone_fragment(phone_fragment) VALUES('delete-all'); "
                           "INSERT INTO meta(key, value) VALUES('snapshot.hub_seq', '" +
                           QByteArray::number(hubSeq) +
                           "'); "
                           "INSERT INTO meta(key, value) VALUES('snapshot.office_id', '" +
                           office.id.toLatin1().replace('\'', "''") + "'); VACUUM;";
    char *error = nullptr;
    const int rc = sqlite3_exec(raw, sql.constData(), nullptr, nullptr, &error);
    const QString message = error ? QString::fromUtf8(error) : QString();
    sqlite3_free(error);
    sqlite3_close(raw);
    if (rc != SQLITE_OK)
        return makeError(QStringLiteral("hub.snapshot"), message);
    return {};
}

Result<OfficeSnapshot> OfficeSnapshotter::snapshot(const OfficeRecord &office)
{
    if (auto through = catchUp(office); !through)
        return through.error();
    return write(office);
}

Result<OfficeSnapshot> OfficeSnapshotter::write(const OfficeRecord &office) const
{
    if (!QFile::exists(workPath(office.id)))
        return makeError(QStringLiteral("hub.snapshot"), QStringLiteral("no working copy of office %1 yet").arg(office.code));
    std::optional<qint64> through;
    {
        auto opened = storage::Database::open(workPath(office.id));
        if (!opened)
            return opened.error();
        through = (*opened)->meta(kCursor).toLongLong();
    }
    if (auto current = latest(m_dir, office.id); current && current->hubSeq == *through)
        return *current;
    const QString finalPath = QDir(m_dir).filePath(snapshotName(office.id, *through));
    const QString part = finalPath + QStringLiteral(".part");
    QFile::remove(part);
    {
        auto opened = storage::Database::open(workPath(office.id));
        if (!opened)
            return opened.error();
        auto &st = (*opened)->prepare("VACUUM INTO ?1");
        st.bind(1, part);
        if (!st.exec())
            return makeError(QStringLiteral("hub.snapshot"), st.lastError());
    }
    if (auto r = strip(part, office, *through); !r) {
        QFile::remove(part);
        return r.error();
    }
    auto sha = sha256Of(part);
    if (!sha)
        return sha.error();
    QFile::remove(finalPath);
    if (!QFile::rename(part, finalPath))
        return makeError(QStringLiteral("hub.snapshot"), QStringLiteral("cannot rename %1").arg(part));
    QSaveFile side(finalPath.chopped(3) + QStringLiteral(".sha256"));
    if (!side.open(QIODevice::WriteOnly) || side.write(sha->toHex() + '\n') < 0 || !side.commit())
        return makeError(QStringLiteral("hub.snapshot"), side.errorString());
    // The older snapshots go once the new one is complete; a desk downloading one of them
    // hears snapshot_gone and starts again from snapshot_info.
    const QDir dir(m_dir);
    for (const QString &name : dir.entryList({office.id + QStringLiteral("-*.snapshot.*")}, QDir::Files)) {
        if (!name.startsWith(snapshotName(office.id, *through).chopped(3)))
            QFile::remove(dir.filePath(name));
    }
    OfficeSnapshot out{*through, QFileInfo(finalPath).size(), *sha, finalPath};
    qCInfo(lcHub).noquote() << "snapshot of office" << office.code << "at hub_seq" << out.hubSeq << "(" << out.bytes << "bytes)";
    return out;
}

std::optional<OfficeSnapshot> OfficeSnapshotter::latest(const QString &dirPath, const QString &officeId)
{
    if (dirPath.isEmpty())
        return std::nullopt;
    const QDir dir(dirPath);
    const QRegularExpression pattern(QStringLiteral("^%1-(\\d+)\\.snapshot\\.sha256$").arg(QRegularExpression::escape(officeId)));
    std::optional<OfficeSnapshot> best;
    for (const QString &name : dir.entryList({officeId + QStringLiteral("-*.snapshot.sha256")}, QDir::Files)) {
        const auto m = pattern.match(name);
        if (!m.hasMatch())
            continue;
        const qint64 seq = m.captured(1).toLongLong();
        if (best && best->hubSeq >= seq)
            continue;
        QFile side(dir.filePath(name));
        const QString db = dir.filePath(snapshotName(officeId, seq));
        if (!side.open(QIODevice::ReadOnly) || !QFile::exists(db))
            continue;
        const QByteArray sha = QByteArray::fromHex(side.readAll().trimmed());
        if (sha.size() != 32)
            continue;
        best = OfficeSnapshot{seq, QFileInfo(db).size(), sha, db};
    }
    return best;
}

} // namespace shoulou::hub
