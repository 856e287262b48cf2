#include "io/leadtime.h"

#include "util/officetime.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace shoulou::io {

namespace {

constexpr qint64 kMsPerDay = 86400000;
// "No zone given": the time is the office's wall clock (OfficeTime, a setting of the office).
constexpr qint64 kOfficeZone = std::numeric_limits<qint64>::min();
constexpr qint64 kUnixEpochJulianDay = 2440588;

Error timeError(const QString &text)
{
    return makeError(QStringLiteral("io.time"), QCoreApplication::translate("LeadTime", "\"%1\" is not a date and time").arg(text));
}

// ms since epoch of a wall-clock time at the given UTC offset; -1 when the parts are invalid.
qint64 toEpochMs(int year, int month, int day, int hour, int minute, int second, int ms, qint64 offsetMs)
{
    const QDate date(year, month, day);
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59 || year < 1900 || year > 9999)
        return -1;
    if (offsetMs == kOfficeZone)
        return OfficeTime::toMs(date, QTime(hour, minute, second, ms));
    const qint64 days = date.toJulianDay() - kUnixEpochJulianDay;
    return days * kMsPerDay + ((hour * 60 + minute) * 60 + second) * 1000LL + ms - offsetMs;
}

int capInt(const QRegularExpressionMatch &m, int group)
{
    return m.capturedView(group).isEmpty() ? 0 : m.capturedView(group).toInt();
}

// Milliseconds from a fraction-of-second capture: "5" → 500, "123456" → 123.
int fractionMs(QStringView digits)
{
    if (digits.isEmpty())
        return 0;
    const QString three = (digits.left(3).toString() + QStringLiteral("00")).left(3);
    return three.toInt();
}

// UTC offset of a zone capture ("Z", "+08:00", "+0800", "-05"), in ms.
qint64 zoneOffsetMs(QStringView zone)
{
    if (zone.isEmpty())
        return kOfficeZone;
    if (zone == u"Z" || zone == u"z")
        return 0;
    const int sign = zone.front() == u'-' ? -1 : 1;
    QString digits = zone.mid(1).toString();
    digits.remove(QLatin1Char(':'));
    const int hours = digits.left(2).toInt();
    const int minutes = digits.size() > 2 ? digits.mid(2, 2).toInt() : 0;
    return sign * (hours * 60LL + minutes) * 60 * 1000;
}

// Excel 1900 date system: serial 1 is 1900-01-01, and Excel believes 1900-02-29 (serial 60)
// existed, so from serial 61 on the real date is one day earlier than a naive count.
Result<qint64> fromExcelSerial(double serial, const QString &text)
{
    if (!std::isfinite(serial) || serial < 1 || serial >= 2958466) // 2958465 = 9999-12-31
        return timeError(text);
    const auto day = qint64(std::floor(serial));
    if (day == 60) {
        return makeError(QStringLiteral("io.time"), QCoreApplication::translate("LeadTime", "\"%1\" is the Excel serial date of 29 "
                                                                                            "February 1900, a day that does not exist")
                                                        .arg(text));
    }
    const QDate base = day < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
    const QDate date = base.addDays(day);
    // Round to the millisecond: 10:05 is stored as 0.42013888…, never exactly.
    const auto msOfDay = qint64(std::llround((serial - double(day)) * double(kMsPerDay)));
    return OfficeTime::toMs(date) + msOfDay;
}

// 30/11/2026, 11/30/2026 10:05, 30.11.2026 10:05:30, 30-11-2026: two numbers, then a
// four-digit year, then an optional time.
const QRegularExpression &yearLastPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?:[ T](\d{1,2}):(\d{1,2})(?::(\d{1,2}))?)?$)"));
    return re;
}

// Folded the same way parseLeadTime folds its input.
QString foldTime(const QString &text)
{
    // Bind first: in Qt 6.4 an rvalue simplified() on normalized() of a literal writes to static data.
    const QString folded = text.normalized(QString::NormalizationForm_KC);
    return folded.simplified();
}

} // namespace

