#include "rebootstrap.h"

#include "mutation/applier.h"
#include "storage/database.h"
#include "sync/rebaser.h"
#include "sync/syncstate.h"
#include "util/logging.h"

#include <QStringList>

namespace shoulou::sync {

namespace {

const QString kMark = QStringLiteral("sync.rebuild_mark");

} // namespace

Result<QStringList> Rebootstrap::officeTables(storage::Database &db)
{
    auto &st = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('meta', 'outbox', 'sync_issue') "
                          "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE 'phone\\_fragment%' ESCAPE '\\' ORDER BY name");
    QStringList names;
    while (st.step())
        names << st.text(0);
    st.reset();
    return names;
}

std::optional<qint64> Rebootstrap::mark(mutation::Applier &applier)
{
    const QString value = applier.database().meta(kMark);
    if (value.isEmpty())
        return std::nullopt;
    return value.toLongLong();
}

Result<void> Rebootstrap::start(mutation::Applier &applier, qint64 hubAckedClientSeq, const QString &hubEpoch)
{
    storage::Database &db = applier.database();
    // Whole: foreign keys are checked at COMMIT, when every office table is empty.
    if (auto r = applier.beginBatch(mutation::Applier::Isolation::Whole); !r)
        return r;
    auto fail = [&](const Error &e) -> Result<void> {
        applier.rollbackBatch();
        return e;
    };
    auto tables = officeTables(db);
    if (!tables)
        return fail(tables.error());
    for (const QString &table : std::as_const(*tables))
        if (auto r = db.execute(QStringLiteral("DELETE FROM \"%1\"").arg(table)); !r)
            return fail(r.error());
    // The phone fragment index is contentless: emptied as a whole, refilled as phones arrive.
    if (auto r = db.execute("INSERT INTO phone_fragment(phone_fragment) VALUES('delete-all')"); !r)
        return fail(r.error());
    if (auto r = db.setMeta(QStringLiteral("phone_fragment_rowid"), QStringLiteral("0")); !r)
        return fail(r.error());
    // Those the hub holds come back with the pull (and are confirmed there); one whose answer
    // was lost keeps its state and is asked again by the next push (the hub answers from its
    // stored ack, applied or refused).
    auto &kept = db.prepare("UPDATE outbox SET undo = NULL WHERE client_seq <= ?1");
    kept.bind(1, hubAckedClientSeq);
    auto &again = db.prepare("UPDATE outbox SET undo = NULL, state = 'pending', hub_seq = NULL, error = NULL WHERE client_seq > ?1");
    again.bind(1, hubAckedClientSeq);
    if (!kept.exec() || !again.exec())
        return fail(makeError(QStringLiteral("storage.sql"), db.lastError()));
    // What the hub refused before a restore may be judged again: it is pending once more.
    auto &issues = db.prepare("DELETE FROM sync_issue WHERE client_seq > ?1");
    issues.bind(1, hubAckedClientSeq);
    if (!issues.exec())
        return fail(makeError(QStringLiteral("storage.sql"), issues.lastError()));
    SyncState state = SyncState::load(db);
    state.cursor = 0;
    state.hubEpoch = hubEpoch;
    if (auto r = state.save(db); !r)
        return fail(r.error());
    if (auto r = db.setMeta(kMark, QString::number(hubAckedClientSeq)); !r)
        return fail(r.error());
    if (auto r = applier.commitBatch(); !r)
        return r;
    qCInfo(lcSync) << "setting this workstation up again from the hub; own ops after" << hubAckedClientSeq << "will be sent again";
    return {};
}

Result<void> Rebootstrap::setAside(mutation::Applier &applier, Rebaser &rebaser)
{
    if (mark(applier))
        return {};
    auto mark = rebaser.setAsideTail([](storage::Database &db, qint64 at) { return db.setMeta(kMark, QString::number(at)); });
    if (!mark)
        return mark.error();
    if (*mark >= 0)
        qCInfo(lcSync) << "own ops after" << *mark << "set aside for a long pull";
    return {};
}

Result<int> Rebootstrap::finish(mutation::Applier &applier, Rebaser &rebaser)
{
    const auto from = mark(applier);
    if (!from)
        return 0;
    auto redone = rebaser.redoFrom(*from, [&](storage::Database &db) { return db.setMeta(kMark, QString()); });
    if (!redone)
        return redone.error();
    qCInfo(lcSync) << "set up again from the hub;" << *redone << "own ops done again on top";
    return *redone;
}

} // namespace shoulou::sync
