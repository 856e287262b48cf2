// The first-response clock as a golden table: it starts when the lead reaches the office and
// stops at the first call, WeChat message or visit; exactly the limit is still within it.
#include "dispatch/firstresponse.h"
#include "rostertext.h"

#include <QtTest>

using namespace shoulou;
using customer::FollowUpKind;
using dispatch::Contact;
using dispatch::FirstResponse;

namespace {

// "call+90 sms+30" → contacts N seconds after the lead arrived.
QList<Contact> contacts(const QString &text, qint64 received)
{
    QList<Contact> out;
    for (const QString &c : text.split(' ', Qt::SkipEmptyParts)) {
        const auto kind = fromCode<FollowUpKind>(c.section('+', 0, 0).section('-', 0, 0));
        const qint64 s = c.contains('+') ? c.section('+', 1).toLongLong() : -c.section('-', 1).toLongLong();
        out.append({received + s * 1000, *kind});
    }
    return out;
}

} // namespace

class TestFirstResponse final : public QObject {
    Q_OBJECT
private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("contacts");
        QTest::addColumn<int>("askedAfterS"); // when we ask, seconds after the lead arrived
        QTest::addColumn<bool>("contacted");
        QTest::addColumn<int>("durationS");
        QTest::addColumn<bool>("breached");
        QTest::addColumn<QString>("trace");
        QTest::newRow("called after 90 s") << "call+90" << 600 << true << 90 << false
                                           << "First contact at 14:01, 1 min 30 s after the lead arrived: within 5 min";
        QTest::newRow("exactly 5 min is within")
            << "wechat+300" << 600 << true << 300 << false << "First contact at 14:05, 5 min 00 s after the lead arrived: within 5 min";
        QTest::newRow("5 min 1 s is a breach") << "visit+301" << 600 << true << 301 << true
                                               << "First contact at 14:05, 5 min 01 s after the lead arrived: later than 5 min";
        QTest::newRow("the earliest contact counts") << "call+400 wechat+200" << 600 << true << 200 << false
                                                     << "First contact at 14:03, 3 min 20 s after the lead arrived: within 5 min";
        QTest::newRow("an SMS does not stop the clock") << "sms+30 call+320" << 600 << true << 320 << true
                                                        << "First contact at 14:05, 5 min 20 s after the lead arrived: later than 5 min";
        QTest::newRow("a showing is a visit") << "showing+60" << 600 << true << 60 << false
                                              << "First contact at 14:01, 1 min 00 s after the lead arrived: within 5 min";
        QTest::newRow("a call before the lead arrived does not count") << "call-60" << 120 << false << 120 << false
                                                                       << "Not contacted yet, 2 min 00 s after the lead arrived: "
                                                                          "5 min end at 14:05";
        QTest::newRow("not contacted, still in time")
            << "" << 299 << false << 299 << false << "Not contacted yet, 4 min 59 s after the lead arrived: 5 min end at 14:05";
        QTest::newRow("not contacted at exactly 5 min")
            << "" << 300 << false << 300 << false << "Not contacted yet, 5 min 00 s after the lead arrived: 5 min end at 14:05";
        QTest::newRow("not contacted, breached")
            << "other+10" << 301 << false << 301 << true << "Not contacted 5 min 01 s after the lead arrived: the 5 min passed at 14:05";
        QTest::newRow("a contact after the time asked is not known yet") << "call+200" << 100 << false << 100 << false
                                                                         << "Not contacted yet, 1 min 40 s after the lead arrived: "
                                                                            "5 min end at 14:05";
    }
    void golden()
    {
        QFETCH(QString, contacts);
        QFETCH(int, askedAfterS);
        QFETCH(bool, contacted);
        QFETCH(int, durationS);
        QFETCH(bool, breached);
        QFETCH(QString, trace);
        const qint64 received = test::kNow();
        const auto r = FirstResponse::measure(received, ::contacts(contacts, received), 5, received + askedAfterS * 1000LL);
        QCOMPARE(r.contacted, contacted);
        QCOMPARE(r.durationMs, durationS * 1000LL);
        QCOMPARE(r.breached, breached);
        QCOMPARE(r.deadlineMs, received + 300'000);
        QCOMPARE(r.trace, trace);
        if (contacted)
            QCOMPARE(r.firstContactMs, received + durationS * 1000LL);
    }

    void theLimitIsASetting()
    {
        const qint64 received = test::kNow();
        const QList<Contact> c{{received + 8 * 60'000, FollowUpKind::Call}};
        QVERIFY(FirstResponse::measure(received, c, 5, received + 3'600'000).breached);
        QVERIFY(!FirstResponse::measure(received, c, 10, received + 3'600'000).breached);
    }
};

QTEST_GUILESS_MAIN(TestFirstResponse)
#include "tst_firstresponse.moc"
