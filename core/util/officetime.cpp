#include "officetime.h"

#include "util/clock.h"

#include <mutex>

namespace shoulou {

namespace {

std::mutex g_mutex;

QTimeZone &current() // g_mutex held
{
    static QTimeZone zone = OfficeTime::defaultZone();
    return zone;
}

} // namespace

QByteArray OfficeTime::defaultZoneId()
{
    return QByteArrayLiteral("Asia/Shanghai");
}

QTimeZone OfficeTime::defaultZone()
{
    return QTimeZone(defaultZoneId());
}

QTimeZone OfficeTime::zone()
{
    std::lock_guard lock(g_mutex); // workers (imports, lists) read it while the GUI may set it
    return current();
}

void OfficeTime::setZone(const QTimeZone &zone)
{
    std::lock_guard lock(g_mutex);
    current() = zone.isValid() ? zone : defaultZone();
}

QDateTime OfficeTime::local(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone());
}

qint64 OfficeTime::toMs(QDate date, QTime time)
{
    return QDateTime(date, time, zone()).toMSecsSinceEpoch();
}

QDate OfficeTime::today(const Clock &clock)
{
    return date(clock.nowMs());
}

qint64 OfficeTime::startOfDay(qint64 ms)
{
    return toMs(date(ms));
}

} // namespace shoulou
