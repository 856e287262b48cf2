#include "displayformat.h"

#include "customer/customerstatus.h"
#include "customer/followupkind.h"
#include "customer/grade.h"
#include "customer/touchkind.h"
#include "identity/mergereason.h"
#include "identity/reviewkind.h"
#include "office/role.h"
#include "util/money.h"
#include "util/officetime.h"

#include <QCoreApplication>
#include <QDateTime>

namespace shoulou::ui {

namespace {

// Times are shown in the office's zone (a setting of the office), whatever the machine says.
QDateTime officeLocal(qint64 ms)
{
    return OfficeTime::local(ms);
}

// The context lupdate gives tr() calls inside DisplayFormat's members.
QString tr(const char *text)
{
    return QCoreApplication::translate("shoulou::ui::DisplayFormat", text);
}

} // namespace

QString DisplayFormat::dateTime(qint64 ms)
{
    return ms ? officeLocal(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString DisplayFormat::date(qint64 ms)
{
    return ms ? officeLocal(ms).toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

qint64 DisplayFormat::startOfDay(qint64 ms)
{
    return OfficeTime::startOfDay(ms);
}

QString DisplayFormat::relative(qint64 ms, qint64 nowMs)
{
    if (!ms)
        return {};
    const qint64 days = (startOfDay(ms) - startOfDay(nowMs)) / (24 * 3600 * 1000LL);
    const QString hm = officeLocal(ms).toString(QStringLiteral("HH:mm"));
    if (days == 0)
        return QCoreApplication::translate("DisplayFormat", "Today %1").arg(hm);
    if (days == 1)
        return QCoreApplication::translate("DisplayFormat", "Tomorrow %1").arg(hm);
    if (days == -1)
        return QCoreApplication::translate("DisplayFormat", "Yesterday %1").arg(hm);
    if (days < 0 && days > -31)
        return QCoreApplication::translate("DisplayFormat", "%n day(s) ago", nullptr, int(-days));
    return date(ms);
}

QString DisplayFormat::yuan(qint64 fen)
{
    return Money::fromFen(fen).toYuanString();
}
QString DisplayFormat::wanYuan(qint64 fen)
{
    return Money::fromFen(fen).toWanString();
}

// Every label comes from its enumeration's one table in core (util/codetable.h).
QString DisplayFormat::status(const QString &code)
{
    return labelOfCode<customer::CustomerStatus>(code);
}

QStringList DisplayFormat::statusCodes()
{
    return allCodes<customer::CustomerStatus>();
}

QString DisplayFormat::grade(const QString &code)
{
    if (code.isEmpty())
        return tr("Ungraded");
    return labelOfCode<customer::Grade>(code);
}

QStringList DisplayFormat::gradeCodes()
{
    return allCodes<customer::Grade>();
}

QString DisplayFormat::followUpKind(const QString &code)
{
    return labelOfCode<customer::FollowUpKind>(code);
}

QStringList DisplayFormat::followUpKinds()
{
    return allCodes<customer::FollowUpKind>();
}

QString DisplayFormat::touchKind(const QString &code)
{
    return labelOfCode<customer::TouchKind>(code);
}

QString DisplayFormat::reviewKind(const QString &code)
{
    return labelOfCode<identity::ReviewKind>(code);
}

QString DisplayFormat::mergeReason(const QString &code)
{
    return labelOfCode<identity::MergeReason>(code);
}

QString DisplayFormat::role(const QString &code)
{
    return labelOfCode<office::Role>(code);
}

QString DisplayFormat::weight(int permille)
{
    // A share of the customer's attribution, as a percentage: 286 → "28.6%".
    return QString::number(permille / 10.0, 'g', 3) + QLatin1Char('%');
}

} // namespace shoulou::ui
