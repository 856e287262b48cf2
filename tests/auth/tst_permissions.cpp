// The one table of who may do what: a golden table over every registered mutation × role (a
// new mutation without a row fails here), the limited forms judged on their arguments, the
// reasons a person reads, and docs/roles.md generated from the same table.
#include "auth/permissions.h"
#include "mutation/registry.h"

#include <QFile>
#include <QSet>
#include <QTranslator>
#include <QtTest>

using namespace shoulou;
using auth::Access;
using auth::Actor;
using auth::Permissions;
using office::Role;

namespace {

// Access per role as five letters, kiosk consultant manager channel admin: Y yes, N no, L limited.
const QHash<QString, QString> &golden()
{
    static const QHash<QString, QString> table{
        {"office.init", "NNYNY"},          {"office.set_time_zone", "NNYNY"}, {"project.create", "NNYNY"},      {"channel.create", "NNYYY"},
        {"user.create", "NNYNY"},          {"user.set_password", "LLYLY"},    {"user.reset_password", "NNYNY"}, {"user.revoke", "NNYNY"},
        {"user.restore", "NNYNY"},         {"lead.ingest", "LYYYY"},          {"visit.register", "YYYNY"},      {"import", "NNYYY"},
        {"customer.update", "NLYLY"},      {"followup.add", "NYYNY"},         {"customer.reveal", "NYYNY"},     {"customer.claim", "NYYNY"},
        {"customer.release", "NYYNY"},     {"customer.merge", "NNYNY"},       {"customer.unmerge", "NNYNY"},    {"review.resolve", "NNYNY"},
        {"review.resolve_group", "NNYNY"}, {"roster.set", "NLYNY"},           {"dispatch.set_mode", "NNYNY"},   {"settings.set", "NNYNY"},
        {"calendar.load", "NNYNY"},
    };
    return table;
}

QSet<QString> registeredNames()
{
    QSet<QString> names;
    for (const QString &n : mutation::Registry::standard().names())
        names.insert(n.section(QLatin1Char('@'), 0, 0));
    return names;
}

QChar letter(Access a)
{
    return a == Access::Yes ? QLatin1Char('Y') : a == Access::No ? QLatin1Char('N') : QLatin1Char('L');
}

constexpr Role kRoles[] = {Role::Kiosk, Role::Consultant, Role::Manager, Role::Channel, Role::Admin};

} // namespace

class TestPermissions final : public QObject {
    Q_OBJECT
private slots:
    void everyRegisteredMutationHasARow()
    {
        for (const QString &name : registeredNames()) {
            QVERIFY2(Permissions::find(name), qPrintable(name + QStringLiteral(": no row in core/auth/permissions.cpp")));
            QVERIFY2(golden().contains(name), qPrintable(name + QStringLiteral(": no row in this test's golden table")));
        }
        // …and the table names nothing that does not exist (operations are not registered).
        for (const auth::PermissionRule &r : Permissions::rules()) {
            const QString name = QString::fromLatin1(r.name);
            QVERIFY2(registeredNames().contains(name) || name == QLatin1String("import"), qPrintable(name));
            QVERIFY2(golden().contains(name), qPrintable(name));
        }
        QCOMPARE(qsizetype(Permissions::rules().size()), golden().size());
    }

