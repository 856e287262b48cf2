// Every committed transaction of a recording Applier yields the rows it changed (ChangeSet),
// read from TEMP triggers because SQLite's update hooks skip WITHOUT ROWID tables.
#include "mutation/changeset.h"
#include "mutation/registry.h"
#include "testoffice.h"

using namespace shoulou;
using Op = mutation::ChangeSet::Op;

class TestChangeSet final : public QObject {
    Q_OBJECT

    static bool record(mutation::Applier &applier)
    {
        auto r = applier.recordChanges();
        if (!r)
            qWarning() << r.error().message;
        return r.ok();
    }
    static bool has(const mutation::ChangeSet &s, const QString &table, const QString &id, Op op) { return s.ids(table, op).contains(id); }
    static QString ingest(test::TestOffice &o, const QString &name, const QString &phone)
    {
        const QJsonObject r = o.ingest(o.lead({"姓名", "手机"}, {name, phone}));
        return r.value("customer_id").toString();
    }

private slots:
    void offUnlessAsked()
    {
        test::TestOffice o;
        QVERIFY(!o.applier().recordsChanges());
        QVERIFY(!ingest(o, "张三", "13812345678").isEmpty());
        QVERIFY(o.applier().takeChanges().isEmpty());
        // No trigger exists on the connection: bulk writers pay nothing.
        QCOMPARE(o.count("SELECT count(*) FROM sqlite_temp_master WHERE type = 'trigger'"), qint64(0));
    }

    void newCustomerIsInserted()
    {
        test::TestOffice o;
        QVERIFY(record(o.applier()));
        const QString id = ingest(o, "张三", "13812345678");
        const mutation::ChangeSet s = o.applier().takeChanges();
        QVERIFY(!s.isEverything());
        QVERIFY(has(s, "customer", id, Op::Inserted));
        QVERIFY(has(s, "customer_phone", "+8613812345678", Op::Inserted));
        QCOMPARE(s.ids("touch", Op::Inserted).size(), 1);
        QVERIFY(!s.touches("outbox")); // bookkeeping is not data
        QVERIFY(!s.touches("meta"));
        QCOMPARE(s.customerIds(), QSet<QString>{id});
        QVERIFY(o.applier().takeChanges().isEmpty()); // taken once
    }

    void followUpInsertsAndUpdatesItsCustomer()
    {
        test::TestOffice o;
        QVERIFY(record(o.applier()));
        const QString id = ingest(o, "张三", "13812345678");
        o.applier().takeChanges();
        auto r = o.applier().apply("followup.add", 1, {{"customer_id", id}, {"kind", "call"}, {"note", "回访"}});
        QVERIFY(r.ok());
        const mutation::ChangeSet s = o.applier().takeChanges();
        QCOMPARE(s.changes().size(), 2);
        QVERIFY(has(s, "follow_up", r->value("follow_up_id").toString(), Op::Inserted));
        QVERIFY(has(s, "customer", id, Op::Updated));
        QCOMPARE(s.customerIds(), QSet<QString>{id});
        for (const auto &c : s.changes())
            QCOMPARE(c.customerId, id);
    }

    void customerUpdate()
    {
        test::TestOffice o;
        QVERIFY(record(o.applier()));
        const QString id = ingest(o, "张三", "13812345678");
        o.applier().takeChanges();
        QVERIFY(o.applier().apply("customer.update", 1, {{"customer_id", id}, {"grade", "A"}}).ok());
        const mutation::ChangeSet s = o.applier().takeChanges();
        QCOMPARE(s.changes().size(), 1);
        QVERIFY(has(s, "customer", id, Op::Updated));
    }

    void mergeNamesBothCustomers()
    {
        test::TestOffice o;
        QVERIFY(record(o.applier()));
        const QString a = ingest(o, "张三", "13812345678");
        const QString b = ingest(o, "张三", "13912345678");
        o.applier().takeChanges();
        auto m = o.applier().apply("customer.merge", 1, {{"a", a}, {"b", b}});
        QVERIFY(m.ok());
        const mutation::ChangeSet s = o.applier().takeChanges();
        QVERIFY(has(s, "customer", a, Op::Updated));
        QVERIFY(has(s, "customer", b, Op::Updated));
        QCOMPARE(s.ids("merge_event", Op::Inserted).size(), 1);
        QCOMPARE(s.customerIds(), (QSet<QString>{a, b}));
        // And unmerge names them again.
        QVERIFY(o.applier().apply("customer.unmerge", 1, {{"customer_id", m->value("merged_id").toString()}}).ok());
        const mutation::ChangeSet u = o.applier().takeChanges();
        QVERIFY(u.customerIds().contains(a) && u.customerIds().contains(b));
        QVERIFY(u.touches("separation"));
    }

