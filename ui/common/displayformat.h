#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace shoulou::ui {

// How the desk writes values for a Chinese sales office: the office's time zone (OfficeTime), "yyyy-MM-dd HH:mm",
// money as ¥ and 万元, and the translated names of every stored code (status, grade, kinds).
// Codes stay English in the database; only their labels are translated.
class DisplayFormat final {
public:
    static QString dateTime(qint64 ms);               // "2026-11-23 14:05", "" for 0
    static QString date(qint64 ms);                   // "2026-11-23"
    static QString relative(qint64 ms, qint64 nowMs); // "今天 14:05", "明天 09:00", "3天前", or a date
    static qint64 startOfDay(qint64 ms);              // the office's midnight at or before ms
    static QString yuan(qint64 fen);                  // "¥1,234.50"
    static QString wanYuan(qint64 fen);               // "350万元"

    static QString status(const QString &code); // new → 新客户
    static QStringList statusCodes();
    static QString grade(const QString &code); // A → A级, "" → 未分级
    static QStringList gradeCodes();
    static QString followUpKind(const QString &code); // call → 电话
    static QStringList followUpKinds();
    static QString touchKind(const QString &code); // lead → 留资
    static QString reviewKind(const QString &code);
    static QString mergeReason(const QString &code);
    static QString role(const QString &code);
    static QString weight(int permille); // 286 → "28.6%"
};

} // namespace shoulou::ui
