#include "changerecorder.h"

#include "storage/database.h"

#include <QHash>
#include <QStringList>

namespace shoulou::mutation {

namespace {

// Tables whose rows are bookkeeping, not data a view shows: the outbox (the log of the
// mutations themselves) and meta (the fragment index's progress, the workstation id).
bool skipped(const QString &table)
{
    return table.startsWith(QLatin1String("sqlite_")) || table == QLatin1String("outbox") || table == QLatin1String("meta");
}

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

} // namespace

Result<void> ChangeRecorder::install()
{
    if (auto r = m_db.execute("CREATE TEMP TABLE IF NOT EXISTS shoulou_change(tbl TEXT NOT NULL, id TEXT, op INTEGER NOT NULL, "
                              "customer_id TEXT)");
        !r)
        return r;
    // Ordinary tables only: virtual tables (the phone fragment index) and their shadow tables
    // are derived from the rows already logged.
    QStringList tables;
    auto &list = m_db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' ORDER BY name");
    while (list.step())
        tables << list.text(0);
    list.reset();
    for (const QString &table : std::as_const(tables)) {
        if (skipped(table))
            continue;
        QStringList key;
        bool hasCustomerId = false;
        auto &info = m_db.prepare("SELECT name, pk FROM pragma_table_info(?1) ORDER BY pk");
        info.bind(1, table);
        while (info.step()) {
            if (info.int64(1) > 0)
                key << info.text(0);
            if (info.text(0) == QLatin1String("customer_id"))
                hasCustomerId = true;
        }
        info.reset();
        // The customer a row belongs to: a merge event to its survivor (an unmerge changes the
        // survivor's merged records), a review item or separation to its first customer.
        static const QHash<QString, QString> owners{{QStringLiteral("customer"), QStringLiteral("id")},
                                                    {QStringLiteral("merge_event"), QStringLiteral("survivor_id")},
                                                    {QStringLiteral("review_item"), QStringLiteral("customer_a")},
                                                    {QStringLiteral("separation"), QStringLiteral("customer_a")}};
        const QString customer = owners.value(table, hasCustomerId ? QStringLiteral("customer_id") : QString());
        auto rowExpr = [&](const char *row) {
            const QString r = QString::fromLatin1(row);
            QStringList parts;
            for (const QString &k : std::as_const(key))
                parts << r + QLatin1Char('.') + quoted(k);
            if (parts.isEmpty())
                parts << r + QLatin1String(".rowid");
            return parts.join(QLatin1String(" || '|' || "));
        };
        const char *events[3][2] = {{"INSERT", "NEW"}, {"UPDATE", "NEW"}, {"DELETE", "OLD"}};
        for (int op = 0; op < 3; ++op) {
            const QString row = QString::fromLatin1(events[op][1]);
            const QString sql = QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS %1 AFTER %2 ON main.%3 BEGIN "
                                               "INSERT INTO shoulou_change(tbl, id, op, customer_id) VALUES('%4', %5, %6, %7); END")
                                    .arg(quoted(QStringLiteral("shoulou_change_%1_%2").arg(table).arg(op)),
                                         QString::fromLatin1(events[op][0]), quoted(table), QString(table).replace('\'', "''"),
                                         rowExpr(events[op][1]), QString::number(op),
                                         customer.isEmpty() ? QStringLiteral("NULL") : row + QLatin1Char('.') + quoted(customer));
            if (auto r = m_db.execute(sql); !r)
                return r;
        }
    }
    return {};
}

ChangeSet ChangeRecorder::take(int limit)
{
    const qint64 n = m_db.queryInt("SELECT count(*) FROM temp.shoulou_change");
    ChangeSet out;
    if (n > limit) {
        out = ChangeSet::everything();
    } else if (n > 0) {
        auto &st = m_db.prepare("SELECT tbl, id, op, customer_id FROM temp.shoulou_change ORDER BY rowid");
        while (st.step())
            out.add(st.text(0), st.text(1), ChangeSet::Op(st.int64(2)), st.text(3));
        st.reset();
    }
    if (n > 0)
        m_db.prepare("DELETE FROM temp.shoulou_change").exec();
    return out;
}

} // namespace shoulou::mutation
