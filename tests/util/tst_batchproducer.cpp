#include "util/batchproducer.h"

#include <QtTest>

#include <atomic>
#include <stdexcept>

using namespace shoulou;

// The owned producer thread of a bulk write: exceptions become errors, an early exit of the
// consumer stops and joins it.
class TestBatchProducer final : public QObject {
    Q_OBJECT
private slots:
    void batchesArriveThenTheQueueFinishes()
    {
        BatchQueue<int> q(4);
        BatchProducer<int> p(q, [](BatchQueue<int> &out, std::stop_token) {
            for (int i = 0; i < 10; ++i)
                out.push({i});
        });
        std::vector<int> got, batch;
        while (q.pop(batch))
            got.insert(got.end(), batch.begin(), batch.end());
        p.join();
        QCOMPARE(int(got.size()), 10);
        QCOMPARE(got.back(), 9);
        QVERIFY(!p.error());
    }

    // With a bare std::thread this exception would std::terminate the process.
    void anExceptionOnTheProducerBecomesAnError()
    {
        BatchQueue<int> q(4);
        BatchProducer<int> p(q, [](BatchQueue<int> &out, std::stop_token) {
            out.push({1});
            throw std::runtime_error("disk on fire");
        });
        std::vector<int> batch;
        int batches = 0;
        while (q.pop(batch)) // the queue is finished after the exception: the consumer ends
            ++batches;
        p.join();
        QCOMPARE(batches, 1);
        QVERIFY(p.error());
        QCOMPARE(p.error()->code, QString("producer.exception"));
        QVERIFY(p.error()->message.contains("disk on fire"));
    }

    // The consumer leaves early (a write error): the destructor releases a producer blocked
    // on the full queue, sees its stop token set, and joins.
    void leavingEarlyStopsABlockedProducer()
    {
        BatchQueue<int> q(1);
        std::atomic<bool> stopSeen{false};
        std::atomic<int> pushed{0};
        {
            BatchProducer<int> p(q, [&](BatchQueue<int> &out, std::stop_token stop) {
                while (out.push({1}))
                    ++pushed;
                stopSeen = stop.stop_requested();
            });
            std::vector<int> batch;
            QVERIFY(q.pop(batch)); // take one, then give up
        }
        QVERIFY(stopSeen.load());
        QVERIFY(pushed.load() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestBatchProducer)
#include "tst_batchproducer.moc"
