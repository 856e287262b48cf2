#include "testoffice.h"

#include "mutation/args.h"
#include "mutation/registry.h"
#include "util/hlc.h"
#include "util/uuid.h"

using namespace shoulou;

namespace {

// A mutation struct as the modules write them, for the Registry's typed registration.
struct Probe {
    static constexpr const char *kName = "probe.write";
    static constexpr int kVersion = 2;
    QString login;
    qint64 n = 0;
    QJsonObject toJson() const { return {{"login", login}, {"n", double(n)}}; }
    static Result<Probe> fromJson(const QJsonObject &json, int version = kVersion)
    {
        mutation::Args a(mutation::mutationLabel(kName, version), json);
        Probe p{a.text("login"), a.maybeInteger("n").value_or(0)};
        if (!a.ok())
            return a.error();
        return p;
    }
    struct Outcome {
        QString userId;
        int version = 0;
        QJsonObject toJson() const { return {{"user_id", userId}, {"version", version}}; }
        static Result<Outcome> fromJson(const QJsonObject &json) { return Outcome{json["user_id"].toString(), json["version"].toInt()}; }
    };
};

} // namespace

class TestApplier final : public QObject {
    Q_OBJECT

    static void checkOutboxInvariants(storage::Database &db)
    {
        auto &st = db.prepare("SELECT client_seq, op_id, hlc, workstation_id, name, version, state FROM outbox ORDER BY client_seq");
        qint64 expected = 1;
        qint64 lastHlc = 0;
        QSet<QString> ops;
        QString ws;
        while (st.step()) {
            QCOMPARE(st.int64(0), expected++); // contiguous from 1
            QVERIFY2(UuidV7::isValid(st.text(1)), qPrintable(st.text(1)));
            QVERIFY(!ops.contains(st.text(1)));
            ops.insert(st.text(1));
            QVERIFY2(st.int64(2) > lastHlc, "HLC must increase with client_seq");
            lastHlc = st.int64(2);
            if (ws.isEmpty())
                ws = st.text(3);
            QCOMPARE(st.text(3), ws); // one workstation
            QVERIFY(!st.text(4).isEmpty());
            QVERIFY(st.int64(5) >= 1);
            QCOMPARE(st.text(6), QString("pending"));
        }
        st.reset();
    }

private slots:
    void outboxRowPerMutation()
    {
        test::TestOffice office;
        const qint64 before = office.count("SELECT count(*) FROM outbox");
        QCOMPARE(before, qint64(1)); // office.init
        auto r = office.applier().apply("user.create", 1, {{"login", "zw"}, {"display_name", "张伟"}, {"role", "consultant"}});
        QVERIFY(r.ok());
        QCOMPARE(office.count("SELECT count(*) FROM outbox"), qint64(2));
        QCOMPARE(office.db().queryText("SELECT name || '@' || version FROM outbox WHERE client_seq = 2"), QString("user.create@1"));
        QVERIFY(office.db().queryText("SELECT args FROM outbox WHERE client_seq = 2").contains("张伟"));
        QCOMPARE(office.db().queryText("SELECT user_id FROM outbox WHERE client_seq = 2"), QString("tester"));
        checkOutboxInvariants(office.db());
    }

