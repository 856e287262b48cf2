#include "testoffice.h"

#include "identity/knownkeys.h"
#include "io/importer.h"

#include <QRandomGenerator>

using namespace shoulou;
using identity::KnownKeys;

// The import's filter of stored keys may say "maybe" for a key it never saw (that only costs
// a lookup), but must never say "no" for a key that is stored: that would create a second
// customer for a known person.
class TestKnownKeys final : public QObject {
    Q_OBJECT
private slots:
    void addedKeysAreAlwaysFoundAndFewOthersAre()
    {
        test::TestOffice o;
        KnownKeys keys = KnownKeys::load(o.db(), 50000);
        QCOMPARE(keys.keyCount(), qint64(0));
        QRandomGenerator rng(7);
        QStringList phones;
        for (int i = 0; i < 50000; ++i) {
            phones << QStringLiteral("+8613%1").arg(rng.bounded(1000000000), 9, 10, QLatin1Char('0'));
            keys.add(KnownKeys::Kind::Phone, phones.last());
        }
        for (const QString &p : phones)
            QVERIFY(keys.mayContain(KnownKeys::Kind::Phone, p));
        int falsePositives = 0;
        for (int i = 0; i < 50000; ++i)
            falsePositives += keys.mayContain(KnownKeys::Kind::Phone, QStringLiteral("+8615%1").arg(i, 9, 10, QLatin1Char('0')));
        QVERIFY2(falsePositives < 500, qPrintable(QString::number(falsePositives))); // < 1 %
        // The kind is part of the key: a phone's text is not a known device.
        int crossKind = 0;
        for (int i = 0; i < 1000; ++i)
            crossKind += keys.mayContain(KnownKeys::Kind::Device, phones[i]);
        QVERIFY2(crossKind < 20, qPrintable(QString::number(crossKind)));
    }

    void loadFindsEveryStoredKey()
    {
        test::TestOffice o;
        const QStringList header{"姓名", "手机", "身份证号", "渠道", "留资时间"};
        const QStringList rows[] = {{"张伟", "13812345678", "11010519491231002X", "抖音", "2025-09-01 10:00"},
                                    {"李娜", "13912345678", "", "小红书", "2025-09-02 10:00"},
                                    {"王芳", "13712345678", "", "安居客", "2025-09-03 10:00"}};
        for (const auto &cells : rows)
            QVERIFY(!o.ingest(o.lead(header, cells)).contains("error"));
        KnownKeys keys = KnownKeys::load(o.db(), 0);
        auto &phones = o.db().prepare("SELECT match_key, soft_a, soft_b FROM customer_phone");
        int n = 0;
        while (phones.step()) {
            QVERIFY(keys.mayContain(KnownKeys::Kind::Phone, phones.text(0)));
            QVERIFY(keys.mayContain(KnownKeys::Kind::Soft, phones.text(1)));
            QVERIFY(keys.mayContain(KnownKeys::Kind::Soft, phones.text(2)));
            ++n;
        }
        phones.reset();
        QCOMPARE(n, 3);
        auto &leads = o.db().prepare("SELECT dedup_key FROM touch WHERE dedup_key IS NOT NULL");
        n = 0;
        while (leads.step()) {
            QVERIFY(keys.mayContain(KnownKeys::Kind::Lead, leads.blob(0)));
            ++n;
        }
        leads.reset();
        QCOMPARE(n, 3);
        auto &rid = o.db().prepare("SELECT blind_index FROM customer_resident_id");
        QVERIFY(rid.step());
        QVERIFY(keys.mayContain(KnownKeys::Kind::ResidentId, rid.blob(0)));
        rid.reset();
        QCOMPARE(keys.keyCount(), qint64(3 * 3 + 1 + 3));
    }
};

QTEST_GUILESS_MAIN(TestKnownKeys)
#include "tst_knownkeys.moc"
