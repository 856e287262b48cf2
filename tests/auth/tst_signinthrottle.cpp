// Wrong passwords back off per login: 1 s, 2 s, 4 s … at most 5 min, on the injected clock.
#include "auth/signinthrottle.h"
#include "util/clock.h"

#include <QRegularExpression>
#include <QtTest>

using shoulou::ManualClock;
using shoulou::auth::SignInThrottle;

class TestSignInThrottle final : public QObject {
    Q_OBJECT
private slots:
    void backoff_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("waitMs");
        QTest::newRow("none") << 0 << qint64(0);
        QTest::newRow("1st") << 1 << qint64(1000);
        QTest::newRow("2nd") << 2 << qint64(2000);
        QTest::newRow("3rd") << 3 << qint64(4000);
        QTest::newRow("4th") << 4 << qint64(8000);
        QTest::newRow("9th") << 9 << qint64(256000);
        QTest::newRow("10th: the cap") << 10 << qint64(300000);
        QTest::newRow("50th") << 50 << qint64(300000);
        QTest::newRow("a million") << 1000000 << qint64(300000);
    }
    void backoff()
    {
        QFETCH(int, failures);
        QFETCH(qint64, waitMs);
        QCOMPARE(SignInThrottle::backoffMs(failures), waitMs);
    }

    // A golden table: a script of events at clock times (ms), each "F@t" (a wrong password),
    // "S@t" (a success), or "W@t=n" (asked at t, the wait must be n ms).
    void script_data()
    {
        QTest::addColumn<QString>("script");
        QTest::newRow("first failure waits 1 s") << "F@0 W@0=1000 W@999=1 W@1000=0 W@5000=0";
        QTest::newRow("doubling") << "F@0 W@1000=0 F@1000 W@1000=2000 W@2999=1 W@3000=0 F@3000 W@3000=4000 F@7000 W@7000=8000";
        QTest::newRow("success forgets") << "F@0 F@1000 F@3000 S@7000 W@7000=0 F@7000 W@7000=1000";
        QTest::newRow("waits count from the last failure") << "F@0 F@60000 W@60000=2000 W@61000=1000";
        QTest::newRow("capped at 5 min")
            << "F@0 F@1000 F@3000 F@7000 F@15000 F@31000 F@63000 F@127000 F@255000 W@255000=256000 F@511000 W@511000=300000 "
               "F@811000 W@811000=300000 W@1110999=1 W@1111000=0";
    }
    void script()
    {
        QFETCH(QString, script);
        ManualClock clock(0);
        SignInThrottle t(clock);
        for (const QString &step : script.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QChar what = step.at(0);
            const QStringList at = step.mid(2).split(QLatin1Char('='));
            clock.setMs(at.at(0).toLongLong());
            if (what == QLatin1Char('F'))
                t.failed(QStringLiteral("wang"));
            else if (what == QLatin1Char('S'))
                t.succeeded(QStringLiteral("wang"));
            else
                QVERIFY2(t.waitMs(QStringLiteral("wang")) == at.at(1).toLongLong(),
                         qPrintable(QStringLiteral("%1: %2").arg(step).arg(t.waitMs(QStringLiteral("wang")))));
        }
    }

    void loginsWaitEachForThemselves()
    {
        ManualClock clock(0);
        SignInThrottle t(clock);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("sign-in failed for login wang")));
        t.failed(QStringLiteral(" wang ")); // as typed: the login is trimmed
        QCOMPARE(t.waitMs(QStringLiteral("wang")), qint64(1000));
        QCOMPARE(t.waitMs(QStringLiteral("li")), qint64(0));
        QCOMPARE(t.failures(QStringLiteral("wang")), 1);
    }

    void refusalSaysTheWaitInWholeSeconds()
    {
        ManualClock clock(0);
        SignInThrottle t(clock);
        QVERIFY(t.refusal(QStringLiteral("wang")).isEmpty());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".*")));
        t.failed(QStringLiteral("wang"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".*")));
        t.failed(QStringLiteral("wang"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".*")));
        t.failed(QStringLiteral("wang"));
        clock.setMs(1); // 3 999 ms left: "4 s"
        QCOMPARE(t.waitSeconds(QStringLiteral("wang")), 4);
        QVERIFY2(t.refusal(QStringLiteral("wang")).contains(QStringLiteral("4 s")), qPrintable(t.refusal(QStringLiteral("wang"))));
        clock.setMs(3001);
        QCOMPARE(t.waitSeconds(QStringLiteral("wang")), 1);
        clock.setMs(4000);
        QVERIFY(t.refusal(QStringLiteral("wang")).isEmpty());
    }

    // The log names the login and how long it waits — it never sees a password to log.
    void failuresAreLoggedWithTheLoginOnly()
    {
        ManualClock clock(0);
        SignInThrottle t(clock);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("^sign-in failed for login zhao - 1 in a row, next try in 1 s$")));
        t.failed(QStringLiteral("zhao"));
    }
};

QTEST_GUILESS_MAIN(TestSignInThrottle)
#include "tst_signinthrottle.moc"
