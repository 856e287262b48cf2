#include "calendarday.h"

#include <QCoreApplication>

namespace shoulou::dispatch {

DispatchMode CalendarDay::mode() const
{
    return kind == DayKind::Workday || kind == DayKind::SwappedWorkday ? DispatchMode::Idle : DispatchMode::Grab;
}

QString CalendarDay::name() const
{
    return holiday ? officialName(*holiday) : QString();
}

QString CalendarDay::describe() const
{
    // The weekday in the language of the translation in use, as the rest of the trace.
    static const char *const kWeekdays[] = {
        QT_TRANSLATE_NOOP("CalendarDay", "Monday"),    QT_TRANSLATE_NOOP("CalendarDay", "Tuesday"),
        QT_TRANSLATE_NOOP("CalendarDay", "Wednesday"), QT_TRANSLATE_NOOP("CalendarDay", "Thursday"),
        QT_TRANSLATE_NOOP("CalendarDay", "Friday"),    QT_TRANSLATE_NOOP("CalendarDay", "Saturday"),
        QT_TRANSLATE_NOOP("CalendarDay", "Sunday"),
    };
    const QString day = date.toString(Qt::ISODate);
    const QString weekday = QCoreApplication::translate("CalendarDay", kWeekdays[qBound(1, date.dayOfWeek(), 7) - 1]);
    switch (kind) {
    case DayKind::Holiday:
        return QCoreApplication::translate("CalendarDay", "%1 (%2) is a public holiday (%3)").arg(day, weekday, name());
    case DayKind::SwappedWorkday:
        return holiday ? QCoreApplication::translate("CalendarDay", "%1 (%2) is a swapped working day (%3)").arg(day, weekday, name())
                       : QCoreApplication::translate("CalendarDay", "%1 (%2) is a swapped working day").arg(day, weekday);
    case DayKind::Weekend:
        return known ? QCoreApplication::translate("CalendarDay", "%1 (%2) is a weekend day").arg(day, weekday)
                     : QCoreApplication::translate("CalendarDay", "%1 (%2) is a weekend day (no holiday calendar for %3)")
                           .arg(day, weekday)
                           .arg(date.year());
    case DayKind::Workday:
        break;
    }
    return known ? QCoreApplication::translate("CalendarDay", "%1 (%2) is a working day").arg(day, weekday)
                 : QCoreApplication::translate("CalendarDay", "%1 (%2) is a working day (no holiday calendar for %3)")
                       .arg(day, weekday)
                       .arg(date.year());
}

QJsonObject CalendarDay::toJson() const
{
    return {{QStringLiteral("date"), date.toString(Qt::ISODate)},
            {QStringLiteral("kind"), toCode(kind)},
            {QStringLiteral("mode"), toCode(mode())},
            {QStringLiteral("name"), holiday ? QJsonValue(name()) : QJsonValue(QJsonValue::Null)}};
}

} // namespace shoulou::dispatch
