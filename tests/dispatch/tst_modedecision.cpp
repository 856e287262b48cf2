// The dispatch mode at a moment as a golden table: the calendar's, or a manager's override for
// a day or a period — the project's before the office's, the later-set among overlapping ones
// — and the calendar again once the period ends.
#include "dispatch/modedecision.h"
#include "util/officetime.h"

#include <QtTest>

using namespace shoulou;
using dispatch::DispatchMode;
using dispatch::ModeDecision;
using dispatch::ModeOverride;

namespace {

qint64 at(int y, int m, int d, int h = 12, int min = 0)
{
    return OfficeTime::toMs(QDate(y, m, d), QTime(h, min));
}

// "P grab 2025-10-18T09:00 2025-10-18T18:00 王经理" (P: project p1, O: the whole office).
QList<ModeOverride> overrides(const QString &text)
{
    QList<ModeOverride> out;
    for (const QString &line : text.split(';', Qt::SkipEmptyParts)) {
        const QStringList t = line.split(' ', Qt::SkipEmptyParts);
        const auto ms = [](const QString &iso) {
            const QDateTime dt = QDateTime::fromString(iso, Qt::ISODate);
            return OfficeTime::toMs(dt.date(), dt.time());
        };
        out.append({t[0] == "P" ? QStringLiteral("p1") : QString(), *fromCode<DispatchMode>(t[1]), ms(t[2]), ms(t[3]), t.value(4)});
    }
    return out;
}

} // namespace

class TestModeDecision final : public QObject {
    Q_OBJECT
private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("overrides");
        QTest::addColumn<qint64>("at");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<bool>("overridden");
        QTest::addColumn<QString>("reason");
        QTest::newRow("working day: idle") << "" << at(2025, 10, 9) << "idle" << false
                                           << "2025-10-09 (Thursday) is a working day: idle dispatch";
        QTest::newRow("swapped Saturday: idle")
            << "" << at(2025, 10, 11) << "idle" << false << "2025-10-11 (Saturday) is a swapped working day (国庆节): idle dispatch";
        QTest::newRow("holiday: grab") << "" << at(2025, 10, 1) << "grab" << false
                                       << "2025-10-01 (Wednesday) is a public holiday (国庆节): grab pool";
        QTest::newRow("launch day on a Thursday runs as a grab pool")
            << "P grab 2025-10-09T08:00 2025-10-09T20:00 王经理" << at(2025, 10, 9, 10) << "grab" << true
            << "王经理 set grab pool by hand until 2025-10-09 20:00 (2025-10-09 (Thursday) is a working day); the calendar "
               "decides again then";
        QTest::newRow("the period ended: the calendar again") << "P grab 2025-10-09T08:00 2025-10-09T20:00 王经理" << at(2025, 10, 9, 20)
                                                              << "idle" << false << "2025-10-09 (Thursday) is a working day: idle dispatch";
        QTest::newRow("not yet started") << "P grab 2025-10-09T08:00 2025-10-09T20:00 王经理" << at(2025, 10, 9, 7, 59) << "idle" << false
                                         << "2025-10-09 (Thursday) is a working day: idle dispatch";
        QTest::newRow("quiet holiday as idle dispatch, several days")
            << "O idle 2025-10-01T00:00 2025-10-04T00:00 王经理" << at(2025, 10, 3, 23, 59) << "idle" << true
            << "王经理 set idle dispatch by hand until 2025-10-04 00:00 (2025-10-03 (Friday) is a public holiday (国庆节)); the "
               "calendar decides again then";
        QTest::newRow("another project's override does not apply")
            << "X grab 2025-10-09T08:00 2025-10-09T20:00" << at(2025, 10, 9) << "grab" << true
            << "a manager set grab pool by hand until 2025-10-09 20:00 (2025-10-09 (Thursday) is a working day); the calendar "
               "decides again then";
        QTest::newRow("the project's override beats the office's")
            << "O idle 2025-10-01T00:00 2025-10-08T00:00 张总;P grab 2025-10-05T00:00 2025-10-06T00:00 王经理" << at(2025, 10, 5) << "grab"
            << true
            << "王经理 set grab pool by hand until 2025-10-06 00:00 (2025-10-05 (Sunday) is a public holiday (国庆节)); the "
               "calendar decides again then";
        QTest::newRow("the later-set office override wins")
            << "O idle 2025-10-01T00:00 2025-10-08T00:00 张总;O grab 2025-10-05T00:00 2025-10-06T00:00 王经理" << at(2025, 10, 5, 9)
            << "grab" << true
            << "王经理 set grab pool by hand until 2025-10-06 00:00 (2025-10-05 (Sunday) is a public holiday (国庆节)); the "
               "calendar decides again then";
    }
    void golden()
    {
        QFETCH(QString, overrides);
        QFETCH(qint64, at);
        QFETCH(QString, mode);
        QFETCH(bool, overridden);
        QFETCH(QString, reason);
        // "X": an override for another project, which p1 must ignore — and the office (no project) too.
        QList<ModeOverride> list = ::overrides(QString(overrides).replace("X ", "P "));
        QString project = QStringLiteral("p1");
        if (overrides.startsWith("X ")) {
            for (auto &o : list)
                o.projectId = QStringLiteral("p2");
            const auto forP1 = ModeDecision::resolve(dispatch::HolidayCalendar::builtIn(), list, project, at);
            QCOMPARE(forP1.mode, DispatchMode::Idle);
            QVERIFY(!forP1.overridden);
            project = QStringLiteral("p2");
        }
        const auto d = ModeDecision::resolve(dispatch::HolidayCalendar::builtIn(), list, project, at);
        QCOMPARE(toCode(d.mode), mode);
        QCOMPARE(d.overridden.has_value(), overridden);
        QCOMPARE(d.reason, reason);
        QCOMPARE(d.day.date, OfficeTime::date(at));
    }
};

QTEST_GUILESS_MAIN(TestModeDecision)
#include "tst_modedecision.moc"
