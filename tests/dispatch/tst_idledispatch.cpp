// Idle dispatch (working days) as a golden table: who is idle, the daily cap reached mid-day,
// the three tie-breaks, nobody idle (the queue, then the manager), each with its whole trace.
#include "dispatch/idledispatch.h"
#include "dispatch/onlineleadrule.h"
#include "rostertext.h"

#include <QJsonArray>
#include <QTranslator>
#include <QtTest>

using namespace shoulou;
using dispatch::DecisionMode;
using dispatch::IdleDispatch;

class TestIdleDispatch final : public QObject {
    Q_OBJECT
private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("roster");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("assigned");
        QTest::addColumn<QStringList>("trace");

        QTest::newRow("the example: one idle consultant")
            << "li 李娜 available fu-47 leads3"
            << "idle"
            << "li" << QStringList{"李娜: idle 47 min, on duty, 3 leads today, cap 20", "李娜 gets the lead: the only idle consultant"};
        QTest::newRow("longest idle wins") << "li 李娜 available fu-47 leads3; wang 王强 available fu-95 leads9; zhao 赵敏 available fu-31"
                                           << "idle"
                                           << "wang"
                                           << QStringList{"李娜: idle 47 min, on duty, 3 leads today, cap 20",
                                                          "王强: idle 95 min, on duty, 9 leads today, cap 20",
                                                          "赵敏: idle 31 min, on duty, 0 leads today, cap 20",
                                                          "王强 gets the lead: idle the longest"};
        QTest::newRow("exactly 30 min is not idle yet")
            << "li 李娜 available fu-30; wang 王强 available fu-31"
            << "idle"
            << "wang"
            << QStringList{"李娜: last follow-up 30 min ago, not idle until 30 min have passed",
                           "王强: idle 31 min, on duty, 0 leads today, cap 20", "王强 gets the lead: the only idle consultant"};
        QTest::newRow("a lead just given counts as busy")
            << "li 李娜 available fu-120 lead-3 leads4; wang 王强 available fu-40 leads6"
            << "idle"
            << "wang"
            << QStringList{"李娜: got a lead 3 min ago, not idle until 30 min have passed",
                           "王强: idle 40 min, on duty, 6 leads today, cap 20", "王强 gets the lead: the only idle consultant"};
        QTest::newRow("tie on idle time: fewer leads today")
            << "li 李娜 available fu-60 leads7; wang 王强 available fu-60 leads2"
            << "idle"
            << "wang"
            << QStringList{"李娜: idle 60 min, on duty, 7 leads today, cap 20", "王强: idle 60 min, on duty, 2 leads today, cap 20",
                           "王强 gets the lead: as long idle as 李娜, fewer leads today (2 against 7)"};
        QTest::newRow("tie on idle time and leads: stable id order")
            << "zhao 赵敏 available fu-60 leads2; li 李娜 available fu-60 leads2"
            << "idle"
            << "li"
            << QStringList{"赵敏: idle 60 min, on duty, 2 leads today, cap 20", "李娜: idle 60 min, on duty, 2 leads today, cap 20",
                           "李娜 gets the lead: as long idle as 赵敏 with as many leads today; first in the stable order"};
        QTest::newRow("no follow-up yet today is the longest idle")
            << "li 李娜 available fu-300 leads1; sun 孙悦 available"
            << "idle"
            << "sun"
            << QStringList{"李娜: idle 300 min, on duty, 1 leads today, cap 20",
                           "孙悦: no follow-up or lead yet today, on duty, 0 leads today, cap 20", "孙悦 gets the lead: idle the longest"};
        QTest::newRow("cap reached mid-day: the longest idle is skipped")
            << "li 李娜 available fu-200 leads20; wang 王强 available fu-45 leads19"
            << "idle"
            << "wang"
            << QStringList{"李娜: 20 leads today, cap 20 reached", "王强: idle 45 min, on duty, 19 leads today, cap 20",
                           "王强 gets the lead: the only idle consultant"};
        QTest::newRow("receiving, on a break, off duty are skipped")
            << "li 李娜 receiving fu-90; wang 王强 break fu-90; zhao 赵敏 off; sun 孙悦 available fu-35 leads5"
            << "idle"
            << "sun"
            << QStringList{"李娜: receiving a visitor", "王强: on a break", "赵敏: not on duty",
                           "孙悦: idle 35 min, on duty, 5 leads today, cap 20", "孙悦 gets the lead: the only idle consultant"};
        QTest::newRow("nobody idle: queue, then the manager")
            << "li 李娜 available fu-5; wang 王强 receiving; zhao 赵敏 available fu-100 leads20"
            << "idle"
            << ""
            << QStringList{"李娜: last follow-up 5 min ago, not idle until 30 min have passed", "王强: receiving a visitor",
                           "赵敏: 20 leads today, cap 20 reached",
                           "Nobody is idle: the lead waits for the next idle consultant; if nobody is idle by 14:10 (10 min) it "
                           "goes to the site manager 王经理"};
        QTest::newRow("nobody on the roster at all")
            << ""
            << "idle"
            << ""
            << QStringList{"Nobody is idle: the lead waits for the next idle consultant; if nobody is idle by 14:10 (10 min) it "
                           "goes to the site manager 王经理"};
    }
    void golden()
    {
        QFETCH(QString, roster);
        QFETCH(QString, mode);
        QFETCH(QString, assigned);
        QFETCH(QStringList, trace);
        ManualClock clock(test::kNow());
        const auto d = IdleDispatch::decide(test::snapshot(roster, clock.nowMs()), clock);
        QCOMPARE(d.trace, trace);
        QCOMPARE(toCode(d.mode), mode);
        QCOMPARE(d.assignedTo, assigned);
        QCOMPARE(d.queued, assigned.isEmpty());
        if (d.queued) {
            QCOMPARE(d.escalateAtMs, clock.nowMs() + 10 * 60'000);
            QCOMPARE(d.escalateTo, QString("mgr"));
        }
    }

    // The cap is a setting: the same roster, a lower cap, another consultant.
    void capComesFromTheSettings()
    {
        ManualClock clock(test::kNow());
        auto s = test::snapshot("li 李娜 available fu-200 leads8; wang 王强 available fu-45 leads3", clock.nowMs());
        QCOMPARE(IdleDispatch::decide(s, clock).assignedTo, QString("li"));
        s.settings.dailyCap = 8;
        const auto d = IdleDispatch::decide(s, clock);
        QCOMPARE(d.assignedTo, QString("wang"));
        QCOMPARE(d.trace.first(), QString("李娜: 8 leads today, cap 8 reached"));
        s.settings.idleMinutes = 60;
        QVERIFY(IdleDispatch::decide(s, clock).queued);
    }

    // Time moves and the same snapshot decides otherwise: the manual clock, never a sleep.
    void aQueuedLeadFindsTheNextIdleConsultant()
    {
        ManualClock clock(test::kNow());
        const auto s = test::snapshot("li 李娜 available fu-20", clock.nowMs());
        QVERIFY(IdleDispatch::decide(s, clock).queued);
        clock.advanceMs(10 * 60'000);
        QVERIFY(IdleDispatch::decide(s, clock).queued); // exactly 30 min
        clock.advanceMs(1);
        QCOMPARE(IdleDispatch::decide(s, clock).assignedTo, QString("li"));
    }

    void nobodyIdleAtTheEndOfTheChainGoesToTheManager()
    {
        ManualClock clock(test::kNow());
        auto s = test::snapshot("li 李娜 available fu-5", clock.nowMs());
        auto d = IdleDispatch::decide(s, clock, IdleDispatch::WhenNobody::Manager);
        QCOMPARE(d.mode, DecisionMode::Manager);
        QCOMPARE(d.assignedTo, QString("mgr"));
        QCOMPARE(d.trace.last(), QString("Nobody is idle: the lead goes to the site manager 王经理"));
        s.managerId.clear();
        d = IdleDispatch::decide(s, clock, IdleDispatch::WhenNobody::Manager);
        QVERIFY(d.assignedTo.isEmpty());
        QCOMPARE(d.trace.last(), QString("Nobody is idle and no site manager is on the roster: the lead stays unassigned"));
    }

    // The trace a person reads on a zh_CN desk.
    void traceInChinese()
    {
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/shoulou_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        ManualClock clock(test::kNow());
        auto s = test::snapshot("li 李娜 available fu-47 leads3; wang 王强 break", clock.nowMs());
        s.mode = dispatch::ModeDecision::resolve(dispatch::HolidayCalendar::builtIn(), {}, {}, OfficeTime::toMs(QDate(2025, 10, 11)));
        const QStringList trace = dispatch::OnlineLeadRule::decide(s, {}, clock).trace;
        s.roster.first().lastFollowUpMs = clock.nowMs();
        const QStringList queued = IdleDispatch::decide(s, clock).trace;
        QCoreApplication::removeTranslator(&zh);
        QCOMPARE(trace, (QStringList{"2025-10-11（周六）是调休上班日（国庆节）：空闲派单",
                                     "李娜：空闲 47 分钟，在岗，今日 3 条线索，上限 20", "王强：休息中", "李娜 获得线索：唯一空闲的顾问"}));
        QCOMPARE(queued.last(), QString("没有空闲顾问：线索等待下一位空闲顾问；若到 14:10（10 分钟）仍无人空闲，交给案场经理王经理"));
    }

    // The machine form the CLI prints: mode, assigned_to (null when nobody), trace; the queue.
    void machineForm()
    {
        ManualClock clock(test::kNow());
        auto s = test::snapshot("li 李娜 available fu-47 leads3", clock.nowMs());
        s.mode = dispatch::ModeDecision::resolve(dispatch::HolidayCalendar::builtIn(), {}, {}, clock.nowMs());
        QJsonObject j = dispatch::OnlineLeadRule::decide(s, {}, clock).toJson();
        QCOMPARE(j["mode"].toString(), QString("idle"));
        QCOMPARE(j["assigned_to"].toString(), QString("li"));
        QCOMPARE(j["trace"].toArray().first().toString(), QString("2025-10-09 (Thursday) is a working day: idle dispatch"));
        QVERIFY(!j.contains("queued"));
        s.roster.first().lastFollowUpMs = clock.nowMs();
        j = dispatch::OnlineLeadRule::decide(s, {}, clock).toJson();
        QVERIFY(j["assigned_to"].isNull());
        QCOMPARE(j["queued"].toBool(), true);
        QCOMPARE(j["escalate_to"].toString(), QString("mgr"));
        QCOMPARE(j["escalate_at"].toString(), QString("2025-10-09T14:10:00+08:00"));
    }
};

QTEST_GUILESS_MAIN(TestIdleDispatch)
#include "tst_idledispatch.moc"
