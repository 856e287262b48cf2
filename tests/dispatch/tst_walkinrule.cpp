// Who receives a walk-in, as a golden table: a protected customer's own consultant, the owner
// on a break or away (someone receives for now, the customer stays theirs), protection ended,
// the rotation skipping whoever is busy, nobody free.
#include "dispatch/walkinrule.h"
#include "rostertext.h"

#include <QJsonArray>
#include <QtTest>

using namespace shoulou;
using dispatch::WalkIn;
using dispatch::WalkInRule;

namespace {
constexpr qint64 kDay = 24 * 3600 * 1000LL;
}

class TestWalkInRule final : public QObject {
    Q_OBJECT
private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("roster");
        QTest::addColumn<QString>("rotation");
        QTest::addColumn<QString>("owner");     // owner id, "" for a new visitor
        QTest::addColumn<int>("protectedDays"); // days of protection left (≤ 0: ended)
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("assigned");
        QTest::addColumn<QString>("ownerKept"); // Decision::ownerId
        QTest::addColumn<QString>("rotationAfter");
        QTest::addColumn<QStringList>("trace");

        const QString team = "li 李娜 available; wang 王强 available; zhao 赵敏 available";
        QTest::newRow("new visitor: first in the rotation")
            << team << "wang zhao li"
            << "" << 0 << "rotation"
            << "wang"
            << ""
            << "zhao li wang" << QStringList{"New visitor", "王强 is next in the reception rotation and free: 王强 receives the visitor"};
        QTest::newRow("rotation skips receiving, break and off duty")
            << "li 李娜 receiving; wang 王强 break; zhao 赵敏 off; sun 孙悦 available"
            << "li wang zhao sun"
            << "" << 0 << "rotation"
            << "sun"
            << ""
            << "li wang zhao sun"
            << QStringList{"New visitor", "李娜: receiving a visitor", "王强: on a break", "赵敏: not on duty",
                           "孙悦 is next in the reception rotation and free: 孙悦 receives the visitor"};
        QTest::newRow("skipped consultants keep their place")
            << "li 李娜 receiving; wang 王强 available; zhao 赵敏 available"
            << "li wang zhao"
            << "" << 0 << "rotation"
            << "wang"
            << ""
            << "li zhao wang"
            << QStringList{"New visitor", "李娜: receiving a visitor",
                           "王强 is next in the reception rotation and free: 王强 receives the visitor"};
        QTest::newRow("protected customer, owner free: the owner")
            << team << "wang zhao li"
            << "li" << 10 << "owner"
            << "li"
            << ""
            << "" << QStringList{"Protected customer of 李娜 (until 2025-10-19): 李娜 is on duty and receives them"};
        QTest::newRow("protected customer, owner on a break: rotation covers, customer stays")
            << "li 李娜 break; wang 王强 available; zhao 赵敏 available"
            << "li wang zhao"
            << "li" << 10 << "rotation"
            << "wang"
            << "li"
            << "li zhao wang"
            << QStringList{"Protected customer of 李娜 (until 2025-10-19)", "李娜: on a break",
                           "The reception rotation picks who receives them for now; the customer stays 李娜's and 李娜 is told",
                           "李娜: on a break", "王强 is next in the reception rotation and free: 王强 receives the visitor"};
        QTest::newRow("protected customer, owner receiving someone else")
            << "li 李娜 receiving; wang 王强 available"
            << "wang li"
            << "li" << 3 << "rotation"
            << "wang"
            << "li"
            << "li wang"
            << QStringList{"Protected customer of 李娜 (until 2025-10-12)", "李娜: receiving a visitor",
                           "The reception rotation picks who receives them for now; the customer stays 李娜's and 李娜 is told",
                           "王强 is next in the reception rotation and free: 王强 receives the visitor"};
        QTest::newRow("protected customer, owner not on the roster today")
            << "wang 王强 available"
            << "wang"
            << "li" << 3 << "rotation"
            << "wang"
            << "li"
            << "wang"
            << QStringList{"Protected customer of 李梅 (until 2025-10-12)", "李梅: not on the roster today",
                           "The reception rotation picks who receives them for now; the customer stays 李梅's and 李梅 is told",
                           "王强 is next in the reception rotation and free: 王强 receives the visitor"};
        QTest::newRow("protection ended: the rotation, owner not kept")
            << team << "zhao li wang"
            << "li" << 0 << "rotation"
            << "zhao"
            << ""
            << "li wang zhao"
            << QStringList{"Returning visitor of 李娜, whose protection has ended: the reception rotation decides",
                           "赵敏 is next in the reception rotation and free: 赵敏 receives the visitor"};
        QTest::newRow("checked in after the rotation was set: appended in id order")
            << "li 李娜 receiving; wang 王强 available; sun 孙悦 available"
            << "li"
            << "" << 0 << "rotation"
            << "sun"
            << ""
            << "li wang sun"
            << QStringList{"New visitor", "李娜: receiving a visitor",
                           "孙悦 is next in the reception rotation and free: 孙悦 receives the visitor"};
        QTest::newRow("rotation names someone not on the roster")
            << "wang 王强 available"
            << "gone wang"
            << "" << 0 << "rotation"
            << "wang"
            << ""
            << "gone wang"
            << QStringList{"New visitor", "gone: in the rotation but not on the roster",
                           "王强 is next in the reception rotation and free: 王强 receives the visitor"};
        QTest::newRow("nobody free: the manager")
            << "li 李娜 receiving; wang 王强 break"
            << "li wang"
            << "" << 0 << "manager"
            << "mgr"
            << ""
            << ""
            << QStringList{"New visitor", "李娜: receiving a visitor", "王强: on a break",
                           "Nobody in the reception rotation is free: the site manager 王经理 receives the visitor"};
    }
    void golden()
    {
        QFETCH(QString, roster);
        QFETCH(QString, rotation);
        QFETCH(QString, owner);
        QFETCH(int, protectedDays);
        QFETCH(QString, mode);
        QFETCH(QString, assigned);
        QFETCH(QString, ownerKept);
        QFETCH(QString, rotationAfter);
        QFETCH(QStringList, trace);
        ManualClock clock(test::kNow());
        WalkIn w;
        if (!owner.isEmpty()) {
            w.customerId = QStringLiteral("c1");
            w.ownerId = owner;
            w.ownerName = QStringLiteral("李梅"); // the name the customer record gives, when the roster has none
            w.protectedUntilMs = clock.nowMs() + protectedDays * kDay;
        }
        const auto d = WalkInRule::decide(test::snapshot(roster, clock.nowMs(), rotation), w, clock);
        QCOMPARE(d.trace, trace);
        QCOMPARE(toCode(d.mode), mode);
        QCOMPARE(d.assignedTo, assigned);
        QCOMPARE(d.ownerId, ownerKept);
        QCOMPARE(d.rotationAfter.join(' '), rotationAfter);
    }

    void machineFormNamesTheOwnerKept()
    {
        ManualClock clock(test::kNow());
        WalkIn w{QStringLiteral("c1"), QStringLiteral("li"), {}, clock.nowMs() + kDay};
        const QJsonObject j =
            WalkInRule::decide(test::snapshot("li 李娜 break; wang 王强 available", clock.nowMs(), "wang"), w, clock).toJson();
        QCOMPARE(j["mode"].toString(), QString("rotation"));
        QCOMPARE(j["assigned_to"].toString(), QString("wang"));
        QCOMPARE(j["owner_id"].toString(), QString("li"));
        QCOMPARE(j["rotation"].toArray().size(), 2); // li was appended (on duty, not in the saved order), wang moved back
    }
};

QTEST_GUILESS_MAIN(TestWalkInRule)
#include "tst_walkinrule.moc"
