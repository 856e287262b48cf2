#pragma once

// A roster written as one line per consultant in a golden table, so a row reads like the
// situation it tests:
//   "li 李娜 available fu-47 leads3; wang 王强 break; zhao 赵敏 available lead-12 wins2 offline"
// Tokens after id and name: a state (available, receiving, break, off; off = not on duty),
// fu-N (last follow-up N minutes before now), lead-N (last lead N minutes ago), leadsN, winsN,
// offline. Times are relative to the test's manual clock.
#include "dispatch/consultant.h"
#include "dispatch/snapshot.h"
#include "util/clock.h"
#include "util/officetime.h"

#include <QRegularExpression>
#include <QStringList>

namespace shoulou::test {

// Thursday 2025-10-09 14:00 in Shanghai: an ordinary working day.
inline qint64 kNow()
{
    return OfficeTime::toMs(QDate(2025, 10, 9), QTime(14, 0));
}

inline QList<dispatch::Consultant> roster(const QString &text, qint64 now)
{
    QList<dispatch::Consultant> out;
    for (const QString &entry : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList t = entry.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        dispatch::Consultant c;
        c.id = t.value(0);
        c.name = t.value(1);
        for (const QString &token : t.mid(2)) {
            if (auto s = fromCode<dispatch::ConsultantState>(token)) {
                c.state = *s;
                c.onDuty = *s != dispatch::ConsultantState::Off;
            } else if (token.startsWith(QLatin1String("fu-"))) {
                c.lastFollowUpMs = now - token.mid(3).toLongLong() * 60'000;
            } else if (token.startsWith(QLatin1String("lead-"))) {
                c.lastLeadMs = now - token.mid(5).toLongLong() * 60'000;
            } else if (token.startsWith(QLatin1String("leads"))) {
                c.leadsToday = token.mid(5).toInt();
            } else if (token.startsWith(QLatin1String("wins"))) {
                c.winsToday = token.mid(4).toInt();
            } else if (token == QLatin1String("offline")) {
                c.online = false;
            } else {
                qFatal("unknown roster token %s", qPrintable(token));
            }
        }
        out.append(c);
    }
    return out;
}

// A snapshot on an ordinary working day with the default settings and a manager 王经理.
inline dispatch::Snapshot snapshot(const QString &rosterText, qint64 now, const QString &rotation = {})
{
    dispatch::Snapshot s;
    s.roster = roster(rosterText, now);
    s.rotation = rotation.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    s.settings = settings::RuleSettings::defaults();
    s.managerId = QStringLiteral("mgr");
    s.managerName = QStringLiteral("王经理");
    return s;
}

} // namespace shoulou::test
