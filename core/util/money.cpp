#include "money.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace shoulou {

Result<Money> Money::parse(const QString &text)
{
    // Bind first: in Qt 6.4 an rvalue trimmed() on normalized() of a literal writes to static data.
    const QString folded = text.normalized(QString::NormalizationForm_KC);
    QString s = folded.trimmed();
    s.remove(QLatin1Char(',')).remove(QChar(0x00A5)).remove(QLatin1Char(' '));
    qint64 scale = 100; // fen per unit
    if (s.endsWith(QStringLiteral("万元")))
        s.chop(2), scale = 100 * 10000;
    else if (s.endsWith(QChar(0x4E07))) // 万
        s.chop(1), scale = 100 * 10000;
    else if (s.endsWith(QChar(0x5143))) // 元
        s.chop(1);
    static const QRegularExpression re(QStringLiteral("^(-?)(\\d{1,13})(?:\\.(\\d{1,6}))?$"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return makeError(QStringLiteral("money.format"),
                         QCoreApplication::translate("Money", "\"%1\" is not an amount of money").arg(text));
    const qint64 whole = m.captured(2).toLongLong();
    QString frac = m.captured(3);
    // The fraction is in units of `scale`; keep only what is representable in fen.
    qint64 fracFen = 0;
    if (!frac.isEmpty()) {
        qint64 denom = 1;
        for (int i = 0; i < frac.size(); ++i)
            denom *= 10;
        const qint64 num = frac.toLongLong();
        if ((num * scale) % denom != 0)
            return makeError(QStringLiteral("money.precision"),
                             QCoreApplication::translate("Money", "\"%1\" has more precision than one fen").arg(text));
        fracFen = num * scale / denom;
    }
    qint64 fen = whole * scale + fracFen;
    if (!m.captured(1).isEmpty())
        fen = -fen;
    return Money::fromFen(fen);
}

QString Money::toYuanString() const
{
    const qint64 a = m_fen < 0 ? -m_fen : m_fen;
    QString whole = QString::number(a / 100);
    for (int i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(','));
    return QStringLiteral("%1¥%2.%3").arg(m_fen < 0 ? QStringLiteral("-") : QString(), whole).arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString Money::toWanString() const
{
    const qint64 a = m_fen < 0 ? -m_fen : m_fen;
    // 万元 with up to four decimals (= whole yuan), trailing zeros dropped.
    QString frac = QStringLiteral("%1").arg((a % 1000000) / 100, 4, 10, QLatin1Char('0'));
    while (frac.endsWith(QLatin1Char('0')))
        frac.chop(1);
    QString s = QString::number(a / 1000000);
    if (!frac.isEmpty())
        s += QLatin1Char('.') + frac;
    return (m_fen < 0 ? QStringLiteral("-") : QString()) + s + QStringLiteral("万元");
}

} // namespace shoulou
