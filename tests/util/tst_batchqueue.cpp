#include "util/batchqueue.h"

#include <QtTest>

#include <chrono>
#include <thread>

using namespace shoulou;
using namespace std::chrono_literals;

// The hand-off between the importer's reader and writer threads.
class TestBatchQueue final : public QObject {
    Q_OBJECT
private slots:
    void batchesArriveInOrderThenFinish()
    {
        BatchQueue<int> q(10);
        QVERIFY(q.push({1, 2}));
        QVERIFY(q.push({3}));
        q.finish();
        std::vector<int> out;
        QVERIFY(q.pop(out));
        QCOMPARE(out, (std::vector<int>{1, 2}));
        QCOMPARE(q.popFor(out, 0ms), BatchQueue<int>::Popped::Batch);
        QCOMPARE(out, std::vector<int>{3});
        QCOMPARE(q.popFor(out, 0ms), BatchQueue<int>::Popped::Finished);
        QVERIFY(!q.pop(out));
    }

    // A producer that stalls: the timed pop gives up and leaves the queue usable, and the
    // batch that comes later is still delivered.
    void timedPopGivesUpOnAStalledProducer()
    {
        BatchQueue<int> q(10);
        std::vector<int> out{7};
        QCOMPARE(q.popFor(out, 20ms), BatchQueue<int>::Popped::TimedOut);
        QCOMPARE(out, std::vector<int>{7}); // untouched
        std::thread late([&] {
            std::this_thread::sleep_for(30ms);
            q.push({4, 5});
            q.finish();
        });
        QCOMPARE(q.popFor(out, 10s), BatchQueue<int>::Popped::Batch);
        late.join();
        QCOMPARE(out, (std::vector<int>{4, 5}));
        QCOMPARE(q.popFor(out, 10s), BatchQueue<int>::Popped::Finished);
    }

    // A full queue holds the producer back until the consumer takes a batch.
    void fullQueueHoldsTheProducer()
    {
        BatchQueue<int> q(2);
        QVERIFY(q.push({1, 2}));
        std::atomic<bool> pushed{false};
        std::thread producer([&] {
            q.push({3});
            pushed = true;
        });
        std::this_thread::sleep_for(30ms);
        QVERIFY(!pushed.load());
        std::vector<int> out;
        QVERIFY(q.pop(out));
        producer.join();
        QVERIFY(pushed.load());
        QCOMPARE(q.popFor(out, 10s), BatchQueue<int>::Popped::Batch);
        QCOMPARE(out, std::vector<int>{3});
    }
};

QTEST_GUILESS_MAIN(TestBatchQueue)
#include "tst_batchqueue.moc"