    // No standard mutation deletes rows yet (merges redirect); a handler that does is recorded.
    void deletesAreRecorded()
    {
        test::TestOffice o;
        mutation::Registry registry = mutation::Registry::standard();
        registry.add("test.drop_follow_ups", 1, [](mutation::Context &ctx, const QJsonObject &args) -> Result<QJsonObject> {
            auto &st = ctx.db().prepare("DELETE FROM follow_up WHERE customer_id = ?1");
            st.bind(1, args.value("customer_id").toString());
            if (!st.exec())
                return makeError("storage.sql", st.lastError());
            return QJsonObject{};
        });
        mutation::Applier applier(o.db(), o.clock(), &o.key(), "tester", &registry);
        QVERIFY(record(applier));
        const QString id = ingest(o, "张三", "13812345678");
        auto f = applier.apply("followup.add", 1, {{"customer_id", id}});
        QVERIFY(f.ok());
        applier.takeChanges();
        QVERIFY(applier.apply("test.drop_follow_ups", 1, {{"customer_id", id}}).ok());
        const mutation::ChangeSet s = applier.takeChanges();
        QCOMPARE(s.changes().size(), 1);
        QVERIFY(has(s, "follow_up", f->value("follow_up_id").toString(), Op::Deleted));
        QCOMPARE(s.changes().first().customerId, id);
    }

    // A failed mutation, a rolled-back savepoint or batch leaves no trace in the next set.
    void rollbacksLeaveNothing()
    {
        test::TestOffice o;
        QVERIFY(record(o.applier()));
        const QString id = ingest(o, "张三", "13812345678");
        o.applier().takeChanges();
        QVERIFY(!o.applier().apply("followup.add", 1, {{"customer_id", id}, {"kind", "telepathy"}}).ok());
        QVERIFY(o.applier().takeChanges().isEmpty());

        QVERIFY(o.applier().beginBatch().ok());
        QVERIFY(o.applier().applyInBatch("followup.add", 1, {{"customer_id", id}}).ok());
        QVERIFY(!o.applier().applyInBatch("followup.add", 1, {{"customer_id", "nobody"}}).ok());
        QVERIFY(o.applier().applyInBatch("customer.update", 1, {{"customer_id", id}, {"grade", "B"}}).ok());
        QVERIFY(o.applier().commitBatch().ok());
        const mutation::ChangeSet s = o.applier().takeChanges();
        QCOMPARE(s.ids("follow_up", Op::Inserted).size(), 1);
        QCOMPARE(s.ids("customer", Op::Updated), QStringList{id}); // two updates, one change

        QVERIFY(o.applier().beginBatch().ok());
        QVERIFY(o.applier().applyInBatch("followup.add", 1, {{"customer_id", id}}).ok());
        o.applier().rollbackBatch();
        QVERIFY(o.applier().beginBatch().ok());
        QVERIFY(o.applier().applyInBatch("customer.update", 1, {{"customer_id", id}, {"grade", "C"}}).ok());
        QVERIFY(o.applier().commitBatch().ok());
        const mutation::ChangeSet t = o.applier().takeChanges();
        QCOMPARE(t.changes().size(), 1); // the rolled-back follow-up is not there
    }

    void mergingChangesOfOneRow()
    {
        mutation::ChangeSet s;
        s.add("customer", "a", Op::Inserted, "a");
        s.add("customer", "a", Op::Updated, "a");
        s.add("follow_up", "f", Op::Inserted, "a");
        s.add("follow_up", "f", Op::Deleted, "a");
        s.add("customer", "b", Op::Updated, "b");
        s.add("customer", "b", Op::Deleted, "b");
        QCOMPARE(s.changes().size(), 2);
        QVERIFY(s.ids("customer", Op::Inserted) == QStringList{"a"});
        QVERIFY(s.ids("customer", Op::Deleted) == QStringList{"b"});
        QVERIFY(!s.touches("follow_up"));
        QVERIFY(mutation::ChangeSet::everything().touches("anything"));
        QVERIFY(!mutation::ChangeSet::everything().isEmpty());
    }

    // Recording more rows than the limit gives a coarse set rather than a huge one.
    void bigTransactionsAreCoarse()
    {
        test::TestOffice o;
        QVERIFY(record(o.applier()));
        QVERIFY(o.applier().beginBatch().ok());
        for (int i = 0; i < 7000; ++i) {
            auto lead = o.lead({"姓名", "手机"}, {QStringLiteral("客户%1").arg(i), QStringLiteral("137%1").arg(10000000 + i)});
            QVERIFY(o.applier().applyInBatch("lead.ingest", 1, lead.toArgs()).ok());
        }
        QVERIFY(o.applier().commitBatch().ok());
        QVERIFY(o.applier().takeChanges().isEverything());
    }
};

QTEST_GUILESS_MAIN(TestChangeSet)
#include "tst_changeset.moc"
