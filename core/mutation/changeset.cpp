#include "changeset.h"

namespace shoulou::mutation {

ChangeSet ChangeSet::everything()
{
    ChangeSet s;
    s.m_everything = true;
    return s;
}

void ChangeSet::add(const QString &table, const QString &id, Op op, const QString &customerId)
{
    const QString key = table + QChar(0x1f) + id;
    auto it = m_index.constFind(key);
    if (it == m_index.constEnd()) {
        m_index.insert(key, m_changes.size());
        m_changes.append({table, id, op, customerId});
        return;
    }
    Change &c = m_changes[*it];
    if (c.customerId.isEmpty())
        c.customerId = customerId;
    if (c.op == Op::Inserted && op == Op::Deleted) {
        // Born and gone in the same transaction: nobody saw it. Removing from the middle
        // would shift the index; a tombstone-free rebuild is cheap for such rare cases.
        m_changes.removeAt(*it);
        m_index.clear();
        for (qsizetype i = 0; i < m_changes.size(); ++i)
            m_index.insert(m_changes[i].table + QChar(0x1f) + m_changes[i].id, i);
        return;
    }
    if (c.op == Op::Inserted)
        return; // inserted, then updated: still an insert
    if (c.op == Op::Deleted && op == Op::Inserted)
        c.op = Op::Updated; // deleted and written again: the row exists, changed
    else
        c.op = op;
}

bool ChangeSet::touches(const QString &table) const
{
    if (m_everything)
        return true;
    return std::any_of(m_changes.begin(), m_changes.end(), [&](const Change &c) { return c.table == table; });
}

QStringList ChangeSet::ids(const QString &table, Op op) const
{
    QStringList out;
    for (const Change &c : m_changes)
        if (c.table == table && c.op == op)
            out << c.id;
    return out;
}

QSet<QString> ChangeSet::customerIds() const
{
    QSet<QString> out;
    for (const Change &c : m_changes)
        if (!c.customerId.isEmpty())
            out.insert(c.customerId);
    return out;
}

} // namespace shoulou::mutation
