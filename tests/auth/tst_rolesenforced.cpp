// The table is enforced where every writer goes through: mutation::Applier refuses what the
// acting user's role may not apply, before anything is written; the importer needs a role that
// may import and leaves owners to managers; no user is the local administrator.
#include "testoffice.h"

#include "auth/userrevoke.h"
#include "identity/customermerge.h"
#include "identity/reviewresolve.h"
#include "io/importer.h"
#include "office/usercreate.h"

#include <QFile>
#include <QtTest>

using namespace shoulou;

namespace {

QString addUser(test::TestOffice &o, const char *login, const char *name, office::Role role)
{
    auto r = o.applier().apply(office::UserCreate{QString::fromUtf8(login), QString::fromUtf8(name), role});
    return r ? r->userId : QString();
}

QString ingest(test::TestOffice &o, const char *name, const char *phone)
{
    return o.ingest(o.lead({"姓名", "手机"}, {QString::fromUtf8(name), QString::fromLatin1(phone)})).value("customer_id").toString();
}

QString writeFile(test::TestOffice &o, const char *name, const QByteArray &content)
{
    QFile f(o.dir() + QLatin1Char('/') + QLatin1String(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(content);
    return f.fileName();
}

} // namespace

class TestRolesEnforced final : public QObject {
    Q_OBJECT
private slots:
    void refusedBeforeAnythingIsWritten()
    {
        test::TestOffice o;
        const QString li = addUser(o, "li", "李顾问", office::Role::Consultant);
        const QString a = ingest(o, "张三", "13800000001"), b = ingest(o, "张三丰", "13900000002");
        const qint64 outbox = o.count("SELECT count(*) FROM outbox");
        const qint64 changes = o.count("SELECT total_changes()");
        o.applier().setUserId(li);
        auto r = o.applier().apply(identity::CustomerMerge{a, b, false});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("auth.forbidden"));
        QVERIFY2(r.error().message.contains(QStringLiteral("Merging customers")), qPrintable(r.error().message));
        QCOMPARE(o.count("SELECT count(*) FROM outbox"), outbox);
        QCOMPARE(o.count("SELECT total_changes()"), changes); // not even a transaction's worth
        QCOMPARE(o.count("SELECT count(*) FROM customer WHERE merged_into IS NOT NULL"), qint64(0));
        // What a consultant may do goes through, recorded as theirs.
        auto followUp = o.applier().apply("followup.add", 2, {{"customer_id", a}, {"kind", "call"}, {"note", "约周末看房"}});
        QVERIFY2(followUp.ok(), followUp.ok() ? "" : qPrintable(followUp.error().message));
        QCOMPARE(o.db().queryText("SELECT user_id FROM outbox ORDER BY client_seq DESC LIMIT 1"), li);
    }

    void noUserIsTheLocalAdministrator()
    {
        test::TestOffice o; // its applier acts as "tester", who is nobody of the office
        const QString a = ingest(o, "张三", "13800000001"), b = ingest(o, "张三丰", "13900000002");
        QVERIFY(o.applier().apply(identity::CustomerMerge{a, b, false}).ok());
        o.applier().setUserId(QString());
        QVERIFY(o.applier().apply(identity::CustomerUnmerge{b}).ok());
        QVERIFY(o.applier().authorize(QStringLiteral("import")).ok());
    }

    void aRevokedUserAppliesNothing()
    {
        test::TestOffice o;
        addUser(o, "wang", "王经理", office::Role::Manager);
        const QString li = addUser(o, "li", "李顾问", office::Role::Consultant);
        const QString a = ingest(o, "张三", "13800000001");
        QVERIFY(o.applier().apply(auth::UserRevoke{li}).ok());
        o.applier().setUserId(li);
        auto r = o.applier().apply("followup.add", 2, {{"customer_id", a}, {"kind", "call"}, {"note", "x"}});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("auth.revoked"));
        QCOMPARE(o.count("SELECT count(*) FROM follow_up"), qint64(0));
    }

    // In a Whole batch (no savepoints) a refusal writes nothing, so the batch is not poisoned:
    // what the user may do in it still commits.
    void aRefusalDoesNotPoisonABatch()
    {
        test::TestOffice o;
        const QString li = addUser(o, "li", "李顾问", office::Role::Consultant);
        const QString a = ingest(o, "张三", "13800000001"), b = ingest(o, "李四", "13900000002");
        o.applier().setUserId(li);
        QVERIFY(o.applier().beginBatch(mutation::Applier::Isolation::Whole).ok());
        QVERIFY(!o.applier().applyInBatch(identity::CustomerMerge{a, b, false}).ok());
        QVERIFY(o.applier().applyInBatch("followup.add", 2, {{"customer_id", a}, {"kind", "call"}, {"note", "x"}}).ok());
        QVERIFY(!o.applier().batchPoisoned());
        QVERIFY(o.applier().commitBatch().ok());
        QCOMPARE(o.count("SELECT count(*) FROM follow_up"), qint64(1));
    }

