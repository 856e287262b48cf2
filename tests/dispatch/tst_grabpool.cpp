// The grab pool (weekends and holidays) as golden tables: who sees an offer (on duty, desk
// online, under the win cap), its countdown and masked phone, and the fallback chain when
// nobody claims it — another round, idle dispatch, the manager.
#include "dispatch/grabpool.h"
#include "dispatch/onlineleadrule.h"
#include "identity/phonenumber.h"
#include "rostertext.h"

#include <QJsonArray>
#include <QtTest>

using namespace shoulou;
using dispatch::DecisionMode;
using dispatch::GrabPool;
using dispatch::LeadFacts;

namespace {

LeadFacts lead()
{
    const auto phone = identity::PhoneNumber::fromStored(QStringLiteral("+8613812345678"), {}, QStringLiteral("mobile"));
    return {QStringLiteral("lead-1"), QStringLiteral("抖音"), phone.masked(), test::kNow()};
}

} // namespace

class TestGrabPool final : public QObject {
    Q_OBJECT
private slots:
    void recipients_data()
    {
        QTest::addColumn<QString>("roster");
        QTest::addColumn<QString>("recipients");
        QTest::addColumn<QStringList>("trace");
        QTest::newRow("every on-duty consultant, busy or not")
            << "li 李娜 available wins3; wang 王强 receiving; zhao 赵敏 break wins1"
            << "li wang zhao"
            << QStringList{"李娜: on duty, won 3 offers today, cap 10: sees the offer",
                           "王强: on duty, won 0 offers today, cap 10: sees the offer",
                           "赵敏: on duty, won 1 offers today, cap 10: sees the offer",
                           "Round 1 of 2: offered to 3 consultants for 15 s, until 14:00:15; the phone shows as 138****5678 until claimed",
                           "If nobody claims it: another round, then idle dispatch, then the site manager"};
        QTest::newRow("off duty, offline desk and the win cap are left out")
            << "li 李娜 off; wang 王强 available offline; zhao 赵敏 available wins10; sun 孙悦 available wins9"
            << "sun"
            << QStringList{"李娜: not on duty",
                           "王强: desk offline, cannot see the offer",
                           "赵敏: won 10 offers today, cap 10 reached",
                           "孙悦: on duty, won 9 offers today, cap 10: sees the offer",
                           "Round 1 of 2: offered to 1 consultants for 15 s, until 14:00:15; the phone shows as 138****5678 until claimed",
                           "If nobody claims it: another round, then idle dispatch, then the site manager"};
    }
    void recipients()
    {
        QFETCH(QString, roster);
        QFETCH(QString, recipients);
        QFETCH(QStringList, trace);
        ManualClock clock(test::kNow());
        const auto d = GrabPool::offer(test::snapshot(roster, clock.nowMs()), lead(), clock);
        QCOMPARE(d.trace, trace);
        QCOMPARE(d.mode, DecisionMode::Grab);
        QVERIFY(d.assignedTo.isEmpty());
        QVERIFY(d.offer);
        QCOMPARE(d.offer->recipients.join(' '), recipients);
        QCOMPARE(d.offer->expiresAtMs, clock.nowMs() + 15'000);
        QCOMPARE(d.offer->maskedPhone, QString("138****5678"));
        QCOMPARE(d.offer->fallback, (QStringList{"grab_round", "idle", "manager"}));
    }

    // Unclaimed round after round: the chain as the settings make it.
    void fallbackChain_data()
    {
        QTest::addColumn<int>("rounds");  // dispatch.grab_rounds
        QTest::addColumn<int>("expired"); // the round nobody claimed
        QTest::addColumn<QString>("roster");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("assigned");
        QTest::addColumn<int>("nextRound"); // 0: no new offer
        QTest::addColumn<QString>("firstLines");
        QTest::newRow("round 1 of 2: another round")
            << 2 << 1 << "li 李娜 available fu-5"
            << "grab"
            << "" << 2 << "Nobody claimed round 1|李娜: on duty, won 0 offers today, cap 10: sees the offer";
        QTest::newRow("round 2 of 2: idle dispatch") << 2 << 2 << "li 李娜 available fu-45 leads2"
                                                     << "idle"
                                                     << "li" << 0
                                                     << "Nobody claimed round 2|After 2 rounds: idle dispatch|"
                                                        "李娜: idle 45 min, on duty, 2 leads today, cap 20";
        QTest::newRow("round 2, nobody idle: the manager") << 2 << 2 << "li 李娜 available fu-5"
                                                           << "manager"
                                                           << "mgr" << 0
                                                           << "Nobody claimed round 2|After 2 rounds: idle dispatch|"
                                                              "李娜: last follow-up 5 min ago, not idle until 30 min have passed";
        QTest::newRow("one round only") << 1 << 1 << "li 李娜 available fu-45"
                                        << "idle"
                                        << "li" << 0 << "Nobody claimed round 1|After 1 rounds: idle dispatch";
        QTest::newRow("three rounds: round 2 offers round 3") << 3 << 2 << "li 李娜 available"
                                                              << "grab"
                                                              << "" << 3 << "Nobody claimed round 2";
    }
    void fallbackChain()
    {
        QFETCH(int, rounds);
        QFETCH(int, expired);
        QFETCH(QString, roster);
        QFETCH(QString, mode);
        QFETCH(QString, assigned);
        QFETCH(int, nextRound);
        QFETCH(QString, firstLines);
        ManualClock clock(test::kNow() + 15'000);
        auto s = test::snapshot(roster, clock.nowMs());
        s.settings.grabRounds = rounds;
        const auto d = GrabPool::afterNoClaim(s, lead(), clock, expired);
        QCOMPARE(toCode(d.mode), mode);
        QCOMPARE(d.assignedTo, assigned);
        QCOMPARE(d.offer.has_value(), nextRound > 0);
        const QStringList first = firstLines.split('|');
        QCOMPARE(d.trace.mid(0, first.size()), first);
        if (nextRound) {
            QCOMPARE(d.offer->round, nextRound);
            QCOMPARE(d.offer->fallback.count("grab_round"), rounds - nextRound);
            QVERIFY(d.trace.contains(QStringLiteral("Round %1 of %2: offered to 1 consultants for 15 s, until 14:00:30; the phone "
                                                    "shows as 138****5678 until claimed")
                                         .arg(nextRound)
                                         .arg(rounds)));
        }
    }

    void nobodyCanSeeTheOfferFallsBackAtOnce()
    {
        ManualClock clock(test::kNow());
        const auto d = GrabPool::offer(test::snapshot("li 李娜 available fu-50 wins10; wang 王强 off", clock.nowMs()), lead(), clock);
        // The win cap keeps 李娜 out of the pool, not out of idle dispatch (its own daily cap).
        QCOMPARE(d.mode, DecisionMode::Idle);
        QCOMPARE(d.assignedTo, QString("li"));
        QVERIFY(!d.offer);
        QCOMPARE(d.trace,
                 (QStringList{"李娜: won 10 offers today, cap 10 reached", "王强: not on duty",
                              "Nobody can see the offer: idle dispatch instead", "李娜: idle 50 min, on duty, 0 leads today, cap 20",
                              "王强: not on duty", "李娜 gets the lead: the only idle consultant"}));
    }

    void aWeekendLeadIsOffered()
    {
        // Saturday 2025-10-18: an ordinary weekend.
        ManualClock clock(OfficeTime::toMs(QDate(2025, 10, 18), QTime(10, 30)));
        auto s = test::snapshot("li 李娜 available; wang 王强 available", clock.nowMs());
        s.settings.grabSeconds = 20;
        s.mode = dispatch::ModeDecision::resolve(dispatch::HolidayCalendar::builtIn(), {}, {}, clock.nowMs());
        const auto d = dispatch::OnlineLeadRule::decide(s, lead(), clock);
        QCOMPARE(d.trace.first(), QString("2025-10-18 (Saturday) is a weekend day: grab pool"));
        const QJsonObject j = d.toJson();
        QCOMPARE(j["mode"].toString(), QString("grab"));
        QVERIFY(j["assigned_to"].isNull());
        const QJsonObject offer = j["offer"].toObject();
        QCOMPARE(offer["ttl_s"].toInt(), 20);
        QCOMPARE(offer["expires_at"].toString(), QString("2025-10-18T10:30:20.000+08:00"));
        QCOMPARE(offer["masked_phone"].toString(), QString("138****5678"));
        QCOMPARE(offer["channel"].toString(), QString("抖音"));
        QCOMPARE(offer["recipients"].toArray().size(), 2);
        QVERIFY(!QJsonDocument(j).toJson().contains("13812345678")); // never the phone itself
    }
};

QTEST_GUILESS_MAIN(TestGrabPool)
#include "tst_grabpool.moc"
