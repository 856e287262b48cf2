#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace shoulou {

class Clock;

// The office's wall clock: the one place that knows in which time zone the office lives.
// Times are stored as UTC milliseconds; what a person reads or types (dates, "today", a lead's
// capture time without a zone) is in the office's zone, a setting of the office (office.time_zone,
// default Asia/Shanghai — not the workstation's zone, and never a fixed +8 hours). Opening an office
// (office::OpenOffice) sets it for the process: a process works on one office at a time.
class OfficeTime final {
public:
    static QByteArray defaultZoneId(); // "Asia/Shanghai"
    static QTimeZone defaultZone();

    // The zone of the office open in this process (the default until one is opened).
    static QTimeZone zone();
    static void setZone(const QTimeZone &zone);

    // UTC milliseconds → the office's wall clock, and back.
    static QDateTime local(qint64 ms);
    static qint64 toMs(QDate date, QTime time = QTime(0, 0));
    // The date of `ms` in the office, and the office's today by `clock`.
    static QDate date(qint64 ms) { return local(ms).date(); }
    static QDate today(const Clock &clock);
    // Midnight (office time) of the day that holds `ms`.
    static qint64 startOfDay(qint64 ms);
};

} // namespace shoulou
