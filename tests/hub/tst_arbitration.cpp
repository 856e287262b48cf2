// The class-A rule (hub::arbitrate, SYNC.md §2.6) as a golden table: the key's record, the
// request, who asks and the hub's clock → granted or the refusal's code, and what is stored.
#include "hub/arbitration.h"

#include <QtTest>

using namespace shoulou;
using namespace shoulou::hub;
using State = ArbitrationRecord::State;
using Kind = sync::ArbitrationKind;

namespace {

constexpr qint64 kNow = 1'760'000'000'000;

ArbitrationRecord record(State state, const QString &holder = {}, qint64 expiresAt = 0, int round = 0)
{
    ArbitrationRecord r;
    r.officeId = QStringLiteral("office");
    r.key = QStringLiteral("k");
    r.state = state;
    r.holderUserId = holder;
    r.holderOpId = holder.isEmpty() ? QString() : QStringLiteral("op-") + holder;
    r.holderHubSeq = holder.isEmpty() ? 0 : 7;
    r.expiresAt = expiresAt;
    r.round = round;
    return r;
}

sync::ArbitrationRequest request(Kind kind, qint64 holdMs = 0, const QString &assignTo = {})
{
    sync::ArbitrationRequest q;
    q.kind = kind;
    q.key = QStringLiteral("k");
    q.takenCode = QStringLiteral("TAKEN");
    q.holdMs = holdMs;
    q.assignTo = assignTo;
    return q;
}

const Claimant kLi{QStringLiteral("op-new"), QStringLiteral("li"), QStringLiteral("ws-li"), 12};

} // namespace

Q_DECLARE_METATYPE(std::optional<ArbitrationRecord>)
Q_DECLARE_METATYPE(sync::ArbitrationRequest)

