// CustomerListModel, the part that takes a committed transaction's change set: the rows it
// names are re-read and updated, inserted or removed in place (no reset, no recount unless a
// merge changed the office's size), so a list scrolled to row 50 000 keeps its place and its
// selection while changes arrive. Kept apart from the paging and search of customerlistmodel.cpp.
#include "customerlistmodel.h"

#include "common/officesession.h"
#include "mutation/changeset.h"

namespace shoulou::ui {

namespace {

struct ChangeResult {
    std::optional<Error> error;
    QList<customer::ListRow> rows;    // the named customers that are live now
    QHash<QString, QString> previous; // new rows to place: id → the row before it ("" first)
};

} // namespace

void CustomerListModel::applyChanges(const mutation::ChangeSet &changes)
{
    if (m_generation == 0 || changes.isEmpty())
        return;
    if (changes.isEverything()) {
        reload();
        return;
    }
    const QSet<QString> named = changes.customerIds();
    if (named.isEmpty())
        return;
    const QStringList ids(named.begin(), named.end());
    const QStringList insertedList = changes.ids(QStringLiteral("customer"), mutation::ChangeSet::Op::Inserted);
    const QSet<QString> inserted(insertedList.begin(), insertedList.end());
    // A merge or unmerge moves customers in and out of the list without inserting rows.
    const bool merges = changes.touches(QStringLiteral("merge_event"));
    const bool placeNew = m_search.isEmpty() && !isReversed();
    const quint64 generation = m_generation;
    const customer::ListFilter filter = m_filter;
    const customer::ListSort sort = m_sort;
    m_session.reader().run<ChangeResult>(
        this,
        [ids, inserted, merges, placeNew, filter, sort](ReadContext &ctx) {
            ChangeResult r;
            customer::CustomerList list(ctx.db);
            auto live = list.liveRows(ids);
            if (!live) {
                r.error = live.error();
                return r;
            }
            r.rows = std::move(live).value();
            if (placeNew)
                for (const customer::ListRow &row : std::as_const(r.rows))
                    if ((merges || inserted.contains(row.id)) && customer::CustomerList::matches(row, filter)) {
                        auto previous = list.previousId(filter, sort, row.id);
                        if (!previous) {
                            r.error = previous.error();
                            return r;
                        }
                        r.previous.insert(row.id, *previous);
                    }
            return r;
        },
        [this, generation, ids, inserted, merges](ChangeResult r) {
            if (generation != m_generation)
                return; // the list started over meanwhile: it reads the new state anyway
            if (r.error) {
                fail(*r.error);
                return;
            }
            QHash<QString, const customer::ListRow *> now;
            for (const customer::ListRow &row : std::as_const(r.rows))
                now.insert(row.id, &row);
            const bool searching = !m_search.isEmpty();
            const bool filtered = m_filter != customer::ListFilter();
            qint64 delta = 0;
            bool recount = merges && !searching;
            QList<int> removals;
            QStringList toPlace;
            for (const QString &id : ids) {
                const int at = rowOf(id);
                const customer::ListRow *row = now.value(id);
                const bool match = row && customer::CustomerList::matches(*row, m_filter);
                if (at >= 0) {
                    if (match)
                        updateRow(at, *row);
                    else
                        removals << at;
                } else if (!searching && match) {
                    if (inserted.contains(id))
                        ++delta;
                    else if (filtered)
                        recount = true; // it may have just come to match the filter
                    if (r.previous.contains(id))
                        toPlace << id;
                }
            }
            std::sort(removals.begin(), removals.end(), std::greater<int>());
            for (int at : std::as_const(removals))
                removeRowAt(at);
            delta -= removals.size();
            for (const QString &id : std::as_const(toPlace)) {
                const QString previous = r.previous.value(id);
                const int before = previous.isEmpty() ? -1 : rowOf(previous);
                if (!previous.isEmpty() && before < 0)
                    continue; // beyond the loaded rows: a later page brings it
                const int at = before + 1;
                if (at >= rowCount() && !m_cursor.done)
                    continue; // right after the last loaded row: the next page starts there
                insertRowAt(at, *now.value(id));
            }
            if (searching) {
                m_total = rowCount();
                emit totalChanged(m_total);
            } else if (recount) {
                requestCount();
            } else if (delta != 0 && m_total >= 0) {
                m_total += delta;
                emit totalChanged(m_total);
            }
            emit changesApplied();
        });
}

} // namespace shoulou::ui
