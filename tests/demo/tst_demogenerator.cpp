// The demo office is written through the same mutations as a person's work, in their current
// versions (customer.update@2, followup.add@2), so it obeys their rules: no status set by hand
// (已认购/已签约 are for sales), and a 到访 follow-up makes the customer 已到访. Its outbox
// replays through the registry into the same office.
#include "demo/demogenerator.h"
#include "mutation/context.h"
#include "mutation/registry.h"
#include "testoffice.h"

#include <QJsonDocument>

using namespace shoulou;

namespace {

QStringList rows(test::TestOffice &o, const char *sql, int columns)
{
    QStringList out;
    auto &st = o.db().prepare(sql);
    while (st.step()) {
        QStringList cols;
        for (int i = 0; i < columns; ++i)
            cols << st.text(i);
        out << cols.join(QLatin1Char('|'));
    }
    st.reset();
    out.sort();
    return out;
}

} // namespace

class TstDemoGenerator final : public QObject {
    Q_OBJECT

    static void generate(test::TestOffice &o)
    {
        demo::DemoOptions options;
        options.customers = 400;
        options.seed = 3;
        demo::DemoGenerator gen(o.applier(), o.key(), o.clock());
        auto r = gen.run(options);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY(r->followUps > 0);
    }

private slots:
    void demoUsesVersionTwoAndObeysItsRules()
    {
        test::TestOffice o;
        generate(o);
        QCOMPARE(rows(o, "SELECT DISTINCT name || '@' || version FROM outbox WHERE name IN ('customer.update', 'followup.add')", 1),
                 (QStringList{"customer.update@2", "followup.add@2"}));
        QCOMPARE(o.count("SELECT count(*) FROM customer WHERE status IN ('subscribed', 'contracted')"), qint64(0));
        // A visit made the customer visited; other follow-ups only following.
        const qint64 visited = o.count("SELECT count(*) FROM customer c WHERE EXISTS "
                                       "(SELECT 1 FROM follow_up f WHERE f.customer_id = c.id AND f.kind = 'visit')");
        QVERIFY(visited > 0);
        QCOMPARE(o.count("SELECT count(*) FROM customer c WHERE status = 'visited'"), visited);
        QCOMPARE(o.count("SELECT count(*) FROM customer c WHERE status = 'following'"),
                 o.count("SELECT count(*) FROM customer c WHERE EXISTS (SELECT 1 FROM follow_up f WHERE f.customer_id = c.id) "
                         "AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.customer_id = c.id AND f.kind = 'visit')"));
        QVERIFY(o.count("SELECT count(*) FROM customer WHERE requirement LIKE '%\"budget_fen\"%'") > 0);
    }

    // The typed calls write JSON the registered handlers read back to the same rows.
    void demoOutboxReplaysToTheSameOffice()
    {
        test::TestOffice a;
        generate(a);
        test::TestOffice b(true);
        auto &st = a.db().prepare("SELECT op_id, name, version, args FROM outbox ORDER BY client_seq");
        while (st.step()) {
            const auto *handler = mutation::Registry::standard().find(st.text(1), int(st.int64(2)));
            QVERIFY2(handler, qPrintable(st.text(1)));
            QVERIFY(b.db().begin().ok());
            mutation::Context ctx(b.db(), &b.key(), st.text(0), 1, b.clock().nowMs(), {});
            auto r = (*handler)(ctx, QJsonDocument::fromJson(st.text(3).toUtf8()).object());
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(st.text(1) + ": " + r.error().message));
            QVERIFY(b.db().commit().ok());
        }
        st.reset();
        const char *customers =
            "SELECT id, status, coalesce(grade, ''), coalesce(owner_id, ''), coalesce(requirement, ''), "
            "coalesce(owner_since, 0) || '/' || coalesce(last_follow_up_at, 0) || '/' || coalesce(next_follow_up_at, 0) "
            "FROM customer";
        const char *followUps =
            "SELECT id, customer_id, coalesce(consultant_id, ''), kind, note, occurred_at || '/' || coalesce(next_at, 0) "
            "FROM follow_up";
        const char *units = "SELECT u.id, u.number, u.area_dm2, u.list_price_fen, b.name, p.name FROM unit u "
                            "JOIN building b ON b.id = u.building_id JOIN project p ON p.id = b.project_id";
        QCOMPARE(rows(b, customers, 6), rows(a, customers, 6));
        QCOMPARE(rows(b, followUps, 6), rows(a, followUps, 6));
        QCOMPARE(rows(b, units, 6), rows(a, units, 6));
        QCOMPARE(rows(b, "SELECT id, login, display_name, role FROM app_user", 4),
                 rows(a, "SELECT id, login, display_name, role FROM app_user", 4));
    }
};

QTEST_GUILESS_MAIN(TstDemoGenerator)
#include "tst_demogenerator.moc"