class TestArbitration final : public QObject {
    Q_OBJECT

private slots:
    void golden_data()
    {
        QTest::addColumn<std::optional<ArbitrationRecord>>("current");
        QTest::addColumn<sync::ArbitrationRequest>("request");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<bool>("granted");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("storedState"); // "" = nothing written
        QTest::addColumn<QString>("storedHolder");
        QTest::addColumn<QString>("refusedHolder"); // who the refusal names

        const std::optional<ArbitrationRecord> none;
        // take
        QTest::newRow("take a free key") << none << request(Kind::Take) << kNow << true << ""
                                         << "taken"
                                         << "li"
                                         << "";
        QTest::newRow("take a key someone holds")
            << std::optional(record(State::Taken, "zhang")) << request(Kind::Take) << kNow << false << "TAKEN"
            << ""
            << ""
            << "zhang";
        QTest::newRow("take what one holds: granted, unchanged")
            << std::optional(record(State::Taken, "li")) << request(Kind::Take) << kNow << true << ""
            << ""
            << ""
            << "";
        QTest::newRow("take a released key") << std::optional(record(State::Released, "zhang")) << request(Kind::Take) << kNow << true << ""
                                             << "taken"
                                             << "li"
                                             << "";
        QTest::newRow("a lapsed hold is free without a sweeper")
            << std::optional(record(State::Taken, "zhang", kNow)) << request(Kind::Take) << kNow << true << ""
            << "taken"
            << "li"
            << "";
        QTest::newRow("a hold one ms from its end still holds")
            << std::optional(record(State::Taken, "zhang", kNow + 1)) << request(Kind::Take) << kNow << false << "TAKEN"
            << ""
            << ""
            << "zhang";
        QTest::newRow("take an open offer before its deadline")
            << std::optional(record(State::Open, {}, kNow + 1, 1)) << request(Kind::Take) << kNow << true << ""
            << "taken"
            << "li"
            << "";
        QTest::newRow("take an open offer at its deadline")
            << std::optional(record(State::Open, {}, kNow, 1)) << request(Kind::Take) << kNow << false << "CLAIM_EXPIRED"
            << ""
            << ""
            << "";
        // claim
        QTest::newRow("claim what was never opened") << none << request(Kind::Claim) << kNow << false << "CLAIM_NOT_OPEN"
                                                     << ""
                                                     << ""
                                                     << "";
        QTest::newRow("claim an open offer") << std::optional(record(State::Open, {}, kNow + 15000, 1)) << request(Kind::Claim) << kNow
                                             << true << ""
                                             << "taken"
                                             << "li"
                                             << "";
        QTest::newRow("claim 1 ms before the deadline")
            << std::optional(record(State::Open, {}, kNow + 1, 1)) << request(Kind::Claim) << kNow << true << ""
            << "taken"
            << "li"
            << "";
        QTest::newRow("claim at the deadline: expired, though no sweeper ran")
            << std::optional(record(State::Open, {}, kNow, 1)) << request(Kind::Claim) << kNow << false << "CLAIM_EXPIRED"
            << ""
            << ""
            << "";
        QTest::newRow("claim an expired round")
            << std::optional(record(State::Expired, {}, kNow - 5, 1)) << request(Kind::Claim) << kNow << false << "CLAIM_EXPIRED"
            << ""
            << ""
            << "";
        QTest::newRow("second claim: the first committed has it")
            << std::optional(record(State::Taken, "zhang")) << request(Kind::Claim) << kNow << false << "TAKEN"
            << ""
            << ""
            << "zhang";
        QTest::newRow("claim a released key: not on offer")
            << std::optional(record(State::Released)) << request(Kind::Claim) << kNow << false << "CLAIM_NOT_OPEN"
            << ""
            << ""
            << "";
        // release
        QTest::newRow("release what one holds") << std::optional(record(State::Taken, "li")) << request(Kind::Release) << kNow << true << ""
                                                << "released"
                                                << "li"
                                                << "";
        QTest::newRow("release what another holds")
            << std::optional(record(State::Taken, "zhang")) << request(Kind::Release) << kNow << false << "TAKEN"
            << ""
            << ""
            << "zhang";
        QTest::newRow("release a free key: nothing to do") << none << request(Kind::Release) << kNow << true << ""
                                                           << ""
                                                           << ""
                                                           << "";
        // assign
        QTest::newRow("assign a free key") << none << request(Kind::Assign, 0, "wu") << kNow << true << ""
                                           << "taken"
                                           << "wu"
                                           << "";
        QTest::newRow("assign over a holder: the manager decides")
            << std::optional(record(State::Taken, "zhang")) << request(Kind::Assign, 0, "wu") << kNow << true << ""
            << "taken"
            << "wu"
            << "";
        QTest::newRow("assign to nobody frees it")
            << std::optional(record(State::Taken, "zhang")) << request(Kind::Assign) << kNow << true << ""
            << "released"
            << "zhang"
            << "";
        QTest::newRow("assign nobody a free key: nothing to do") << none << request(Kind::Assign) << kNow << true << ""
                                                                 << ""
                                                                 << ""
                                                                 << "";
    }
    void golden()
    {
        QFETCH(std::optional<ArbitrationRecord>, current);
        QFETCH(sync::ArbitrationRequest, request);
        QFETCH(qint64, now);
        QFETCH(bool, granted);
        QFETCH(QString, code);
        QFETCH(QString, storedState);
        QFETCH(QString, storedHolder);
        QFETCH(QString, refusedHolder);

        const ArbitrationDecision d = arbitrate(current, request, kLi, QStringLiteral("office"), now);
        QVERIFY2(!d.trace.isEmpty(), "every decision says why");
        QCOMPARE(d.granted, granted);
        QCOMPARE(d.code, code);
        QCOMPARE(d.write ? toCode(d.write->state) : QString(), storedState);
        QCOMPARE(d.write ? d.write->holderUserId : QString(), storedHolder);
        QCOMPARE(d.holder ? d.holder->holderUserId : QString(), refusedHolder);
        if (d.write) {
            QCOMPARE(d.write->key, QStringLiteral("k"));
            QCOMPARE(d.write->officeId, QStringLiteral("office"));
            QCOMPARE(d.write->changedAt, now);
            if (d.write->state == State::Taken && request.kind != Kind::Assign) {
                QCOMPARE(d.write->holderOpId, kLi.opId); // the winner is the op at its hub_seq
                QCOMPARE(d.write->holderHubSeq, kLi.hubSeq);
            }
        }
        if (!granted)
            QVERIFY(!d.write); // a refusal changes nothing
    }