    // The kiosk registers walk-in visits (lead.ingest whose touch is a visit), nothing else.
    void theKioskRegistersVisitsOnly()
    {
        test::TestOffice o;
        const QString kiosk = addUser(o, "qiantai", "前台", office::Role::Kiosk);
        identity::LeadInput visit = o.lead({"姓名", "手机"}, {"王五", "13700000003"});
        visit.touchKind = QStringLiteral("visit");
        identity::LeadInput online = o.lead({"姓名", "手机"}, {"赵六", "13600000004"});
        o.applier().setUserId(kiosk);
        QVERIFY(o.applier().apply(QStringLiteral("lead.ingest"), 1, visit.toArgs()).ok());
        auto refused = o.applier().apply(QStringLiteral("lead.ingest"), 1, online.toArgs());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("auth.forbidden"));
        // The hot path (JSON text, as the importer and the desk's entry write it) judges the same.
        QVERIFY(o.applier().beginBatch().ok());
        auto hot = o.applier().applyTypedInBatch(QStringLiteral("lead.ingest"), 1, online.toJson(),
                                                 [](mutation::Context &) -> Result<void> {
                                                     qFatal("the handler must not run");
                                                     return {};
                                                 });
        QVERIFY(!hot.ok());
        QCOMPARE(hot.error().code, QStringLiteral("auth.forbidden"));
        QVERIFY(o.applier().commitBatch().ok());
        QCOMPARE(o.count("SELECT count(*) FROM customer"), qint64(1));
    }

    void importNeedsAManagerOrChannelSpecialist()
    {
        test::TestOffice o;
        const QString li = addUser(o, "li", "李顾问", office::Role::Consultant);
        const QString file = writeFile(o, "leads.csv", "姓名,手机\n张三,13800000001\n");
        o.applier().setUserId(li);
        io::Importer imp(o.applier(), o.key(), o.clock());
        io::ImportOptions opt;
        opt.path = file;
        auto r = imp.run(opt);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("auth.forbidden"));
        QVERIFY2(r.error().message.contains(QStringLiteral("Importing a lead list")), qPrintable(r.error().message));
        QCOMPARE(o.count("SELECT count(*) FROM customer"), qint64(0));
    }

    // A channel specialist imports; the 归属顾问 column is a manager's decision: the rows come in,
    // without an owner, with a warning that says why.
    void aChannelImportLeavesOwnersToManagers()
    {
        test::TestOffice o;
        addUser(o, "li", "李顾问", office::Role::Consultant);
        const QString luo = addUser(o, "luo", "罗渠道", office::Role::Channel);
        const QString wang = addUser(o, "wang", "王经理", office::Role::Manager);
        const QByteArray csv = "姓名,手机,归属顾问,预算\n宋文,13800000001,李顾问,300万\n李强,13800000002,李顾问,\n";
        o.applier().setUserId(luo);
        {
            io::Importer imp(o.applier(), o.key(), o.clock());
            io::ImportOptions opt;
            opt.path = writeFile(o, "a.csv", csv);
            auto r = imp.run(opt);
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
            QCOMPARE(r->created, qint64(2));
            QCOMPARE(r->warned, qint64(2));
            QVERIFY2(r->flagged.front().warning.contains(QStringLiteral("Permission denied")), qPrintable(r->flagged.front().warning));
            QCOMPARE(o.count("SELECT count(*) FROM customer WHERE owner_id IS NOT NULL"), qint64(0));
            QCOMPARE(o.count("SELECT count(*) FROM customer WHERE requirement LIKE '%budget%'"), qint64(1)); // the rest still lands
        }
        o.applier().setUserId(wang);
        io::Importer again(o.applier(), o.key(), o.clock());
        io::ImportOptions opt;
        opt.path = writeFile(o, "b.csv", "姓名,手机,归属顾问\n王五,13800000003,李顾问\n");
        QVERIFY(again.run(opt).ok());
        QCOMPARE(o.count("SELECT count(*) FROM customer WHERE owner_id IS NOT NULL"), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestRolesEnforced)
#include "tst_rolesenforced.moc"
