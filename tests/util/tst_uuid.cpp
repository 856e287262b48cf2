#include "util/clock.h"
#include "util/uuid.h"

#include <QSet>
#include <QtTest>

using namespace shoulou;

class TestUuid final : public QObject {
    Q_OBJECT
private slots:
    void formatAndOrder()
    {
        ManualClock clock(1'700'000'000'000);
        UuidV7 gen(clock);
        QString prev;
        QSet<QString> seen;
        for (int i = 0; i < 20000; ++i) {
            if (i % 100 == 0)
                clock.advanceMs(i % 300 == 0 ? -5 : 1); // including a clock step back
            const QString id = gen.next();
            QVERIFY2(UuidV7::isValid(id), qPrintable(id));
            QVERIFY2(id > prev, qPrintable(id + " <= " + prev));
            seen.insert(id);
            prev = id;
        }
        QCOMPARE(seen.size(), 20000);
    }
    void timestamp()
    {
        ManualClock clock(1'712'345'678'901);
        UuidV7 gen(clock);
        QCOMPARE(UuidV7::timestampMs(gen.next()), qint64(1'712'345'678'901));
    }
};

QTEST_GUILESS_MAIN(TestUuid)
#include "tst_uuid.moc"