    void aHoldEndsOnTheHubClock()
    {
        const auto d = arbitrate(std::nullopt, request(Kind::Take, 30 * 60 * 1000), kLi, QStringLiteral("office"), kNow);
        QVERIFY(d.granted && d.write);
        QCOMPARE(d.write->expiresAt, kNow + 30 * 60 * 1000);
        const Claimant zhang{QStringLiteral("op-z"), QStringLiteral("zhang"), QStringLiteral("ws-z"), 13};
        QCOMPARE(arbitrate(d.write, request(Kind::Take), zhang, QStringLiteral("office"), kNow + 30 * 60 * 1000 - 1).code,
                 QStringLiteral("TAKEN"));
        QVERIFY(arbitrate(d.write, request(Kind::Take), zhang, QStringLiteral("office"), kNow + 30 * 60 * 1000).granted);
    }

    void roundsOpenAgainOnlyWhenFree()
    {
        const auto first = openForClaims(std::nullopt, QStringLiteral("office"), QStringLiteral("offer:1"), 15000, kNow);
        QVERIFY(first);
        QCOMPARE(first->state, State::Open);
        QCOMPARE(first->expiresAt, kNow + 15000);
        QCOMPARE(first->round, 1);
        QVERIFY(!openForClaims(first, QStringLiteral("office"), QStringLiteral("offer:1"), 15000, kNow + 14999)); // still open
        const auto second = openForClaims(first, QStringLiteral("office"), QStringLiteral("offer:1"), 15000, kNow + 15000);
        QVERIFY(second);
        QCOMPARE(second->round, 2);
        QCOMPARE(second->expiresAt, kNow + 30000);
        const auto won = arbitrate(second, request(Kind::Claim), kLi, QStringLiteral("office"), kNow + 20000);
        QVERIFY(won.granted);
        QVERIFY(!openForClaims(won.write, QStringLiteral("office"), QStringLiteral("offer:1"), 15000, kNow + 90000)); // claimed for good
    }

    void theRuleTableNamesTheKey()
    {
        const auto claim = sync::ArbitrationRules::of(QStringLiteral("customer.claim"), {{"customer_id", "c1"}});
        QVERIFY(claim);
        QCOMPARE(claim->kind, Kind::Take);
        QCOMPARE(claim->key, QStringLiteral("customer:c1"));
        QCOMPARE(claim->takenCode, QStringLiteral("CUSTOMER_ALREADY_OWNED"));
        const auto release = sync::ArbitrationRules::of(QStringLiteral("customer.release"), {{"customer_id", "c1"}});
        QVERIFY(release && release->kind == Kind::Release && release->key == claim->key);
        // customer.update races only when it sets the owner
        QVERIFY(!sync::ArbitrationRules::of(QStringLiteral("customer.update"), {{"customer_id", "c1"}, {"name", "李"}}));
        const auto assign = sync::ArbitrationRules::of(QStringLiteral("customer.update"), {{"customer_id", "c1"}, {"owner_id", "u9"}});
        QVERIFY(assign && assign->kind == Kind::Assign && assign->assignTo == QStringLiteral("u9") && assign->key == claim->key);
        QVERIFY(!sync::ArbitrationRules::of(QStringLiteral("followup.add"), {{"customer_id", "c1"}}));
        QVERIFY(!sync::ArbitrationRules::of(QStringLiteral("customer.claim"), {})); // no key: the op's own checks refuse it
        QVERIFY(sync::ArbitrationRules::arbitrated(QStringLiteral("customer.claim")));
        QVERIFY(!sync::ArbitrationRules::arbitrated(QStringLiteral("customer.update")));
    }
};

QTEST_GUILESS_MAIN(TestArbitration)
#include "tst_arbitration.moc"
