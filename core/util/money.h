#pragma once

#include "result.h"

#include <QString>
#include <QtGlobal>

#include <compare>

namespace shoulou {

// An amount of renminbi in integer fen. Never a double: ¥0.1 + ¥0.2 must be ¥0.3.
class Money final {
public:
    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }
    static constexpr Money fromYuan(qint64 yuan) { return Money(yuan * 100); }
    // Parses "1234.5", "¥1,234.50", "120万", "120万元" (a 万 suffix multiplies by 10 000).
    static Result<Money> parse(const QString &text);

    constexpr qint64 fen() const { return m_fen; }

    constexpr Money operator+(Money o) const { return Money(m_fen + o.m_fen); }
    constexpr Money operator-(Money o) const { return Money(m_fen - o.m_fen); }
    constexpr Money operator*(qint64 k) const { return Money(m_fen * k); }
    constexpr auto operator<=>(const Money &) const = default;

    // "¥1,234.50"
    QString toYuanString() const;
    // "120.5万元" — the way sales offices quote prices and budgets.
    QString toWanString() const;

private:
    constexpr explicit Money(qint64 fen)
        : m_fen(fen)
    {}
    qint64 m_fen = 0;
};

} // namespace shoulou