DateOrder detectDateOrder(const QStringList &texts, bool *yearLast)
{
    bool dayFirst = false, monthFirst = false, any = false;
    for (const QString &text : texts) {
        const auto m = yearLastPattern().match(foldTime(text));
        if (!m.hasMatch())
            continue;
        any = true;
        const int a = m.capturedView(1).toInt(), b = m.capturedView(3).toInt();
        dayFirst = dayFirst || (a > 12 && b <= 12);
        monthFirst = monthFirst || (b > 12 && a <= 12);
    }
    if (yearLast)
        *yearLast = any;
    if (dayFirst == monthFirst)
        return DateOrder::Unknown;
    return dayFirst ? DateOrder::DayFirst : DateOrder::MonthFirst;
}

Result<qint64> parseLeadTime(const QString &text, bool numericCell, DateOrder order)
{
    // Full-width digits and punctuation (２０２４－０３－０１) become ASCII; spaces collapse.
    const QString s = foldTime(text);
    if (s.isEmpty())
        return timeError(text);

    static const QRegularExpression compact(QStringLiteral(R"(^(\d{4})(\d{2})(\d{2})(?:[ T]?(\d{2})(\d{2})(\d{2})?)?$)"));
    if (const auto m = compact.match(s); m.hasMatch()) {
        const qint64 ms = toEpochMs(capInt(m, 1), capInt(m, 2), capInt(m, 3), capInt(m, 4), capInt(m, 5), capInt(m, 6), 0, kOfficeZone);
        if (ms >= 0)
            return ms;
        if (!numericCell)
            return timeError(text);
    }

    if (numericCell) {
        bool ok = false;
        const double serial = s.toDouble(&ok);
        if (!ok)
            return timeError(text);
        return fromExcelSerial(serial, text);
    }

    // Platform exports (抖音, 企业微信) give Unix time in seconds or milliseconds.
    static const QRegularExpression epoch(QStringLiteral(R"(^(1\d{9})(\d{3})?$)"));
    if (const auto m = epoch.match(s); m.hasMatch())
        return m.capturedView(1).toLongLong() * 1000 + capInt(m, 2);

    static const QRegularExpression iso(
        QStringLiteral(R"(^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[.,](\d{1,9}))?)?)?)"
                       R"( ?(Z|[+-]\d{2}(?::?\d{2})?)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = iso.match(s); m.hasMatch()) {
        const qint64 ms = toEpochMs(capInt(m, 1), capInt(m, 2), capInt(m, 3), capInt(m, 4), capInt(m, 5), capInt(m, 6),
                                    fractionMs(m.capturedView(7)), zoneOffsetMs(m.capturedView(8)));
        if (ms >= 0)
            return ms;
        return timeError(text);
    }

    if (const auto m = yearLastPattern().match(s); m.hasMatch()) {
        const int a = capInt(m, 1), b = capInt(m, 3);
        if (order == DateOrder::Unknown) {
            if (a <= 12 && b <= 12)
                return makeError(QStringLiteral("io.time_ambiguous"),
                                 QCoreApplication::translate("LeadTime", "\"%1\" could be day/month/year or month/day/year; say "
                                                                         "which the file uses")
                                     .arg(text));
            order = a > 12 ? DateOrder::DayFirst : DateOrder::MonthFirst;
        }
        const int day = order == DateOrder::DayFirst ? a : b, month = order == DateOrder::DayFirst ? b : a;
        const qint64 ms = toEpochMs(capInt(m, 4), month, day, capInt(m, 5), capInt(m, 6), capInt(m, 7), 0, kOfficeZone);
        if (ms >= 0)
            return ms;
        return timeError(text);
    }

    // 2024年3月1日 10时5分30秒 / 2024年3月1日 10点05分 / 2024年3月1日 10:05
    static const QRegularExpression chinese(
        QStringLiteral(R"(^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?)"
                       R"((?: ?(?:(\d{1,2})[时点](?:(\d{1,2})分(?:(\d{1,2})秒)?)?|(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?))?$)"));
    if (const auto m = chinese.match(s); m.hasMatch()) {
        const bool colon = !m.capturedView(7).isEmpty();
        const qint64 ms = toEpochMs(capInt(m, 1), capInt(m, 2), capInt(m, 3), capInt(m, colon ? 7 : 4), capInt(m, colon ? 8 : 5),
                                    capInt(m, colon ? 9 : 6), 0, kOfficeZone);
        if (ms >= 0)
            return ms;
    }
    return timeError(text);
}

} // namespace shoulou::io
