#include "util/clock.h"
#include "util/hlc.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace shoulou;

class TestHlc final : public QObject {
    Q_OBJECT
private slots:
    void monotonicUnderBackwardJumps()
    {
        ManualClock clock(1'000'000);
        Hlc hlc(clock);
        QRandomGenerator rng(42);
        quint64 prev = 0;
        for (int i = 0; i < 10000; ++i) {
            clock.advanceMs(rng.bounded(-500, 500)); // wall clock jumps back and forth
            const quint64 t = (i % 3 == 0) ? hlc.receive(Hlc::pack(clock.nowMs() + rng.bounded(-1000, 1000), rng.bounded(5))) : hlc.tick();
            QVERIFY2(t > prev, qPrintable(QString::number(i)));
            prev = t;
        }
    }
    void receiveIsAfterRemote()
    {
        ManualClock clock(1000);
        Hlc hlc(clock);
        const quint64 remote = Hlc::pack(5000, 7); // remote clock is ahead
        const quint64 t = hlc.receive(remote);
        QVERIFY(t > remote);
        QCOMPARE(Hlc::wallMs(t), qint64(5000));
        QCOMPARE(Hlc::counter(t), quint32(8));
        QVERIFY(hlc.tick() > t);
    }
    void packRoundTrip()
    {
        const quint64 p = Hlc::pack(1'700'000'000'123, 42);
        QCOMPARE(Hlc::wallMs(p), qint64(1'700'000'000'123));
        QCOMPARE(Hlc::counter(p), quint32(42));
    }
};

QTEST_GUILESS_MAIN(TestHlc)
#include "tst_hlc.moc"
