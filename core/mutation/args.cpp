#include "args.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace shoulou::mutation {

namespace {

// Integers travel as JSON numbers (doubles): beyond 2^53 they are no longer exact.
constexpr double kLargestExact = 9007199254740992.0;

} // namespace

QString mutationLabel(const char *name, int version)
{
    return QStringLiteral("%1@%2").arg(QLatin1String(name)).arg(version);
}

Error fieldError(const QString &mutation, const QString &field, const QString &why)
{
    return makeError(QStringLiteral("mutation.args"), QCoreApplication::translate("Args", "%1: field \"%2\" %3").arg(mutation, field, why));
}

Error Args::invalid(const char *field, const QString &why) const
{
    return fieldError(m_mutation, m_prefix + QLatin1String(field), why);
}

void Args::fail(const char *field, const QString &why)
{
    if (!m_error)
        m_error = invalid(field, why);
}

void Args::absorb(const Args &nested)
{
    if (!m_error && nested.m_error)
        m_error = nested.m_error;
}

bool Args::has(const char *field) const
{
    return m_args.contains(QLatin1String(field));
}

std::optional<QJsonValue> Args::present(const char *field) const
{
    const QJsonValue v = m_args.value(QLatin1String(field));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    return v;
}

QString Args::text(const char *field)
{
    const auto v = present(field);
    if (v && !v->isString()) {
        fail(field, QCoreApplication::translate("Args", "must be a text"));
        return {};
    }
    const QString t = v ? v->toString().trimmed() : QString();
    if (t.isEmpty())
        fail(field, QCoreApplication::translate("Args", "is required"));
    return t;
}

QString Args::optionalText(const char *field, Trim trim)
{
    return maybeText(field, trim).value_or(QString());
}

std::optional<QString> Args::maybeText(const char *field, Trim trim)
{
    if (!has(field))
        return std::nullopt;
    const auto v = present(field);
    if (!v)
        return QString();
    if (!v->isString()) {
        fail(field, QCoreApplication::translate("Args", "must be a text"));
        return std::nullopt;
    }
    return trim == Trim::Yes ? v->toString().trimmed() : v->toString();
}

std::optional<qint64> Args::maybeInteger(const char *field)
{
    const auto v = present(field);
    if (!v)
        return std::nullopt;
    const double d = v->toDouble();
    if (!v->isDouble() || d != std::trunc(d) || std::abs(d) > kLargestExact) {
        fail(field, QCoreApplication::translate("Args", "must be a whole number"));
        return std::nullopt;
    }
    return qint64(d);
}

std::optional<double> Args::maybeNumber(const char *field)
{
    const auto v = present(field);
    if (!v)
        return std::nullopt;
    if (!v->isDouble()) {
        fail(field, QCoreApplication::translate("Args", "must be a number"));
        return std::nullopt;
    }
    return v->toDouble();
}

bool Args::flag(const char *field)
{
    const auto v = present(field);
    if (v && !v->isBool())
        fail(field, QCoreApplication::translate("Args", "must be true or false"));
    return v && v->toBool();
}

std::optional<QStringList> Args::maybeTextList(const char *field)
{
    const auto v = present(field);
    if (!v)
        return std::nullopt;
    const QJsonArray a = v->toArray();
    QStringList out;
    for (const QJsonValue &e : a)
        out << e.toString();
    if (!v->isArray() || std::any_of(a.begin(), a.end(), [](const QJsonValue &e) { return !e.isString(); })) {
        fail(field, QCoreApplication::translate("Args", "must be a list of texts"));
        return std::nullopt;
    }
    return out;
}

QList<Args> Args::objects(const char *field)
{
    const auto v = present(field);
    if (!v)
        return {};
    if (!v->isArray()) {
        fail(field, QCoreApplication::translate("Args", "must be a list"));
        return {};
    }
    QList<Args> out;
    const QJsonArray a = v->toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString path = m_prefix + QLatin1String(field) + QStringLiteral("[%1]").arg(i);
        if (!a[i].isObject()) {
            if (!m_error)
                m_error = fieldError(m_mutation, path, QCoreApplication::translate("Args", "must be an object"));
            return {};
        }
        out.append(Args(m_mutation, a[i].toObject(), path + QLatin1Char('.')));
    }
    return out;
}

std::optional<Args> Args::object(const char *field)
{
    const auto v = present(field);
    if (!v)
        return std::nullopt;
    if (!v->isObject()) {
        fail(field, QCoreApplication::translate("Args", "must be an object"));
        return std::nullopt;
    }
    return Args(m_mutation, v->toObject(), m_prefix + QLatin1String(field) + QLatin1Char('.'));
}

} // namespace shoulou::mutation