    // A rejected mutation leaves neither domain rows nor an outbox row, and does not burn a seq.
    void failureWritesNothing()
    {
        test::TestOffice office;
        auto bad = office.applier().apply("user.create", 1, {{"login", "x"}, {"display_name", "X"}, {"role", "boss"}});
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains("role"));
        QCOMPARE(office.count("SELECT count(*) FROM app_user"), qint64(0));
        QCOMPARE(office.count("SELECT count(*) FROM outbox"), qint64(1));
        auto unknown = office.applier().apply("no.such", 1, {});
        QCOMPARE(unknown.error().code, QString("mutation.unknown"));
        QVERIFY(office.applier().apply("user.create", 1, {{"login", "a"}, {"display_name", "A"}, {"role", "admin"}}).ok());
        checkOutboxInvariants(office.db());
    }

    // A handler that fails after writing: its writes are rolled back with it.
    void partialHandlerWritesRollBack()
    {
        test::TestOffice office;
        mutation::Registry reg;
        reg.add("half.write", 1, [](mutation::Context &ctx, const QJsonObject &) -> Result<QJsonObject> {
            (void)ctx.db().execute("INSERT INTO app_user(id, login, display_name, role, created_at) "
                                   "VALUES('u1', 'ghost', 'Ghost', 'admin', 0)");
            return makeError("test.fail", "fails after a write");
        });
        mutation::Applier applier(office.db(), office.clock(), &office.key(), {}, &reg);
        QVERIFY(!applier.apply("half.write", 1, {}).ok());
        QCOMPARE(office.count("SELECT count(*) FROM app_user"), qint64(0));
        // Inside a batch: the failed mutation's savepoint is undone, the others stay.
        QVERIFY(applier.beginBatch().ok());
        QVERIFY(!applier.applyInBatch("half.write", 1, {}).ok());
        QVERIFY(applier.commitBatch().ok());
        QCOMPARE(office.count("SELECT count(*) FROM app_user"), qint64(0));
        checkOutboxInvariants(office.db());
    }

    void batchKeepsSeqContiguous()
    {
        test::TestOffice office;
        QVERIFY(office.applier().beginBatch().ok());
        for (int i = 0; i < 50; ++i) {
            const bool ok = office.applier()
                                .applyInBatch(
                                    "user.create", 1,
                                    {{"login", QString("u%1").arg(i)}, {"display_name", "U"}, {"role", i % 7 == 3 ? "nope" : "consultant"}})
                                .ok();
            QCOMPARE(ok, i % 7 != 3);
        }
        QVERIFY(office.applier().commitBatch().ok());
        QCOMPARE(office.count("SELECT count(*) FROM outbox"), qint64(1 + 50 - 7));
        checkOutboxInvariants(office.db());
    }

    // Restart with a wall clock that went back an hour: HLC and seq still move forward,
    // the workstation id stays.
    void survivesRestartAndClockJump()
    {
        test::TestOffice office;
        QVERIFY(office.applier().apply("user.create", 1, {{"login", "a"}, {"display_name", "A"}, {"role", "admin"}}).ok());
        const QString ws = office.db().meta("workstation_id");
        const qint64 hlc = office.db().queryInt("SELECT max(hlc) FROM outbox");
        office.clock().advanceMs(-3600 * 1000);
        office.reopen();
        QVERIFY(office.applier().apply("user.create", 1, {{"login", "b"}, {"display_name", "B"}, {"role", "admin"}}).ok());
        QCOMPARE(office.db().meta("workstation_id"), ws);
        QVERIFY(office.db().queryInt("SELECT max(hlc) FROM outbox") > hlc);
        checkOutboxInvariants(office.db());
    }

    // Whole batches: no savepoints; any failure, including a foreign key that only fails at
    // COMMIT, rolls back everything and says the batch must be redone.
    void wholeBatchPoisoning()
    {
        test::TestOffice office;
        mutation::Registry reg;
        reg.add("user.ok", 1, [](mutation::Context &ctx, const QJsonObject &a) -> Result<QJsonObject> {
            auto &st = ctx.db().prepare("INSERT INTO app_user(id, login, display_name, role, created_at) "
                                        "VALUES(?1, ?1, 'U', 'admin', 0)");
            st.bind(1, a.value("id").toString());
            if (!st.exec())
                return makeError("sql", st.lastError());
            return QJsonObject{};
        });
        reg.add("dangling.ref", 1, [](mutation::Context &ctx, const QJsonObject &) -> Result<QJsonObject> {
            auto &st = ctx.db().prepare("INSERT INTO follow_up(id, customer_id, kind, occurred_at, created_at) "
                                        "VALUES('f1', 'no-such-customer', 'call', 0, 0)");
            if (!st.exec())
                return makeError("sql", st.lastError());
            return QJsonObject{};
        });
        mutation::Applier applier(office.db(), office.clock(), &office.key(), {}, &reg);
        const qint64 outbox = office.count("SELECT count(*) FROM outbox");

        QVERIFY(applier.beginBatch(mutation::Applier::Isolation::Whole).ok());
        QVERIFY(applier.applyInBatch("user.ok", 1, {{"id", "u1"}}).ok());
        QVERIFY(applier.applyInBatch("dangling.ref", 1, {}).ok()); // deferred: passes for now
        auto c = applier.commitBatch();
        QVERIFY(!c.ok());
        QVERIFY(applier.batchPoisoned());
        QVERIFY(!office.db().inTransaction());
        QCOMPARE(office.count("SELECT count(*) FROM app_user"), qint64(0));
        QCOMPARE(office.count("SELECT count(*) FROM outbox"), outbox);

        // Redone one mutation at a time: the bad one fails on its own, the good one lands.
        QVERIFY(applier.beginBatch(mutation::Applier::Isolation::PerMutation).ok());
        QVERIFY(applier.applyInBatch("user.ok", 1, {{"id", "u1"}}).ok());
        QVERIFY(!applier.applyInBatch("dangling.ref", 1, {}).ok());
        QVERIFY(applier.commitBatch().ok());
        QCOMPARE(office.count("SELECT count(*) FROM app_user"), qint64(1));
        QCOMPARE(office.count("SELECT count(*) FROM follow_up"), qint64(0));
        QCOMPARE(office.count("SELECT count(*) FROM outbox"), outbox + 1);

        // A failing mutation poisons a Whole batch before commit.
        QVERIFY(applier.beginBatch(mutation::Applier::Isolation::Whole).ok());
        QVERIFY(applier.applyInBatch("user.ok", 1, {{"id", "u2"}}).ok());
        QVERIFY(!applier.applyInBatch("user.ok", 1, {{"id", "u1"}}).ok()); // duplicate key
        QVERIFY(applier.batchPoisoned());
        QCOMPARE(applier.commitBatch().error().code, QString("mutation.batch_poisoned"));
        QCOMPARE(office.count("SELECT count(*) FROM app_user"), qint64(1));
        checkOutboxInvariants(office.db());
    }

    // Registry::add<M>: the JSON is parsed strictly before the handler runs (a wrongly typed
    // field is refused naming it, and nothing is written), the handler learns the version,
    // the outcome is stored back as JSON, and Applier::apply(M) hands it back typed.
    void typedRegistration()
    {
        test::TestOffice office;
        mutation::Registry reg;
        int calls = 0;
        for (int version : {1, 2})
            reg.add<Probe>(version, [&calls](mutation::Context &ctx, const Probe &p, int v) -> Result<Probe::Outcome> {
                ++calls;
                auto &st = ctx.db().prepare(
                    "INSERT INTO app_user(id, login, display_name, role, created_at) VALUES(?1, ?2, 'P', 'admin', ?3)");
                const QString id = ctx.newId();
                st.bind(1, id).bind(2, p.login).bind(3, p.n);
                if (!st.exec())
                    return makeError("sql", st.lastError());
                return Probe::Outcome{id, v};
            });
        mutation::Applier applier(office.db(), office.clock(), &office.key(), {}, &reg);
        const qint64 outbox = office.count("SELECT count(*) FROM outbox");

        auto bad = applier.apply("probe.write", 1, {{"login", 5}});
        QCOMPARE(bad.error().code, QString("mutation.args"));
        QVERIFY2(bad.error().message.contains("probe.write@1") && bad.error().message.contains("\"login\""),
                 qPrintable(bad.error().message));
        QVERIFY(!applier.apply("probe.write", 2, {{"login", "x"}, {"n", "7"}}).ok());
        QCOMPARE(calls, 0);
        QCOMPARE(office.count("SELECT count(*) FROM outbox"), outbox);

        auto typed = applier.apply(Probe{"typed", 7});
        QVERIFY(typed.ok());
        QCOMPARE(typed->version, 2);
        QCOMPARE(office.db().queryText("SELECT login FROM app_user WHERE id = ?1", typed->userId), QString("typed"));
        QCOMPARE(office.db().queryText("SELECT args FROM outbox ORDER BY client_seq DESC LIMIT 1"),
                 QString("{\"login\":\"typed\",\"n\":7}"));
        auto json = applier.apply("probe.write", 1, {{"login", "json"}});
        QVERIFY(json.ok());
        QCOMPARE(json->value("version").toInt(), 1);
        QVERIFY(UuidV7::isValid(json->value("user_id").toString()));
        QVERIFY(applier.beginBatch().ok());
        auto batched = applier.applyInBatch(Probe{"batched", 1}, 1);
        QVERIFY(applier.commitBatch().ok());
        QCOMPARE(batched->version, 1);
        QCOMPARE(calls, 3);
        QCOMPARE(office.count("SELECT count(*) FROM outbox"), outbox + 3);
    }

    // Ids derived inside a mutation are valid UUIDv7, unique, and the same on replay.
    void derivedIdsAreDeterministic()
    {
        test::TestOffice office;
        mutation::Context a(office.db(), nullptr, "01890a5d-ac96-774b-bcce-b302099a8057", 1, 0, {});
        mutation::Context b(office.db(), nullptr, "01890a5d-ac96-774b-bcce-b302099a8057", 1, 0, {});
        QSet<QString> seen;
        for (int i = 0; i < 100; ++i) {
            const QString x = a.newId();
            QVERIFY2(UuidV7::isValid(x), qPrintable(x));
            QCOMPARE(b.newId(), x);
            seen.insert(x);
        }
        QCOMPARE(seen.size(), 100);
    }
};

QTEST_GUILESS_MAIN(TestApplier)
#include "tst_applier.moc"
