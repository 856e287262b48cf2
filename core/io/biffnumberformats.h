#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace shoulou::io {

// Which number cells of a BIFF8 workbook are dates or times. A number cell names an XF
// (extended format) record, the XF a number format: a built-in one by its index, or a custom
// one defined by a FORMAT record. Dates and times come out as text the way FreeXL writes them:
// "YYYY-MM-DD", "YYYY-MM-DD HH:MM:SS", "HH:MM:SS".
class BiffNumberFormats final {
public:
    enum class Kind : quint8 { Number, Date, DateTime, Time };

    void addFormat(quint16 index, const QString &code);
    void addXf(quint16 formatIndex);
    Kind kind(quint16 xf) const;

    // A custom format code's kind: y, m, d, h, s outside quoted text, [brackets] (colours,
    // locales; [h]/[mm]/[ss] elapsed times count), escapes and padding.
    static Kind classify(QStringView code);
    // The cell text of a number: 15 significant digits, or the date or time of a serial day
    // number (1900 or 1904 date system). `numeric` says which: a date outside 1900–9999
    // stays a number.
    static QString cellText(double value, Kind kind, bool is1904, bool &numeric);

private:
    QHash<quint16, Kind> m_custom;
    QList<quint16> m_xfFormats;
};

} // namespace shoulou::io
