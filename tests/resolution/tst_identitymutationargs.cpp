// The identity mutations' typed arguments (issue #10): lead.ingest's LeadInput, customer.merge,
// customer.unmerge, review.resolve and review.resolve_group survive toJson→fromJson with their
// outcomes, and JSON of the wrong shape is refused by fromJson, naming the field, before
// anything is written.
#include "identity/customermerge.h"
#include "identity/ingestoutcome.h"
#include "identity/leadinput.h"
#include "identity/reviewresolve.h"
#include "refusal.h"
#include "testoffice.h"

#include <QJsonArray>

using namespace shoulou;

namespace {
const QStringList H{"姓名", "手机", "身份证号", "open_id", "留资时间", "渠道"};
}

class TstIdentityMutationArgs final : public QObject {
    Q_OBJECT
private slots:
    void leadInputRoundTrips()
    {
        test::TestOffice o;
        for (const QStringList &cells :
             {QStringList{"陈七", "135 1234 5678", "11010519491231002X", "", "2025-03-01 10:00", "抖音"},
              QStringList{"", "", "", "douyin-open-1", "2025-03-02", "抖音"}, QStringList{"李雷", "010-6552 9988", "", "", "", ""}}) {
            QString rejection;
            const identity::LeadInput lead = o.lead(H, cells, &rejection);
            QVERIFY2(rejection.isEmpty(), qPrintable(rejection));
            // Both forms: the object (toArgs) and the bytes the outbox stores (toJson).
            auto fromArgs = identity::LeadInput::fromJson(lead.toArgs());
            QVERIFY2(fromArgs.ok(), fromArgs.ok() ? "" : qPrintable(fromArgs.error().message));
            QVERIFY(*fromArgs == lead);
            auto fromBytes = identity::LeadInput::fromJson(QJsonDocument::fromJson(lead.toJson()).object());
            QVERIFY(fromBytes.ok());
            QVERIFY(*fromBytes == lead);
        }
        identity::IngestOutcome outcome{QStringLiteral("c1"),      QStringLiteral("l1"),   identity::IngestStatus::Merged,
                                        {QStringLiteral("phone")}, {QStringLiteral("c2")}, 1};
        QVERIFY(test::outcomeRoundTrips(outcome));
    }

