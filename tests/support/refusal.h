#pragma once

#include "testoffice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace shoulou::test {

// Applies name@version with `args` (JSON as an old outbox row or a careless caller would send
// it) and checks the arguments are refused before anything is written: a "mutation.args"
// error naming the mutation and `field`, no outbox row, and not one row inserted, updated or
// deleted even for a moment (SQLite's total_changes() on the connection does not move).
inline bool refusedNamingField(TestOffice &o, const char *name, int version, const QJsonObject &args, const QString &field)
{
    const qint64 outbox = o.count("SELECT count(*) FROM outbox");
    const qint64 changes = o.count("SELECT total_changes()");
    auto r = o.applier().apply(QString::fromLatin1(name), version, args);
    if (r.ok()) {
        qWarning("%s@%d accepted %s", name, version, QJsonDocument(args).toJson(QJsonDocument::Compact).constData());
        return false;
    }
    const QString label = QStringLiteral("%1@%2").arg(QLatin1String(name)).arg(version);
    const bool ok = r.error().code == QLatin1String("mutation.args") && r.error().message.contains(label) &&
                    r.error().message.contains(QLatin1Char('"') + field + QLatin1Char('"')) &&
                    o.count("SELECT count(*) FROM outbox") == outbox && o.count("SELECT total_changes()") == changes;
    if (!ok)
        qWarning("%s: %s (%s)", qPrintable(label), qPrintable(r.error().message), qPrintable(r.error().code));
    return ok;
}

// toJson() then fromJson() gives the struct back (version: the one it is read as).
template <class M>
bool roundTrips(const M &m, int version = M::kVersion)
{
    auto back = M::fromJson(m.toJson(), version);
    if (!back) {
        qWarning("%s: %s", M::kName, qPrintable(back.error().message));
        return false;
    }
    return *back == m;
}

// The same for an outcome.
template <class O>
bool outcomeRoundTrips(const O &o)
{
    auto back = O::fromJson(o.toJson());
    if (!back) {
        qWarning("outcome: %s", qPrintable(back.error().message));
        return false;
    }
    return *back == o;
}

} // namespace shoulou::test
