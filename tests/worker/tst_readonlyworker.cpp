// The write path is enforced: a reader job gets a read-only connection and no Applier.
#include "identity/customerstore.h"
#include "identity/customerwrites.h"
#include "mutation/applier.h"
#include "storage/database.h"
#include "testoffice.h"
#include "waitforidle.h"
#include "worker/readworker.h"
#include "worker/writeworker.h"

#include <QtTest>

#include <functional>

using namespace shoulou;
using worker::ReadContext;
using worker::ReadWorker;
using worker::WriteContext;
using worker::WriteWorker;

namespace {

// What a context offers, asked of the type: a reader job cannot name the write path.
template <typename C>
concept HasApplier = requires(C c)
{
    c.applier;
};
static_assert(!HasApplier<ReadContext>, "a reader job must not reach an Applier");
static_assert(HasApplier<WriteContext>);

// Which jobs a worker accepts: a job written against the writer's context does not compile on a reader.
template <typename W, typename C>
concept RunsJobsOn = requires(W &w, std::function<int(C &)> job)
{
    w.template run<int>(nullptr, job, std::function<void(int)>());
};
static_assert(RunsJobsOn<ReadWorker, ReadContext>);
static_assert(!RunsJobsOn<ReadWorker, WriteContext>, "a reader must not run writer jobs");
static_assert(RunsJobsOn<WriteWorker, WriteContext>);

// CustomerStore is split: its reads take any connection; its writes exist only on
// CustomerWrites, which needs a mutation's Context (a connection alone does not do).
template <typename S>
concept InsertsCustomers = requires(S s, identity::LeadInput lead)
{
    s.insertCustomer(QString(), lead);
};
static_assert(std::is_constructible_v<identity::CustomerStore, storage::Database &>);
static_assert(!InsertsCustomers<identity::CustomerStore>, "CustomerStore must offer reads only");
static_assert(InsertsCustomers<identity::CustomerWrites>);
static_assert(!std::is_constructible_v<identity::CustomerWrites, storage::Database &>, "writes need a mutation's Context");
static_assert(std::is_constructible_v<identity::CustomerWrites, mutation::Context &>);

} // namespace

class TestReadOnlyWorker : public QObject {
    Q_OBJECT
private slots:
    void readerJobCannotWrite()
    {
        test::TestOffice o;
        const qint64 users = o.db().queryInt("SELECT count(*) FROM app_user");
        const qint64 outbox = o.db().queryInt("SELECT count(*) FROM outbox");
        auto reader = ReadWorker::open(o.path(), o.key(), QStringLiteral("test-reader"));
        QVERIFY2(reader.ok(), reader.ok() ? "" : qPrintable(reader.error().message));

        struct Tried {
            qint64 seen = -1;
            QString insert, update, viaApplier;
        };
        std::optional<Tried> tried;
        ManualClock clock;
        (*reader)->run<Tried>(
            this,
            [&clock](ReadContext &ctx) {
                Tried t;
                t.seen = ctx.db.queryInt("SELECT count(*) FROM app_user"); // reading works
                auto ins = ctx.db.execute("INSERT INTO app_user(id, login, display_name, role, created_at) "
                                          "VALUES('x', 'x', 'X', 'admin', 0)");
                t.insert = ins ? QString() : ins.error().message;
                auto upd = ctx.db.execute("UPDATE app_user SET display_name = 'hacked'");
                t.update = upd ? QString() : upd.error().message;
                // Even an Applier made by hand on the reader's connection cannot commit a mutation.
                mutation::Applier rogue(ctx.db, clock, &ctx.key, QStringLiteral("rogue"));
                auto m = rogue.apply(QStringLiteral("user.create"), 1, {{"login", "r"}, {"display_name", "R"}, {"role", "admin"}});
                t.viaApplier = m ? QString() : m.error().message;
                return t;
            },
            [&tried](Tried t) { tried = t; });
        QVERIFY(shoulou::test::waitForIdle(**reader));
        QVERIFY(tried.has_value());
        QCOMPARE(tried->seen, users);
        QVERIFY2(tried->insert.contains(QLatin1String("readonly")), qPrintable(tried->insert));
        QVERIFY2(tried->update.contains(QLatin1String("readonly")), qPrintable(tried->update));
        QVERIFY2(!tried->viaApplier.isEmpty(), "a mutation through the reader's connection was accepted");
        QCOMPARE(o.db().queryInt("SELECT count(*) FROM app_user"), users);
        QCOMPARE(o.db().queryInt("SELECT count(*) FROM app_user WHERE display_name = 'hacked'"), 0);
        QCOMPARE(o.db().queryInt("SELECT count(*) FROM outbox"), outbox);
    }

    void writerJobWritesThroughItsApplier()
    {
        test::TestOffice o;
        const qint64 before = o.db().queryInt("SELECT count(*) FROM outbox");
        ManualClock clock;
        clock.setMs(1'760'000'000'000);
        auto writer = WriteWorker::open(o.path(), o.key(), clock, QStringLiteral("tester"), QStringLiteral("test-writer"));
        QVERIFY(writer.ok());
        auto reader = ReadWorker::open(o.path(), o.key(), QStringLiteral("test-reader"));
        QVERIFY(reader.ok());
        bool applied = false;
        (*writer)->run<bool>(
            this,
            [](WriteContext &ctx) {
                return ctx.applier.apply(QStringLiteral("user.create"), 1, {{"login", "w"}, {"display_name", "W"}, {"role", "consultant"}})
                    .ok();
            },
            [&applied](bool ok) { applied = ok; });
        QVERIFY(shoulou::test::waitForIdle(**writer));
        QVERIFY(applied);
        // The reader sees the committed write (read-only connections share the WAL).
        qint64 seen = -1;
        (*reader)->run<qint64>(
            this, [](ReadContext &ctx) { return ctx.db.queryInt("SELECT count(*) FROM app_user WHERE login = 'w'"); },
            [&seen](qint64 n) { seen = n; });
        QVERIFY(shoulou::test::waitForIdle(**reader));
        QCOMPARE(seen, qint64(1));
        QCOMPARE(o.db().queryInt("SELECT count(*) FROM outbox"), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestReadOnlyWorker)
#include "tst_readonlyworker.moc"
