#pragma once

#include "mutation/context.h"
#include "util/result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <type_traits>
#include <utility>
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

    // A mutation whose handler takes its typed arguments: M has kName, a strict
    // `static Result<M> fromJson(const QJsonObject &, int version)` and an Outcome with
    // toJson(). The handler is `Result<M::Outcome>(Context &, const M &)`, or takes the
    // version as a third argument when versions share the struct. JSON stays out here, at
    // the outbox's edge: the args a replay hands in are parsed (a missing or wrongly typed
    // field is refused before anything is written), the outcome is written back as JSON.
    template <class M, class F>
    void add(int version, F handler)
    {
        add(QString::fromLatin1(M::kName), version,
            [version, handler = std::move(handler)](Context &ctx, const QJsonObject &args) -> Result<QJsonObject> {
                auto parsed = M::fromJson(args, version);
                if (!parsed)
                    return parsed.error();
                Result<typename M::Outcome> outcome = [&]() -> Result<typename M::Outcome> {
                    if constexpr (std::is_invocable_v<const F &, Context &, const M &, int>)
                        return handler(ctx, *parsed, version);
                    else
                        return handler(ctx, *parsed);
                }();
                if (!outcome)
                    return outcome.error();
                return outcome->toJson();
            });
    }
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
