#include "registry.h"

#include "mutation/handlers.h"

namespace shoulou::mutation {

void Registry::add(const QString &name, int version, Handler handler)
{
    m_handlers.insert(name + QLatin1Char('@') + QString::number(version), std::move(handler));
}

const Handler *Registry::find(const QString &name, int version) const
{
    const auto it = m_handlers.constFind(name + QLatin1Char('@') + QString::number(version));
    return it == m_handlers.constEnd() ? nullptr : &*it;
}

QStringList Registry::names() const
{
    QStringList n = m_handlers.keys();
    n.sort();
    return n;
}

const Registry &Registry::standard()
{
    static const Registry registry = [] {
        Registry r;
        registerAllHandlers(r);
        return r;
    }();
    return registry;
}

} // namespace shoulou::mutation
