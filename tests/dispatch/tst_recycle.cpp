// Protection periods, recycling to the public pool and pool claims as golden tables: each
// reason in its order, the edges of each limit, the caps of a claim.
#include "dispatch/poolclaim.h"
#include "dispatch/protection.h"
#include "dispatch/recycledecision.h"
#include "rostertext.h"

#include <QtTest>

using namespace shoulou;
using customer::CustomerStatus;
using dispatch::CustomerHold;
using dispatch::Protection;
using dispatch::RecycleDecision;

namespace {

constexpr qint64 kDay = 24 * 3600 * 1000LL;

// "status=visited since-40 visit-10 fu-3 sub-0 departed" (days before now; 0 or absent: never).
CustomerHold hold(const QString &text, qint64 now)
{
    CustomerHold h{QStringLiteral("c1"), QStringLiteral("li"), QStringLiteral("李娜")};
    for (const QString &t : text.split(' ', Qt::SkipEmptyParts)) {
        const auto ago = [&](int prefix) { return now - t.mid(prefix).toLongLong() * kDay; };
        if (t.startsWith("status="))
            h.status = *fromCode<CustomerStatus>(t.mid(7));
        else if (t.startsWith("since-"))
            h.ownerSinceMs = ago(6);
        else if (t.startsWith("visit-"))
            h.lastVisitMs = ago(6);
        else if (t.startsWith("fu-"))
            h.lastFollowUpMs = ago(3);
        else if (t.startsWith("sub-"))
            h.subscribedAtMs = ago(4);
        else if (t == "departed")
            h.ownerActive = false;
        else if (t == "pool")
            h.ownerId.clear();
        else
            qFatal("unknown token %s", qPrintable(t));
    }
    return h;
}

} // namespace

class TestRecycle final : public QObject {
    Q_OBJECT
private slots:
    void protection_data()
    {
        QTest::addColumn<QString>("hold");
        QTest::addColumn<int>("kind"); // Protection::Kind
        QTest::addColumn<bool>("expired");
        QTest::addColumn<QString>("trace");
        using K = Protection::Kind;
        QTest::newRow("pool") << "pool" << int(K::None) << true << "In the public pool: nobody's protection";
        QTest::newRow("signed") << "status=contracted since-400" << int(K::Contract) << false << "Signed: the customer stays with 李娜";
        QTest::newRow("no visit yet: from getting the customer")
            << "status=following since-10" << int(K::Assignment) << false
            << "Protected for 李娜 until 2025-10-29 (30 days from getting the customer on 2025-09-29, no visit yet)";
        QTest::newRow("visit protection from the last visit")
            << "status=visited since-50 visit-29" << int(K::Visit) << false
            << "Protected for 李娜 until 2025-10-10 (visit protection, 30 days from the last visit on 2025-09-10)";
        QTest::newRow("visit protection ends exactly 30 days after")
            << "status=visited since-50 visit-30" << int(K::Visit) << true
            << "李娜's protection ended on 2025-10-09 (visit protection, 30 days from the last visit on 2025-09-09)";
        QTest::newRow("deal protection from the subscription")
            << "status=subscribed since-100 visit-80 sub-89" << int(K::Deal) << false
            << "Protected for 李娜 until 2025-10-10 (deal protection, 90 days from the subscription on 2025-07-12)";
    }
    void protection()
    {
        QFETCH(QString, hold);
        QFETCH(int, kind);
        QFETCH(bool, expired);
        QFETCH(QString, trace);
        const qint64 now = test::kNow();
        const Protection p = Protection::of(::hold(hold, now), settings::RuleSettings::defaults(), now);
        QCOMPARE(int(p.kind), kind);
        QCOMPARE(p.expired, expired);
        QCOMPARE(p.trace, trace);
    }

