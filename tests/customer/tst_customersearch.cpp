// The search box promises "last 4 digits of a phone": numbers ending in the digits come
// first, labelled phone_tail; numbers holding them elsewhere follow, labelled phone_fragment.
#include "customer/customersearch.h"
#include "testoffice.h"

#include <QtTest>

using namespace shoulou;

class TstCustomerSearch : public QObject {
    Q_OBJECT

private slots:
    void tailMatchesComeFirstAndAreLabelled()
    {
        test::TestOffice o;
        const QStringList header{"姓名", "手机"};
        QSet<QString> tails, fragments;
        // Interleaved on purpose: fragment matches are written first, so index order alone
        // would put them ahead of the tails.
        for (int i = 0; i < 12; ++i) {
            const QString inner = QStringLiteral("1392683%1").arg(1000 + i); // 2683 inside
            fragments.insert(o.ingest(o.lead(header, {QStringLiteral("片段%1").arg(i), inner})).value("customer_id").toString());
        }
        for (int i = 0; i < 3; ++i) {
            const QString tail = QStringLiteral("137%1%2").arg(1000 + i).arg(QStringLiteral("2683")); // 137 100i 2683
            tails.insert(o.ingest(o.lead(header, {QStringLiteral("尾号%1").arg(i), tail})).value("customer_id").toString());
        }
        QCOMPARE(tails.size(), 3);
        customer::CustomerSearch search(o.db(), &o.key());
        const auto hits = search.search(QStringLiteral("2683"), 50).value();
        QCOMPARE(hits.size(), 15);
        for (int i = 0; i < hits.size(); ++i) {
            if (i < 3) {
                QVERIFY2(tails.contains(hits[i].customerId), qPrintable(hits[i].name));
                QCOMPARE(hits[i].matchedBy, QString("phone_tail"));
                QVERIFY(hits[i].maskedPhone.endsWith("2683"));
            } else {
                QVERIFY2(fragments.contains(hits[i].customerId), qPrintable(hits[i].name));
                QCOMPARE(hits[i].matchedBy, QString("phone_fragment"));
            }
        }
        // A small limit is filled with tails first.
        const auto few = search.search(QStringLiteral("2683"), 2).value();
        QCOMPARE(few.size(), 2);
        for (const auto &h : few)
            QCOMPARE(h.matchedBy, QString("phone_tail"));
        // The whole number is still "phone".
        QCOMPARE(search.search(QStringLiteral("13710002683"), 5).value().value(0).matchedBy, QString("phone"));
    }

    // A damaged office: a failed read is an error naming it, never "no hits" (which at the
    // desk reads as "a new customer").
    void readErrorsAreErrorsNotEmptyLists()
    {
        test::TestOffice o;
        o.ingest(o.lead({"姓名", "手机"}, {"张三", "13812345678"}));
        customer::CustomerSearch search(o.db(), &o.key());
        QCOMPARE(search.search(QStringLiteral("5678")).value().size(), 1); // statements cached
        QVERIFY(o.db().execute("ALTER TABLE customer_phone RENAME TO customer_phone_gone").ok());
        for (const char *q : {"5678", "13812345678", "张三", "zs"}) {
            const auto hits = search.search(QString::fromUtf8(q));
            QVERIFY2(!hits.ok(), q);
            QCOMPARE(hits.error().code, QString("storage.read"));
            QVERIFY2(hits.error().message.contains("customer_phone"), qPrintable(hits.error().message));
        }
    }
};

QTEST_GUILESS_MAIN(TstCustomerSearch)
#include "tst_customersearch.moc"
