#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QString>

namespace shoulou::mutation {

// Reads mutation arguments with errors that name the missing or malformed field.
class Args final {
public:
    Args(const QString &mutation, const QJsonObject &args)
        : m_mutation(mutation)
        , m_args(args)
    {}

    Result<QString> text(const char *field) const; // required, non-empty
    QString optionalText(const char *field) const;
    Result<qint64> integer(const char *field) const; // required
    qint64 optionalInteger(const char *field, qint64 fallback) const;
    bool has(const char *field) const { return m_args.contains(QLatin1String(field)); }
    const QJsonObject &raw() const { return m_args; }
    Error invalid(const char *field, const QString &why) const;

private:
    QString m_mutation;
    QJsonObject m_args;
};

} // namespace shoulou::mutation
