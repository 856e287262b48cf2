// The import's typed lead.ingest path and the registered JSON handler are the same mutation:
// replaying one office's outbox through the registry into a fresh database gives the same
// customers, keys, touches and reviews.
#include "testoffice.h"

#include "io/importer.h"
#include "mutation/context.h"
#include "mutation/registry.h"

#include <QJsonDocument>

using namespace shoulou;

namespace {

QStringList state(test::TestOffice &o)
{
    QStringList out;
    auto dump = [&](const char *sql) {
        auto &st = o.db().prepare(sql);
        QStringList rows;
        while (st.step()) {
            QStringList cols;
            for (int i = 0; i < 6; ++i)
                cols << st.text(i);
            rows << cols.join('|');
        }
        st.reset();
        rows.sort();
        out << rows;
    };
    dump("SELECT id, name, name_key, pinyin, root_id, coalesce(merged_into, '') FROM customer");
    dump("SELECT match_key, customer_id, e164, kind, digits, coalesce(soft_a, '') FROM customer_phone");
    dump("SELECT hex(blind_index), customer_id, masked, legacy15, needs_review, '' FROM customer_resident_id");
    dump("SELECT match_key, customer_id, platform, '', '', '' FROM customer_device");
    dump("SELECT id, customer_id, coalesce(channel_id, ''), kind, occurred_at, weight_permille FROM touch");
    dump("SELECT id, customer_id, hex(dedup_key), received_at, coalesce(source, ''), '' FROM lead");
    dump("SELECT kind, customer_a, customer_b, status, detail, '' FROM review_item");
    dump("SELECT survivor_id, merged_id, reason, '', '', '' FROM merge_event");
    return out;
}

} // namespace

class TestReplay final : public QObject {
    Q_OBJECT
private slots:
    void outboxReplayGivesSameState()
    {
        test::TestOffice a;
        io::Importer imp(a.applier(), a.key(), a.clock());
        io::ImportOptions opt;
        opt.path = QStringLiteral(SHOULOU_TEST_DATA_DIR "/import/leads_mixed.csv");
        QVERIFY(imp.run(opt).ok());
        opt.path = QStringLiteral(SHOULOU_TEST_DATA_DIR "/import/douyin_export.csv");
        opt.mappingPath = QStringLiteral(SHOULOU_TEST_DATA_DIR "/import/douyin_mapping.json");
        QVERIFY(imp.run(opt).ok());

        test::TestOffice b(true); // same key, empty database
        auto &st = a.db().prepare("SELECT op_id, name, version, args FROM outbox ORDER BY client_seq");
        int replayed = 0;
        // Replay with the original op ids, so ids derived inside each mutation match.
        while (st.step()) {
            const QString op = st.text(0), name = st.text(1);
            const QJsonObject args = QJsonDocument::fromJson(st.text(3).toUtf8()).object();
            const auto *handler = mutation::Registry::standard().find(name, int(st.int64(2)));
            QVERIFY2(handler, qPrintable(name));
            QVERIFY(b.db().begin().ok());
            mutation::Context ctx(b.db(), &b.key(), op, 1, b.clock().nowMs(), {});
            auto r = (*handler)(ctx, args);
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
            QVERIFY(b.db().commit().ok());
            ++replayed;
        }
        st.reset();
        QVERIFY(replayed >= 9);
        const QStringList sa = state(a);
        QVERIFY(sa.size() > 20);
        QCOMPARE(state(b), sa);
    }
};

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
