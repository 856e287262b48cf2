#pragma once

#include "mutation/context.h"
#include "util/result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <vector>

namespace shoulou::mutation {

using Handler = std::function<Result<QJsonObject>(Context &, const QJsonObject &args)>;

// Named, versioned mutations ("customer.merge@1"). A version is never changed once released:
// a new behaviour is a new version, so old outbox rows still mean what they meant.
class Registry final {
public:
    // The registry with every mutation of this build.
    static const Registry &standard();

    void add(const QString &name, int version, Handler handler);
    const Handler *find(const QString &name, int version) const;
    QStringList names() const;

    // Work run once per transaction, just before COMMIT, outside any mutation's savepoint:
    // derived indexes (the phone fragment index) catch up with what the mutations wrote.
    using Precommit = std::function<Result<void>(storage::Database &)>;
    void addPrecommit(Precommit hook) { m_precommits.push_back(std::move(hook)); }
    const std::vector<Precommit> &precommits() const { return m_precommits; }

private:
    QHash<QString, Handler> m_handlers; // key "name@version"
    std::vector<Precommit> m_precommits;
};

} // namespace shoulou::mutation
