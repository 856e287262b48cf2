#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace shoulou::mutation {

// "customer.update@2": how a mutation is named in its error messages.
QString mutationLabel(const char *name, int version);

// An error about one argument of a mutation (code "mutation.args"): `customer.update@2: field
// "owner_id" is not a user of this office`. Handlers use it for the checks that need the
// database; everything else is found while the arguments are read (Args).
Error fieldError(const QString &mutation, const QString &field, const QString &why);

// Reads a mutation's JSON arguments into its typed struct: the strict half of each
// mutation's fromJson. Every read checks the field's JSON type; the first problem is kept,
// naming the mutation and the field, and fromJson returns error() when !ok(). So a fromJson
// reads its fields in order and checks once at the end. Keys nobody reads are ignored (a
// newer workstation may send more). Null counts as absent, and as "" for a text.
class Args final {
public:
    Args(QString mutation, QJsonObject args, QString prefix = {})
        : m_mutation(std::move(mutation))
        , m_args(std::move(args))
        , m_prefix(std::move(prefix))
    {}

    enum class Trim { Yes, No };

    QString text(const char *field);                                            // required, non-empty text (trimmed)
    QString optionalText(const char *field, Trim trim = Trim::Yes);             // "" when absent
    std::optional<QString> maybeText(const char *field, Trim trim = Trim::Yes); // unset when absent
    std::optional<qint64> maybeInteger(const char *field);                      // a whole number; unset when absent
    std::optional<double> maybeNumber(const char *field);                       // unset when absent
    bool flag(const char *field);                                               // true or false; false when absent
    std::optional<QStringList> maybeTextList(const char *field);                // a list of texts; unset when absent
    // A list of objects, each read by a nested Args whose errors name "field[i].key".
    QList<Args> objects(const char *field);
    // An object, read by a nested Args whose errors name "field.key"; unset when absent.
    std::optional<Args> object(const char *field);

    bool has(const char *field) const;
    const QJsonObject &raw() const { return m_args; }
    const QString &mutation() const { return m_mutation; }

    // Records a problem with `field` (the first one recorded is the one reported).
    void fail(const char *field, const QString &why);
    // Takes over a nested reader's problem, if this one has none yet.
    void absorb(const Args &nested);
    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }
    // An error about `field` now (not recorded): for checks made after reading.
    Error invalid(const char *field, const QString &why) const;

private:
    // The value of a present, non-null field; or nothing.
    std::optional<QJsonValue> present(const char *field) const;

    QString m_mutation;
    QJsonObject m_args;
    QString m_prefix; // "requirement." for a nested object, "" at the top
    std::optional<Error> m_error;
};

} // namespace shoulou::mutation
