#include "timelinemodel.h"

#include "common/displayformat.h"

#include <QJsonArray>

#include <algorithm>

namespace shoulou::ui {

namespace {

qint64 msOf(const QJsonObject &o, const char *key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TimelineModel::setDetail(const QJsonObject &detail)
{
    QList<Entry> entries;
    for (const QJsonValue &v : detail.value(QLatin1String("touches")).toArray()) {
        const QJsonObject t = v.toObject();
        const QString channel = t.value(QLatin1String("channel")).toString();
        Entry e{msOf(t, "at_ms"), QStringLiteral("touch"),
                tr("%1 via %2")
                    .arg(DisplayFormat::touchKind(t.value(QLatin1String("kind")).toString()),
                         channel.isEmpty() ? tr("unknown channel") : channel),
                t.value(QLatin1String("note")).toString(), QString()};
        entries << e;
    }
    for (const QJsonValue &v : detail.value(QLatin1String("follow_ups")).toArray()) {
        const QJsonObject f = v.toObject();
        QString details = f.value(QLatin1String("note")).toString();
        if (const qint64 next = msOf(f, "next_at_ms"))
            details = details.isEmpty() ? tr("Next follow-up %1").arg(DisplayFormat::dateTime(next))
                                        : tr("%1 (next follow-up %2)").arg(details, DisplayFormat::dateTime(next));
        entries << Entry{msOf(f, "at_ms"), QStringLiteral("follow_up"),
                         tr("Follow-up: %1").arg(DisplayFormat::followUpKind(f.value(QLatin1String("kind")).toString())), details,
                         f.value(QLatin1String("by")).toString()};
    }
    for (const QJsonValue &v : detail.value(QLatin1String("merges")).toArray()) {
        const QJsonObject m = v.toObject();
        const QString reason = DisplayFormat::mergeReason(m.value(QLatin1String("reason")).toString());
        const QString merged = m.value(QLatin1String("merged_name")).toString();
        const QString survivor = m.value(QLatin1String("survivor_name")).toString();
        entries << Entry{msOf(m, "merged_at_ms"), QStringLiteral("merge"), tr("Records merged"),
                         tr("%1 merged into %2 (%3)").arg(merged, survivor, reason), QString()};
        if (const qint64 un = msOf(m, "unmerged_at_ms"))
            entries << Entry{un, QStringLiteral("unmerge"), tr("Records separated"), tr("%1 split off from %2").arg(merged, survivor),
                             QString()};
    }
    // Newest first; equal times keep the order above (stable).
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.atMs > b.atMs; });
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries[index.row()];
    if (role == TimeMsRole)
        return e.atMs;
    if (role == EntryKindRole)
        return e.kind;
    if (role == Qt::ToolTipRole && index.column() == Details)
        return e.details;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return DisplayFormat::dateTime(e.atMs);
    case Event:
        return e.event;
    case Details:
        return e.details;
    case By:
        return e.by;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Event:
        return tr("Event");
    case Details:
        return tr("Details");
    case By:
        return tr("By");
    default:
        return {};
    }
}

} // namespace shoulou::ui