    void decisionsRoundTrip()
    {
        QVERIFY(test::roundTrips(identity::CustomerMerge{QStringLiteral("a"), QStringLiteral("b"), false, identity::MergeReason::Manual}));
        QVERIFY(test::roundTrips(identity::CustomerMerge{QStringLiteral("a"), QStringLiteral("b"), true, identity::MergeReason::Review}));
        QVERIFY(test::outcomeRoundTrips(identity::CustomerMerge::Outcome{QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(test::roundTrips(identity::CustomerUnmerge{QStringLiteral("c1")}));
        QVERIFY(test::outcomeRoundTrips(identity::CustomerUnmerge::Outcome{QStringLiteral("c1"), QStringLiteral("c0")}));
        for (auto d : {identity::ReviewResolve::Decision::Merge, identity::ReviewResolve::Decision::KeepSeparate}) {
            QVERIFY(test::roundTrips(identity::ReviewResolve{QStringLiteral("r1"), d}));
            QVERIFY(test::outcomeRoundTrips(identity::ReviewResolve::Outcome{QStringLiteral("r1"), QStringLiteral("c1"), d}));
            QVERIFY(test::outcomeRoundTrips(identity::ReviewResolve::Outcome{QStringLiteral("r1"), {}, d}));
            QVERIFY(test::roundTrips(identity::ReviewGroupResolve{{QStringLiteral("r1"), QStringLiteral("r2")}, d}));
            QVERIFY(test::outcomeRoundTrips(identity::ReviewGroupResolve::Outcome{{QStringLiteral("r2")}, QStringLiteral("c1"), d}));
        }
    }

    void leadIngestRefusesWrongTypes()
    {
        test::TestOffice o;
        const QJsonObject good = o.lead(H, {"陈七", "13512345678", "11010519491231002X", "", "2025-03-01 10:00", "抖音"}).toArgs();
        auto with = [&](const char *key, const QJsonValue &v) {
            QJsonObject a = good;
            a.insert(QLatin1String(key), v);
            return a;
        };
        QJsonObject badPhone = good;
        QJsonArray phones = good["phones"].toArray();
        QJsonObject phone = phones[0].toObject();
        phone["e164"] = 8613512345678.0;
        phones[0] = phone;
        badPhone["phones"] = phones;
        QJsonObject badRid = good;
        QJsonObject rid = good["rid"].toObject();
        rid["legacy15"] = "no";
        badRid["rid"] = rid;
        QVERIFY(test::refusedNamingField(o, "lead.ingest", 1, with("received_at", "2025-03-01"), "received_at"));
        QVERIFY(test::refusedNamingField(o, "lead.ingest", 1, with("weight", "500"), "weight"));
        QVERIFY(test::refusedNamingField(o, "lead.ingest", 1, with("name", 7), "name"));
        QVERIFY(test::refusedNamingField(o, "lead.ingest", 1, with("phones", "13512345678"), "phones"));
        QVERIFY(test::refusedNamingField(o, "lead.ingest", 1, with("phones", QJsonArray{"13512345678"}), "phones[0]"));
        QVERIFY(test::refusedNamingField(o, "lead.ingest", 1, badPhone, "phones[0].e164"));
        QVERIFY(test::refusedNamingField(o, "lead.ingest", 1, badRid, "rid.legacy15"));
        QVERIFY(test::refusedNamingField(o, "lead.ingest", 1, with("rid", "110105…"), "rid"));
        QVERIFY(test::refusedNamingField(o, "lead.ingest", 1, with("dedup", 1), "dedup"));
        QCOMPARE(o.count("SELECT count(*) FROM customer"), qint64(0));
        // The checks that were there stay: no keys at all is lead.no_identity.
        QJsonObject keyless = good;
        keyless["phones"] = QJsonArray();
        keyless.remove("rid");
        QCOMPARE(o.applier().apply("lead.ingest", 1, keyless).error().code, QStringLiteral("lead.no_identity"));
        QVERIFY(o.applier().apply("lead.ingest", 1, good).ok());
    }

    void decisionsRefuseWrongTypes()
    {
        test::TestOffice o;
        const QString a = o.ingest(o.lead(H, {"周八", "13812345678", "", "", "2025-03-01 10:00", "抖音"})).value("customer_id").toString();
        const QString b = o.ingest(o.lead(H, {"吴九", "13912345678", "", "", "2025-03-01 10:00", "抖音"})).value("customer_id").toString();
        QVERIFY(test::refusedNamingField(o, "customer.merge", 1, {{"a", 5}, {"b", b}}, "a"));
        QVERIFY(test::refusedNamingField(o, "customer.merge", 1, {{"a", a}}, "b"));
        QVERIFY(test::refusedNamingField(o, "customer.merge", 1, {{"a", a}, {"b", b}, {"force", "yes"}}, "force"));
        QVERIFY(test::refusedNamingField(o, "customer.merge", 1, {{"a", a}, {"b", b}, {"reason", "phone"}}, "reason"));
        QVERIFY(test::refusedNamingField(o, "customer.unmerge", 1, {{"customer_id", 5}}, "customer_id"));
        QVERIFY(test::refusedNamingField(o, "review.resolve", 1, {{"review_id", 5}, {"decision", "merge"}}, "review_id"));
        QVERIFY(test::refusedNamingField(o, "review.resolve", 1, {{"review_id", "r1"}, {"decision", true}}, "decision"));
        QVERIFY(test::refusedNamingField(o, "review.resolve", 1, {{"review_id", "r1"}, {"decision", "maybe"}}, "decision"));
        QVERIFY(test::refusedNamingField(o, "review.resolve_group", 1, {{"review_ids", "r1"}, {"decision", "merge"}}, "review_ids"));
        QVERIFY(
            test::refusedNamingField(o, "review.resolve_group", 1, {{"review_ids", QJsonArray{1}}, {"decision", "merge"}}, "review_ids"));
        QVERIFY(
            test::refusedNamingField(o, "review.resolve_group", 1, {{"review_ids", QJsonArray{}}, {"decision", "merge"}}, "review_ids"));
        QVERIFY(test::refusedNamingField(o, "review.resolve_group", 1, {{"review_ids", QJsonArray{"r1"}}}, "decision"));
        QCOMPARE(o.count("SELECT count(*) FROM merge_event"), qint64(0));
        // The typed merge, as the CLI applies it.
        auto merged = o.applier().apply(identity::CustomerMerge{a, b, false, identity::MergeReason::Manual});
        QVERIFY2(merged.ok(), merged.ok() ? "" : qPrintable(merged.error().message));
        QCOMPARE(QSet<QString>({merged->survivorId, merged->mergedId}), QSet<QString>({a, b}));
        QCOMPARE(o.db().queryText("SELECT reason FROM merge_event"), QStringLiteral("manual"));
    }
};

QTEST_GUILESS_MAIN(TstIdentityMutationArgs)
#include "tst_identitymutationargs.moc"
