#pragma once

#include "mutation/context.h"
#include "util/result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>

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

private:
    QHash<QString, Handler> m_handlers; // key "name@version"
};

} // namespace shoulou::mutation