    void recycle_data()
    {
        QTest::addColumn<QString>("hold");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("lastLine");
        QTest::newRow("followed up, protected: kept") << "status=visited since-20 visit-5 fu-2"
                                                      << "none"
                                                      << "Last followed up 2 days ago (limit 15)";
        QTest::newRow("already in the pool") << "pool"
                                             << "none"
                                             << "In the public pool: nobody's protection";
        QTest::newRow("signed: never") << "status=contracted since-400 fu-300"
                                       << "none"
                                       << "Signed: the customer stays with 李娜";
        QTest::newRow("invalid") << "status=invalid since-3 fu-1"
                                 << "invalid"
                                 << "Marked invalid: back to the public pool";
        QTest::newRow("departed consultant") << "status=following since-3 fu-1 departed"
                                             << "departed"
                                             << "李娜 has left the office: back to the public pool for handing over";
        QTest::newRow("invalid before departed") << "status=invalid since-3 departed"
                                                 << "invalid"
                                                 << "Marked invalid: back to the public pool";
        QTest::newRow("follow-up overdue") << "status=visited since-20 visit-5 fu-16"
                                           << "followup_overdue"
                                           << "No follow-up for 16 days (limit 15): back to the public pool";
        QTest::newRow("15 days exactly is not overdue") << "status=visited since-20 visit-5 fu-15"
                                                        << "none"
                                                        << "Last followed up 15 days ago (limit 15)";
        QTest::newRow("never followed up: counted from getting the customer")
            << "status=new since-16"
            << "followup_overdue"
            << "No follow-up for 16 days (limit 15): back to the public pool";
        QTest::newRow("no subscription in 60 days")
            << "status=visited since-61 visit-3 fu-1"
            << "no_subscription"
            << "No subscription 61 days after 李娜 got the customer (limit 60): back to the public pool";
        QTest::newRow("visit protection ended") << "status=visited since-45 visit-31 fu-2"
                                                << "protection_expired"
                                                << "Protection ended: back to the public pool";
        QTest::newRow("subscribed: not overdue, deal protection holds")
            << "status=subscribed since-100 sub-30 fu-40"
            << "none"
            << "Protected for 李娜 until 2025-12-08 (deal protection, 90 days from the subscription on 2025-09-09)";
        QTest::newRow("subscribed, no contract in time") << "status=subscribed since-200 sub-91 fu-1"
                                                         << "protection_expired"
                                                         << "Subscribed, but no contract before deal protection ended";
    }
    void recycle()
    {
        QFETCH(QString, hold);
        QFETCH(QString, reason);
        QFETCH(QString, lastLine);
        const qint64 now = test::kNow();
        const RecycleDecision d = RecycleDecision::decide(::hold(hold, now), settings::RuleSettings::defaults(), now);
        QCOMPARE(toCode(d.reason), reason);
        QCOMPARE(d.recycle, reason != "none");
        QCOMPARE(d.trace.last(), lastLine);
    }

    void thresholdsAreSettings()
    {
        const qint64 now = test::kNow();
        auto s = settings::RuleSettings::defaults();
        const CustomerHold h = hold("status=visited since-20 visit-5 fu-10", now);
        QVERIFY(!RecycleDecision::decide(h, s, now).recycle);
        s.followUpOverdueDays = 7;
        QCOMPARE(RecycleDecision::decide(h, s, now).reason, dispatch::RecycleReason::FollowUpOverdue);
        s.followUpOverdueDays = 15;
        s.visitProtectionDays = 5;
        QCOMPARE(RecycleDecision::decide(h, s, now).reason, dispatch::RecycleReason::ProtectionExpired);
    }

    void poolClaims_data()
    {
        QTest::addColumn<int>("holding");
        QTest::addColumn<int>("claimedToday");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("trace");
        QTest::newRow("room on both") << 120 << 2 << true << "李娜 may claim: holds 120 of 300, claimed 2 of 5 today";
        QTest::newRow("holding cap") << 300 << 0 << false << "李娜 holds 300 customers, the most allowed (pool.max_holding 300)";
        QTest::newRow("daily cap") << 10 << 5 << false
                                   << "李娜 has claimed 5 customers from the pool today, the most allowed (pool.daily_claims 5)";
        QTest::newRow("one below each cap") << 299 << 4 << true << "李娜 may claim: holds 299 of 300, claimed 4 of 5 today";
    }
    void poolClaims()
    {
        QFETCH(int, holding);
        QFETCH(int, claimedToday);
        QFETCH(bool, allowed);
        QFETCH(QString, trace);
        const auto c = dispatch::PoolClaim::check(QStringLiteral("李娜"), holding, claimedToday, settings::RuleSettings::defaults());
        QCOMPARE(c.allowed, allowed);
        QCOMPARE(c.trace, trace);
    }
};

QTEST_GUILESS_MAIN(TestRecycle)
#include "tst_recycle.moc"
