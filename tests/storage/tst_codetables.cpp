// Every enumeration stored as text has one code table in core (util/codetable.h); the
// schema's CHECK constraints must accept exactly those codes. The CHECKs are read back from
// the migrated database's sqlite_master, so a migration that forgets a new code fails here.
#include "customer/customerstatus.h"
#include "customer/followupkind.h"
#include "customer/grade.h"
#include "customer/touchkind.h"
#include "identity/mergereason.h"
#include "identity/reviewkind.h"
#include "office/role.h"
#include "testoffice.h"

#include <QRegularExpression>
#include <QSet>

using namespace shoulou;

class TstCodeTables final : public QObject {
    Q_OBJECT

    // The codes a table's CHECK on `column` allows: "column = 'x' OR column = 'y' …".
    static QSet<QString> checked(storage::Database &db, const char *table, const char *column)
    {
        const QString sql = db.queryText("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?1", QString::fromLatin1(table));
        const QRegularExpression check(QStringLiteral("CHECK \\(((?:%1 = '[^']*'(?: OR )?)+)\\)").arg(QLatin1String(column)));
        const auto m = check.match(sql);
        if (!m.hasMatch())
            return {};
        QSet<QString> codes;
        const QRegularExpression code(QStringLiteral("= '([^']*)'"));
        for (auto it = code.globalMatch(m.captured(1)); it.hasNext();)
            codes.insert(it.next().captured(1));
        return codes;
    }

    template <typename E>
    static QSet<QString> table()
    {
        const QStringList all = allCodes<E>();
        return QSet<QString>(all.begin(), all.end());
    }

private slots:
    void schemaChecksMatchTheCodeTables()
    {
        test::TestOffice o;
        auto &db = o.db();
        QCOMPARE(checked(db, "customer", "status"), table<customer::CustomerStatus>());
        QCOMPARE(checked(db, "customer", "grade"), table<customer::Grade>());
        QCOMPARE(checked(db, "follow_up", "kind"), table<customer::FollowUpKind>());
        QCOMPARE(checked(db, "touch", "kind"), table<customer::TouchKind>());
        QCOMPARE(checked(db, "app_user", "role"), table<office::Role>());
        QCOMPARE(checked(db, "review_item", "kind"), table<identity::ReviewKind>());
        QCOMPARE(checked(db, "merge_event", "reason"), table<identity::MergeReason>());
    }

    void codesRoundTripAndUnknownCodesAreRefused()
    {
        QCOMPARE(toCode(customer::CustomerStatus::Visited), QStringLiteral("visited"));
        QCOMPARE(fromCode<customer::CustomerStatus>(u"visited"), customer::CustomerStatus::Visited);
        QVERIFY(!fromCode<customer::CustomerStatus>(u"sold"));
        QVERIFY(!fromCode<customer::Grade>(u"a")); // codes are exact
        // An unknown code (a newer workstation's) is shown as it is, not dropped.
        QCOMPARE(labelOfCode<customer::CustomerStatus>(u"sold"), QStringLiteral("sold"));
        QCOMPARE(labelOf(customer::CustomerStatus::Pool), QStringLiteral("Public pool"));
    }

    void theCheckReaderSeesAMissingCode()
    {
        // The comparison above is only worth something if a differing CHECK is noticed.
        test::TestOffice o;
        QVERIFY(o.db().execute("CREATE TABLE probe (kind TEXT CHECK (kind = 'call' OR kind = 'sms'))"));
        QCOMPARE(checked(o.db(), "probe", "kind"), (QSet<QString>{"call", "sms"}));
        QVERIFY(checked(o.db(), "probe", "kind") != table<customer::FollowUpKind>());
    }
};

QTEST_MAIN(TstCodeTables)
#include "tst_codetables.moc"