    void goldenTable_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("access");
        for (auto it = golden().cbegin(); it != golden().cend(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.key() << it.value();
    }
    void goldenTable()
    {
        QFETCH(QString, name);
        QFETCH(QString, access);
        QString actual;
        for (const Role r : kRoles)
            actual += letter(Permissions::access(r, name));
        QCOMPARE(actual, access);
        // mayApply(role, name) agrees: Yes allowed, No refused with a reason, Limited allowed in
        // its limited form, the limit said.
        for (int i = 0; i < 5; ++i) {
            const auth::Verdict v = auth::mayApply(kRoles[i], name);
            QCOMPARE(v.allowed, access[i] != QLatin1Char('N'));
            QCOMPARE(v.limited, access[i] == QLatin1Char('L'));
            QCOMPARE(v.reason.isEmpty(), access[i] == QLatin1Char('Y'));
            const bool limitedNeedsArgs = Permissions::needsArguments(kRoles[i], name);
            QCOMPARE(limitedNeedsArgs, access[i] == QLatin1Char('L'));
        }
    }

    void limitedFormsAreJudgedOnTheArguments()
    {
        const Actor kiosk = Actor::user(QStringLiteral("k1"), Role::Kiosk);
        QVERIFY(auth::mayApply(kiosk, "lead.ingest", {{"touch_kind", "visit"}}));
        QVERIFY(!auth::mayApply(kiosk, "lead.ingest", {{"touch_kind", "lead"}}));
        QVERIFY(!auth::mayApply(kiosk, "lead.ingest", {})); // lead.ingest's default touch is a lead
        QVERIFY(!auth::mayApply(kiosk, "customer.update", {{"customer_id", "c"}}));

        const Actor consultant = Actor::user(QStringLiteral("u1"), Role::Consultant);
        QVERIFY(auth::mayApply(consultant, "customer.update", {{"customer_id", "c"}, {"grade", "A"}}));
        const auth::Verdict owner = auth::mayApply(consultant, "customer.update", {{"customer_id", "c"}, {"owner_id", "u2"}});
        QVERIFY(!owner);
        QVERIFY2(owner.reason.startsWith(QStringLiteral("Permission denied: ")), qPrintable(owner.reason));
        QVERIFY(!auth::mayApply(consultant, "customer.update", {{"customer_id", "c"}, {"owner_id", ""}})); // releasing to the pool too
        QVERIFY(!auth::mayApply(consultant, "customer.update", {{"customer_id", "c"}, {"assigned_at", 5.0}}));
        QVERIFY(auth::mayApply(Actor::user(QStringLiteral("m"), Role::Manager), "customer.update", {{"owner_id", "u2"}}));

        QVERIFY(auth::mayApply(consultant, "user.set_password", {{"user_id", "u1"}}));
        QVERIFY(!auth::mayApply(consultant, "user.set_password", {{"user_id", "u2"}}));
        QVERIFY(auth::mayApply(Actor::user(QStringLiteral("m"), Role::Manager), "user.set_password", {{"user_id", "u2"}}));
        QVERIFY(!auth::mayApply(Actor::user(QString(), Role::Channel), "user.set_password", {{"user_id", ""}}));
    }

    void localAdministratorMayDoEverything()
    {
        for (const QString &name : golden().keys())
            QVERIFY(auth::mayApply(Actor::localAdministrator(), name, {}));
        QVERIFY(auth::mayApply(Actor::localAdministrator(), "something.new", {}));
        // A user is refused a name the table does not know.
        QVERIFY(!auth::mayApply(Actor::user(QStringLiteral("a"), Role::Admin), "something.new", {}));
    }

    void reasonsNameWhatAndWho()
    {
        const auth::Verdict merge = auth::mayApply(Role::Consultant, "customer.merge");
        QCOMPARE(merge.reason, QStringLiteral("Permission denied: Merging customers is only for Site manager, Administrator."));
        const auth::Verdict import = auth::mayApply(Role::Consultant, "import");
        QVERIFY2(import.reason.contains(QStringLiteral("Channel specialist")), qPrintable(import.reason));

        // In Chinese, as the desk shows it: 权限不足：…
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/shoulou_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        const QString zhMerge = auth::mayApply(Role::Consultant, "customer.merge").reason;
        const QString zhOwner = auth::mayApply(Actor::user("u", Role::Consultant), "customer.update", {{"owner_id", "x"}}).reason;
        QCoreApplication::removeTranslator(&zh);
        QVERIFY2(zhMerge.startsWith(QStringLiteral("权限不足：")), qPrintable(zhMerge));
        QVERIFY2(zhMerge.contains(QStringLiteral("案场经理")), qPrintable(zhMerge));
        QVERIFY2(zhOwner.startsWith(QStringLiteral("权限不足：")), qPrintable(zhOwner));
    }

    // docs/roles.md shows the table: its generated part is exactly Permissions::markdown()
    // (`shoulou-cli roles` prints it), so the doc and the code cannot drift apart.
    void docsShowTheTable()
    {
        QFile doc(QStringLiteral(SHOULOU_SOURCE_DIR "/docs/roles.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        const QString begin = QStringLiteral("<!-- roles:begin (generated: shoulou-cli roles) -->\n");
        const QString end = QStringLiteral("<!-- roles:end -->");
        const qsizetype from = text.indexOf(begin);
        const qsizetype to = text.indexOf(end);
        QVERIFY(from >= 0 && to > from);
        const QString table = text.mid(from + begin.size(), to - from - begin.size());
        if (table != Permissions::markdown())
            qWarning("docs/roles.md is stale; its table should read:\n%s", qPrintable(Permissions::markdown()));
        QCOMPARE(table, Permissions::markdown());
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
