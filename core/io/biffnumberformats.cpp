#include "io/biffnumberformats.h"

#include <QDate>

#include <cmath>

namespace shoulou::io {

namespace {

constexpr qsizetype kMaxXfs = 65536; // an XF index is 16 bits

// Built-in formats with no FORMAT record: 14–22 and 45–47 in every locale, 27–36 and 50–58
// the Chinese (and other East Asian) dates and times such as yyyy"年"m"月"d"日".
BiffNumberFormats::Kind builtIn(quint16 index)
{
    using Kind = BiffNumberFormats::Kind;
    switch (index) {
    case 14:
    case 15:
    case 16:
    case 17:
    case 27:
    case 28:
    case 29:
    case 30:
    case 31:
    case 36:
    case 50:
    case 51:
    case 52:
    case 53:
    case 54:
    case 57:
    case 58:
        return Kind::Date;
    case 18:
    case 19:
    case 20:
    case 21:
    case 32:
    case 33:
    case 34:
    case 35:
    case 45:
    case 46:
    case 47:
    case 55:
    case 56:
        return Kind::Time;
    case 22:
        return Kind::DateTime;
    default:
        return Kind::Number;
    }
}

} // namespace

void BiffNumberFormats::addFormat(quint16 index, const QString &code)
{
    m_custom.insert(index, classify(code));
}

void BiffNumberFormats::addXf(quint16 formatIndex)
{
    if (m_xfFormats.size() < kMaxXfs)
        m_xfFormats.append(formatIndex);
}

BiffNumberFormats::Kind BiffNumberFormats::kind(quint16 xf) const
{
    if (xf >= m_xfFormats.size())
        return Kind::Number;
    const quint16 format = m_xfFormats.at(xf);
    const auto custom = m_custom.constFind(format);
    return custom != m_custom.cend() ? *custom : builtIn(format);
}

BiffNumberFormats::Kind BiffNumberFormats::classify(QStringView code)
{
    bool date = false, month = false, time = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i).toLower();
        if (c == u'"') { // literal text
            const qsizetype end = code.indexOf(u'"', i + 1);
            i = end < 0 ? code.size() : end;
        } else if (c == u'\\' || c == u'_' || c == u'*') { // escaped, padded or repeated character
            ++i;
        } else if (c == u'[') { // [Red], [$-804], [DBNum1]; but [h], [mm], [ss] are elapsed times
            const qsizetype end = code.indexOf(u']', i + 1);
            const QStringView inside = code.mid(i + 1, (end < 0 ? code.size() : end) - i - 1);
            if (!inside.isEmpty() && (inside.count(inside.at(0)) == inside.size()) && QStringView(u"hHmMsS").contains(inside.at(0)))
                time = true;
            i = end < 0 ? code.size() : end;
        } else if (c == u'y' || c == u'd') {
            date = true;
        } else if (c == u'm') {
            month = true; // month or minute: which one depends on the rest
        } else if (c == u'h' || c == u's') {
            time = true;
        }
    }
    if (date && time)
        return Kind::DateTime;
    if (date || (month && !time))
        return Kind::Date;
    return time ? Kind::Time : Kind::Number;
}

QString BiffNumberFormats::cellText(double value, Kind kind, bool is1904, bool &numeric)
{
    numeric = true;
    // Serial days: 1900 system day 1 is 1900-01-01 and day 60 the 29 February 1900 Lotus
    // believed in; 1904 system day 0 is 1904-01-01. 2 958 465 is 9999-12-31.
    if (kind == Kind::Number || !std::isfinite(value) || value < 0 || value >= 2958466.0)
        return QString::number(value, 'g', 15);
    numeric = false;
    qint64 days = qint64(std::floor(value));
    qint64 seconds = std::llround((value - double(days)) * 86400.0);
    if (seconds >= 86400) {
        seconds -= 86400;
        ++days;
    }
    const QString time = QStringLiteral("%1:%2:%3")
                             .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
                             .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
                             .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (kind == Kind::Time)
        return time;
    QString date;
    if (!is1904 && days == 60) {
        date = QStringLiteral("1900-02-29");
    } else {
        const QDate epoch = is1904 ? QDate(1904, 1, 1) : days < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
        date = epoch.addDays(days).toString(QStringLiteral("yyyy-MM-dd"));
    }
    return kind == Kind::Date ? date : date + QLatin1Char(' ') + time;
}

} // namespace shoulou::io
