#include "displayformat.h"

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

QString DisplayFormat::status(const QString &code)
{
    if (code == QLatin1String("new"))
        return tr("New");
    if (code == QLatin1String("following"))
        return tr("Following up");
    if (code == QLatin1String("visited"))
        return tr("Visited");
    if (code == QLatin1String("subscribed"))
        return tr("Subscribed");
    if (code == QLatin1String("contracted"))
        return tr("Contracted");
    if (code == QLatin1String("invalid"))
        return tr("Invalid");
    if (code == QLatin1String("pool"))
        return tr("Public pool");
    return code;
}

QStringList DisplayFormat::statusCodes()
{
    return {"new", "following", "visited", "subscribed", "contracted", "pool", "invalid"};
}

QString DisplayFormat::grade(const QString &code)
{
    if (code.isEmpty())
        return tr("Ungraded");
    return QCoreApplication::translate("DisplayFormat", "Grade %1").arg(code);
}

QStringList DisplayFormat::gradeCodes()
{
    return {"A", "B", "C", "D"};
}

QString DisplayFormat::followUpKind(const QString &code)
{
    if (code == QLatin1String("call"))
        return tr("Phone call");
    if (code == QLatin1String("wechat"))
        return tr("WeChat");
    if (code == QLatin1String("sms"))
        return tr("SMS");
    if (code == QLatin1String("visit"))
        return tr("Visit");
    if (code == QLatin1String("showing"))
        return tr("Showing");
    if (code == QLatin1String("other"))
        return tr("Other");
    return code;
}

QStringList DisplayFormat::followUpKinds()
{
    return {"call", "wechat", "sms", "visit", "showing", "other"};
}

QString DisplayFormat::touchKind(const QString &code)
{
    if (code == QLatin1String("lead"))
        return tr("Lead");
    if (code == QLatin1String("visit"))
        return tr("Visit");
    if (code == QLatin1String("showing"))
        return tr("Showing");
    if (code == QLatin1String("call"))
        return tr("Call");
    if (code == QLatin1String("registration"))
        return tr("Agency registration");
    if (code == QLatin1String("referral"))
        return tr("Referral");
    return code;
}

QString DisplayFormat::reviewKind(const QString &code)
{
    if (code == QLatin1String("resident_id_conflict"))
        return tr("Different resident IDs");
    if (code == QLatin1String("soft_match"))
        return tr("Similar name and phone");
    if (code == QLatin1String("separated_conflict"))
        return tr("Kept apart, but share a key");
    if (code == QLatin1String("name_conflict"))
        return tr("Merged, but the names differ");
    return code;
}

QString DisplayFormat::mergeReason(const QString &code)
{
    if (code == QLatin1String("phone"))
        return tr("Same phone");
    if (code == QLatin1String("resident_id"))
        return tr("Same resident ID");
    if (code == QLatin1String("device"))
        return tr("Same platform ID");
    if (code == QLatin1String("manual"))
        return tr("Merged by hand");
    if (code == QLatin1String("review"))
        return tr("Merged in review");
    return code;
}

QString DisplayFormat::role(const QString &code)
{
    if (code == QLatin1String("kiosk"))
        return tr("Reception");
    if (code == QLatin1String("consultant"))
        return tr("Consultant");
    if (code == QLatin1String("manager"))
        return tr("Site manager");
    if (code == QLatin1String("channel"))
        return tr("Channel specialist");
    if (code == QLatin1String("admin"))
        return tr("Administrator");
    return code;
}

QString DisplayFormat::weight(int permille)
{
    return QString::number(permille / 1000.0, 'g', 3);
}

} // namespace shoulou::ui
