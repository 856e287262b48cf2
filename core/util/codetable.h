#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace shoulou {

// One stored code of an enumeration: the enum value, the English code the database, the
// outbox and the CLI use, and the label a person reads (marked for translation here, so a new
// value is one line in one table plus its translation).
template <typename E>
struct CodeEntry final {
    E value;
    const char *code;
    const char *label; // QT_TRANSLATE_NOOP(CodeTable<E>::kContext, "…")
};

// Every enumeration stored as text specialises this with its one table:
//   template <> struct CodeTable<CustomerStatus> {
//       static constexpr const char *kContext = "CustomerStatus";
//       static constexpr CodeEntry<CustomerStatus> kEntries[] = {…};
//   };
// The schema's CHECK constraints list the same codes (tests/storage/tst_codetables proves it).
template <typename E>
struct CodeTable;

template <typename E>
QString toCode(E value)
{
    for (const auto &e : CodeTable<E>::kEntries)
        if (e.value == value)
            return QString::fromLatin1(e.code);
    return {};
}

template <typename E>
std::optional<E> fromCode(QStringView code)
{
    for (const auto &e : CodeTable<E>::kEntries)
        if (code == QLatin1String(e.code))
            return e.value;
    return std::nullopt;
}

// The translated label of a value ("新客户" for CustomerStatus::New in zh_CN).
template <typename E>
QString labelOf(E value)
{
    for (const auto &e : CodeTable<E>::kEntries)
        if (e.value == value)
            return QCoreApplication::translate(CodeTable<E>::kContext, e.label);
    return {};
}

// The label of a stored code; an unknown code (a newer workstation's) is shown as it is.
template <typename E>
QString labelOfCode(QStringView code)
{
    const auto v = fromCode<E>(code);
    return v ? labelOf(*v) : code.toString();
}

// Every code, in table order (the order choosers list them).
template <typename E>
QStringList allCodes()
{
    QStringList out;
    for (const auto &e : CodeTable<E>::kEntries)
        out << QString::fromLatin1(e.code);
    return out;
}

// "one of a, b, c" for an error message naming the accepted codes.
template <typename E>
QString codeList()
{
    return allCodes<E>().join(QStringLiteral(", "));
}

} // namespace shoulou
