#include "testoffice.h"

#include "customer/mergehistory.h"
#include "customer/reviewqueue.h"

#include <QJsonArray>

using namespace shoulou;

namespace {
const QStringList H{"姓名", "手机", "身份证号", "open_id", "留资时间", "渠道"};
constexpr qint64 kMinute = 60'000;
} // namespace

// The read side of the Duplicates screen: what the queue lists and how a pair compares.
class TestReviewQueue final : public QObject {
    Q_OBJECT
private slots:
    void listsOpenItemsNewestFirstWithLiveNames()
    {
        test::TestOffice o;
        o.ingest(o.lead(H, {"周八", "13812345678", "", "", "2025-03-01 10:00", "抖音"}));
        o.clock().advanceMs(kMinute);
        o.ingest(o.lead(H, {"周八", "13812345679", "", "", "2025-03-02 10:00", "安居客"}));
        o.clock().advanceMs(kMinute);
        // The record seen later arrives first here, so it has the smaller id and is the item's
        // customer_a; the queue still shows the one seen first as A.
        const auto later = o.ingest(o.lead(H, {"陈七", "13512345678", "34052419800101001X", "", "2025-03-02", ""}));
        o.clock().advanceMs(kMinute);
        const auto first = o.ingest(o.lead(H, {"陈七", "13512345678", "11010519491231002X", "", "2025-03-01", ""}));
        customer::ReviewQueue queue(o.db());
        QCOMPARE(queue.openCount().value(), qint64(2));
        const auto items = queue.open(10).value();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].kind, QString("resident_id_conflict"));
        QCOMPARE(items[1].kind, QString("soft_match"));
        QVERIFY(items[0].createdAt > items[1].createdAt);
        QCOMPARE(items[1].nameA, QString("周八"));
        QCOMPARE(items[0].customerA, first["customer_id"].toString());
        QCOMPARE(items[0].customerB, later["customer_id"].toString());
        QCOMPARE(o.db().queryText("SELECT customer_a FROM review_item WHERE id = ?1", items[0].id), later["customer_id"].toString());
        QCOMPARE(queue.open(1)->size(), 1);

        // A decided item leaves the queue.
        QVERIFY(o.applier().apply("review.resolve", 1, {{"review_id", items[0].id}, {"decision", "keep_separate"}}).ok());
        QCOMPARE(queue.openCount().value(), qint64(1));
        QCOMPARE(queue.open(10)->first().id, items[1].id);
    }

    void pairShowsBothSidesMaskedWithCounts()
    {
        test::TestOffice o;
        // B arrives first in this database but was seen later; A was seen first and survives.
        const auto b = o.ingest(o.lead(H, {"周八", "13812345679", "", "", "2025-03-05 09:30", "安居客"}));
        const auto a = o.ingest(o.lead(H, {"周八", "13812345678", "", "", "2025-03-01 10:00", "抖音"}));
        o.ingest(o.lead(H, {"周八", "13812345678", "", "", "2025-03-03 10:00", "安居客"}));
        const QString ida = a["customer_id"].toString(), idb = b["customer_id"].toString();
        QVERIFY(ida != idb);
        QVERIFY(o.applier().apply("followup.add", 1, {{"customer_id", idb}, {"kind", "call"}, {"note", "回电"}}).ok());
        const QString owner = o.applier()
                                  .apply("user.create", 1, {{"login", "li"}, {"display_name", "李顾问"}, {"role", "consultant"}})
                                  ->value("user_id")
                                  .toString();
        QVERIFY(o.applier().apply("customer.update", 1, {{"customer_id", idb}, {"owner_id", owner}, {"grade", "B"}}).ok());

        const auto p = customer::ReviewQueue(o.db()).pair(idb, ida).value();
        QVERIFY(p.a.found && p.b.found);
        QCOMPARE(p.a.customerId, idb);
        QCOMPARE(p.a.maskedPhones, QStringList{"138****5679"});
        QCOMPARE(p.b.maskedPhones, QStringList{"138****5678"});
        QCOMPARE(p.a.ownerName, QString("李顾问"));
        QCOMPARE(p.a.grade, QString("B"));
        QCOMPARE(p.b.ownerName, QString());
        QCOMPARE(p.a.touches, 1);
        QCOMPARE(p.b.touches, 2);
        QCOMPARE(p.a.followUps, 1);
        QCOMPARE(p.b.followUps, 0);
        // Channels by first touch, oldest first.
        QCOMPARE(p.b.channels.size(), 2);
        QVERIFY(p.b.channels[0].firstAt < p.b.channels[1].firstAt);
        QVERIFY(p.b.firstSeenAt < p.a.firstSeenAt);
        QVERIFY(!p.aSurvives); // B was seen first
        QVERIFY(!p.residentIdsDiffer);
        // The prediction is what the merge does.
        auto m = o.applier().apply("customer.merge", 1, {{"a", idb}, {"b", ida}});
        QVERIFY(m.ok());
        QCOMPARE(m->value("survivor_id").toString(), ida);
        // A merged-away record is shown as its live customer, with everything that moved.
        const auto merged = customer::ReviewQueue(o.db()).side(idb).value();
        QCOMPARE(merged.customerId, ida);
        QCOMPARE(merged.touches, 3);
        QCOMPARE(merged.followUps, 1);
        QCOMPARE(merged.maskedPhones.size(), 2);
        QVERIFY(!customer::ReviewQueue(o.db()).side("no-such-customer")->found);
    }

    void differentResidentIdsAreFlagged()
    {
        test::TestOffice o;
        const auto a = o.ingest(o.lead(H, {"陈七", "13512345678", "11010519491231002X", "", "2025-03-01", ""}));
        const auto b = o.ingest(o.lead(H, {"陈七", "13512345678", "34052419800101001X", "", "2025-03-02", ""}));
        const auto c = o.ingest(o.lead(H, {"陈七", "13612345678", "", "", "2025-03-03", ""}));
        customer::ReviewQueue queue(o.db());
        const auto p = queue.pair(a["customer_id"].toString(), b["customer_id"].toString()).value();
        QVERIFY(p.residentIdsDiffer);
        QCOMPARE(p.a.maskedResidentIds, QStringList{"1101**********002X"});
        QCOMPARE(p.b.maskedResidentIds, QStringList{"3405**********001X"});
        QVERIFY(p.aSurvives);
        // No id on one side is no conflict.
        QVERIFY(!queue.pair(a["customer_id"].toString(), c["customer_id"].toString())->residentIdsDiffer);
    }

    void mergeHistoryNewestFirstAndUndone()
    {
        test::TestOffice o;
        const auto a = o.ingest(o.lead(H, {"孙一", "13312345678", "", "", "2025-03-01", ""}));
        const auto b = o.ingest(o.lead(H, {"孙二", "13412345678", "", "", "2025-03-02", ""}));
        const auto c = o.ingest(o.lead(H, {"孙三", "13512345678", "", "", "2025-03-03", ""}));
        const QString ida = a["customer_id"].toString(), idb = b["customer_id"].toString(), idc = c["customer_id"].toString();
        customer::MergeHistory history(o.db());
        QCOMPARE(history.count().value(), qint64(0));
        QVERIFY(history.recent(10)->isEmpty());
        QVERIFY(o.applier().apply("customer.merge", 1, {{"a", ida}, {"b", idb}}).ok());
        o.clock().advanceMs(kMinute);
        QVERIFY(o.applier().apply("customer.merge", 1, {{"a", idc}, {"b", ida}}).ok());
        o.clock().advanceMs(kMinute);
        QVERIFY(o.applier().apply("customer.unmerge", 1, {{"customer_id", idb}}).ok());

        const auto rows = history.recent(10).value();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(history.count().value(), qint64(2));
        QCOMPARE(rows[0].mergedId, idc);
        QCOMPARE(rows[0].survivorId, ida);
        QCOMPARE(rows[0].mergedName, QString("孙三"));
        QCOMPARE(rows[0].mergedPhone, QString("135****5678")); // its own phone, not the tree's first
        QCOMPARE(rows[0].survivorPhone, QString("133****5678"));
        QCOMPARE(rows[0].reason, QString("manual"));
        QVERIFY(!rows[0].undone());
        QCOMPARE(rows[1].mergedId, idb);
        QCOMPARE(rows[1].survivorName, QString("孙一"));
        QVERIFY(rows[1].undone());
        QCOMPARE(rows[1].unmergedAt, o.clock().nowMs());
        QCOMPARE(history.recent(1)->size(), 1);
    }

    void readErrorsAreErrorsNotEmptyLists()
    {
        test::TestOffice o;
        o.ingest(o.lead(H, {"周八", "13812345678", "", "", "2025-03-01 10:00", "抖音"}));
        o.ingest(o.lead(H, {"周八", "13812345679", "", "", "2025-03-02 10:00", "安居客"}));
        customer::ReviewQueue queue(o.db());
        QCOMPARE(queue.open(10)->size(), 1); // prepared and cached while the table exists
        customer::MergeHistory history(o.db());
        QVERIFY(history.recent(10).ok());
        // A damaged office: the tables are gone under the cached statements.
        QVERIFY(o.db().execute("DROP TABLE review_item").ok());
        QVERIFY(o.db().execute("DROP TABLE merge_event").ok());
        auto items = queue.open(10);
        QVERIFY(!items.ok());
        QCOMPARE(items.error().code, QString("storage.read"));
        QVERIFY2(items.error().message.contains("review_item"), qPrintable(items.error().message));
        QVERIFY(!queue.openCount().ok());
        QVERIFY(!history.recent(10).ok());
        QVERIFY(!history.count().ok());
    }

    void onePersonsLookAlikesAreOneEntry()
    {
        test::TestOffice o;
        // Fifty rows of one name with consecutive phones: many "one digit apart" pairs.
        for (int i = 0; i < 50; ++i) {
            o.clock().advanceMs(kMinute);
            o.ingest(
                o.lead(H, {"郑一", QStringLiteral("139000000%1").arg(i, 2, 10, QLatin1Char('0')), "", "", "2025-03-01 10:00", "抖音"}));
        }
        o.ingest(o.lead(H, {"陈七", "13512345678", "11010519491231002X", "", "2025-03-01", ""}));
        o.ingest(o.lead(H, {"陈七", "13512345678", "34052419800101001X", "", "2025-03-02", ""}));
        const qint64 pairs = o.count("SELECT count(*) FROM review_item WHERE kind = 'soft_match' AND status = 'open'");
        QVERIFY2(pairs > 49, qPrintable(QString::number(pairs)));
        customer::ReviewQueue queue(o.db());
        const auto page = queue.page(500).value();
        // The reviewer sees 郑一 once, with 49 look-alikes, and the resident-id conflict.
        QCOMPARE(page.total, qint64(2));
        QCOMPARE(page.entries.size(), 2);
        const auto &group = page.entries[0].kind == "soft_match" ? page.entries[0] : page.entries[1];
        QCOMPARE(group.lookAlikes.size(), 49);
        QCOMPARE(group.reviewIds.size(), int(pairs));
        // A is the one seen first (equal times: the seniority key decides, as in a merge).
        QCOMPARE(group.customerA,
                 o.db().queryText("SELECT id FROM customer WHERE name = '郑一' ORDER BY first_seen_at, first_seen_key LIMIT 1"));
        // One decision settles every pair of the group.
        QJsonArray ids;
        for (const QString &id : group.reviewIds)
            ids.append(id);
        QVERIFY(o.applier().apply("review.resolve_group", 1, {{"review_ids", ids}, {"decision", "keep_separate"}}).ok());
        QCOMPARE(o.count("SELECT count(*) FROM review_item WHERE kind = 'soft_match' AND status = 'open'"), qint64(0));
        QCOMPARE(queue.page(500)->total, qint64(1));
    }

    void groupMergeKeepsTheFirstSeen()
    {
        test::TestOffice o;
        QStringList ids;
        for (int i = 0; i < 4; ++i) {
            o.clock().advanceMs(kMinute);
            ids << o.ingest(
                        o.lead(H, {"郑一", QStringLiteral("1390000000%1").arg(i), "", "", QStringLiteral("2025-03-0%1").arg(i + 1), ""}))
                       .value("customer_id")
                       .toString();
        }
        const auto group = customer::ReviewQueue(o.db()).open(10).value().first();
        QCOMPARE(group.customerA, ids[0]);
        QJsonArray reviewIds;
        for (const QString &id : group.reviewIds)
            reviewIds.append(id);
        auto r = o.applier().apply("review.resolve_group", 1, {{"review_ids", reviewIds}, {"decision", "merge"}});
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->value("survivor_id").toString(), ids[0]);
        QCOMPARE(o.count("SELECT count(*) FROM customer WHERE merged_into IS NULL AND name = '郑一'"), qint64(1));
        QCOMPARE(o.count("SELECT count(*) FROM review_item WHERE status = 'open'"), qint64(0));
    }

    void onePhoneDigitApartShowsTheDifferingDigit()
    {
        test::TestOffice o;
        // 13912342228 and 13912352228 differ in the masked middle: both mask to 139****2228.
        const auto a = o.ingest(o.lead(H, {"吴九", "13912342228", "", "", "2025-03-01 10:00", "抖音"}));
        const auto b = o.ingest(o.lead(H, {"吴九", "13912352228", "", "", "2025-03-02 10:00", "抖音"}));
        QCOMPARE(o.count("SELECT count(*) FROM review_item WHERE kind = 'soft_match'"), qint64(1));
        const auto p = customer::ReviewQueue(o.db()).pair(a["customer_id"].toString(), b["customer_id"].toString()).value();
        QCOMPARE(p.a.maskedPhones, QStringList{"139***42228"});
        QCOMPARE(p.b.maskedPhones, QStringList{"139***52228"});
        // Only the differing digit is shown; the rest of the middle stays masked.
        QCOMPARE(customer::ReviewQueue(o.db()).side(a["customer_id"].toString())->maskedPhones, QStringList{"139****2228"});
    }

    void mergeRecordsWhoMergedAndUndid()
    {
        test::TestOffice o;
        const QString wang = o.applier()
                                 .apply("user.create", 1, {{"login", "tester"}, {"display_name", "王经理"}, {"role", "manager"}})
                                 ->value("user_id")
                                 .toString();
        QVERIFY(!wang.isEmpty());
        const auto a = o.ingest(o.lead(H, {"孙一", "13312345678", "", "", "2025-03-01", ""}));
        const auto b = o.ingest(o.lead(H, {"孙二", "13412345678", "", "", "2025-03-02", ""}));
        QVERIFY(o.applier().apply("customer.merge", 1, {{"a", a["customer_id"]}, {"b", b["customer_id"]}}).ok());
        customer::MergeHistory history(o.db());
        auto rows = history.recent(10).value();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].mergedBy, QString("王经理")); // the applier acts as login "tester"
        QCOMPARE(rows[0].movedPhones, 1);
        QCOMPARE(rows[0].movedTouches, 1);
        QVERIFY(o.applier().apply("customer.unmerge", 1, {{"customer_id", b["customer_id"]}}).ok());
        rows = history.recent(10).value();
        QCOMPARE(rows[0].unmergedBy, QString("王经理"));
        QCOMPARE(o.db().queryText("SELECT merged_by FROM merge_event"), wang);
    }
};

QTEST_GUILESS_MAIN(TestReviewQueue)
#include "tst_reviewqueue.moc"
