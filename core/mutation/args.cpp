#include "args.h"

#include <QCoreApplication>

namespace shoulou::mutation {

Error Args::invalid(const char *field, const QString &why) const
{
    return makeError(QStringLiteral("mutation.args"),
                     QCoreApplication::translate("Args", "%1: field \"%2\" %3").arg(m_mutation, QLatin1String(field), why));
}

Result<QString> Args::text(const char *field) const
{
    const QString v = m_args.value(QLatin1String(field)).toString().trimmed();
    if (v.isEmpty())
        return invalid(field, QCoreApplication::translate("Args", "is required"));
    return v;
}

QString Args::optionalText(const char *field) const
{
    return m_args.value(QLatin1String(field)).toString().trimmed();
}

Result<qint64> Args::integer(const char *field) const
{
    const QJsonValue v = m_args.value(QLatin1String(field));
    if (!v.isDouble())
        return invalid(field, QCoreApplication::translate("Args", "must be a number"));
    return qint64(v.toDouble());
}

qint64 Args::optionalInteger(const char *field, qint64 fallback) const
{
    const QJsonValue v = m_args.value(QLatin1String(field));
    return v.isDouble() ? qint64(v.toDouble()) : fallback;
}

} // namespace shoulou::mutation
