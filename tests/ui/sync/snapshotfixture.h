#pragma once

// What the snapshot tests share: an office's domain state as rows (tst_syncsim's comparison)
// and an office with customers, phones that collide (merges), follow-ups' worth of leads.
#include "servedhub.h"
#include "testoffice.h"

#include "hub/snapshotscheduler.h"
#include "storage/statement.h"

#include <sqlite3.h>

namespace shoulou::test {

inline QStringList domainState(storage::Database &db, const QString &schema = QStringLiteral("main"))
{
    QStringList out;
    const QStringList queries{"SELECT id, name, coalesce(grade, ''), status, coalesce(owner_id, ''), root_id, coalesce(merged_into, ''), "
                              "coalesce(next_follow_up_at, 0), coalesce(last_follow_up_at, 0), updated_at FROM %1.customer",
                              "SELECT match_key, customer_id, digits, coalesce(soft_a, '') FROM %1.customer_phone",
                              "SELECT id, customer_id, kind, note, occurred_at FROM %1.follow_up",
                              "SELECT id, customer_id, coalesce(channel_id, ''), occurred_at FROM %1.touch",
                              "SELECT survivor_id, merged_id, reason FROM %1.merge_event",
                              "SELECT kind, customer_a, customer_b, status FROM %1.review_item",
                              "SELECT id, login, role FROM %1.app_user",
                              "SELECT id, name FROM %1.office",
                              "SELECT id, name FROM %1.channel"};
    // Dynamic SQL (the schema varies): raw sqlite3, not the literal-keyed statement cache.
    for (const QString &q : queries) {
        sqlite3_stmt *st = nullptr;
        const QByteArray sql = q.arg(schema).toUtf8();
        if (sqlite3_prepare_v2(db.handle(), sql.constData(), -1, &st, nullptr) != SQLITE_OK) {
            out << QStringLiteral("error: ") + QString::fromUtf8(sqlite3_errmsg(db.handle()));
            continue;
        }
        QStringList rows;
        while (sqlite3_step(st) == SQLITE_ROW) {
            QStringList cols;
            for (int i = 0; i < sqlite3_column_count(st); ++i)
                cols << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, i)));
            rows << cols.join(QLatin1Char('|'));
        }
        sqlite3_finalize(st);
        rows.sort();
        out << QStringLiteral("--") << rows;
    }
    return out;
}

// `n` leads, every third phone taken again (so merges happen), and a channel.
inline void addCustomers(TestOffice &office, int n, int salt = 0)
{
    for (int i = 0; i < n; ++i) {
        const QString phone = QStringLiteral("139%1").arg(10000000 + salt * 1000 + (i % 3 == 2 ? i - 1 : i), 8, 10, QLatin1Char('0'));
        office.ingest(office.lead({"姓名", "手机"}, {QStringLiteral("客户%1-%2").arg(salt).arg(i), phone}));
        office.clock().advanceMs(1000);
    }
    QVERIFY(office.applier().apply("channel.create", 1, {{"name", QStringLiteral("渠道%1").arg(salt)}, {"kind", "online"}}).ok());
}

inline hub::OfficeRecord officeOf(ServedHub &served)
{
    auto o = served.hub.store().officeByCode(served.code);
    return o && o->has_value() ? **o : hub::OfficeRecord{};
}

// A snapshot of the served office now, as `shoulou-hub snapshot` makes it.
inline Result<hub::OfficeSnapshot> snapshotNow(ServedHub &served, int retentionDays = 90)
{
    hub::SnapshotScheduler::Options options;
    options.retentionDays = retentionDays;
    hub::SnapshotScheduler s(served.hub.store(), *served.hub.opened->keys, served.hub.clock(), served.hub.dataDir().snapshotDir(), options);
    return s.snapshotNow(officeOf(served));
}

} // namespace shoulou::test
