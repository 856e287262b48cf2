// "Latest request wins": a request superseded by a newer one has its answer dropped, and is
// not even run when it is superseded before its turn.
#include "testoffice.h"
#include "waitforidle.h"
#include "worker/latestrequest.h"
#include "worker/readworker.h"

#include <QtTest>

#include <atomic>
#include <functional>

using namespace shoulou;
using worker::LatestRequest;
using worker::ReadContext;
using worker::ReadWorker;

class TestLatestRequest : public QObject {
    Q_OBJECT
private slots:
    void ticketsOfOneRequest()
    {
        LatestRequest r;
        const auto first = r.next();
        QVERIFY(first.isCurrent());
        const auto page = r.current(); // the next page of the same request
        QVERIFY(page.isCurrent());
        const auto second = r.next();
        QVERIFY(!first.isCurrent());
        QVERIFY(!page.isCurrent());
        QVERIFY(second.isCurrent());
        r.supersede();
        QVERIFY(!second.isCurrent());
        QVERIFY(LatestRequest::Ticket().isCurrent()); // a job nobody supersedes
    }

    void onlyTheLatestAnswerIsHandedBack()
    {
        test::TestOffice o;
        auto reader = ReadWorker::open(o.path(), o.key(), QStringLiteral("test-reader"));
        QVERIFY(reader.ok());
        LatestRequest typing;
        std::atomic<int> ran{0};
        QStringList shown;
        // The first job blocks the thread until every keystroke is posted, so the keystrokes in
        // between are superseded before their turn.
        std::atomic<bool> release{false}, started{false};
        (*reader)->runLatest<QString>(
            typing.next(), this,
            [&](ReadContext &) {
                ++ran;
                started = true;
                while (!release)
                    QThread::msleep(1);
                return QStringLiteral("1");
            },
            [&shown](QString s) { shown << s; });
        QTRY_VERIFY(started.load());
        for (const QString &text : QStringList{QStringLiteral("13"), QStringLiteral("138"), QStringLiteral("1381")})
            (*reader)->runLatest<QString>(
                typing.next(), this,
                [&ran, text](ReadContext &ctx) {
                    ++ran;
                    return text + QString::number(ctx.db.queryInt("SELECT 0"));
                },
                [&shown](QString s) { shown << s; });
        release = true;
        QVERIFY(shoulou::test::waitForIdle(**reader));
        QCOMPARE(shown, QStringList{QStringLiteral("13810")});
        QCOMPARE(ran.load(), 2); // the first (already running) and the last
        QCOMPARE((*reader)->pending(), 0);
    }

    void plainJobsAreNeverDropped()
    {
        test::TestOffice o;
        auto reader = ReadWorker::open(o.path(), o.key(), QStringLiteral("test-reader"));
        QVERIFY(reader.ok());
        QList<int> got;
        for (int i = 0; i < 3; ++i)
            (*reader)->run<int>(
                this, [i](ReadContext &) { return i; }, [&got](int v) { got << v; });
        QVERIFY(shoulou::test::waitForIdle(**reader));
        QCOMPARE(got, (QList<int>{0, 1, 2}));
    }
};

QTEST_GUILESS_MAIN(TestLatestRequest)
#include "tst_latestrequest.moc"
