#include "timelinemodel.h"

#include "common/displayformat.h"
#include "customer/customerdetail.h"

#include <algorithm>

namespace shoulou::ui {

TimelineModel::TimelineModel(QObject *parent)
    : ListTableModel(parent)
{}

void TimelineModel::setDetail(const customer::CustomerDetail &detail)
{
    QList<TimelineEntry> entries;
    for (const auto &t : detail.touches)
        entries << TimelineEntry{
            t.atMs, QStringLiteral("touch"),
            tr("%1 via %2").arg(DisplayFormat::touchKind(t.kind), t.channel.isEmpty() ? tr("unknown channel") : t.channel), t.note,
            QString()};
    for (const auto &f : detail.followUps) {
        QString details = f.note;
        if (f.nextAtMs)
            details = details.isEmpty() ? tr("Next follow-up %1").arg(DisplayFormat::dateTime(f.nextAtMs))
                                        : tr("%1 (next follow-up %2)").arg(details, DisplayFormat::dateTime(f.nextAtMs));
        entries << TimelineEntry{f.atMs, QStringLiteral("follow_up"), tr("Follow-up: %1").arg(DisplayFormat::followUpKind(f.kind)), details,
                                 f.by};
    }
    for (const auto &m : detail.merges) {
        entries << TimelineEntry{m.mergedAtMs, QStringLiteral("merge"), tr("Records merged"),
                                 tr("%1 merged into %2 (%3)").arg(m.mergedName, m.survivorName, DisplayFormat::mergeReason(m.reason)),
                                 m.mergedBy};
        if (m.unmergedAtMs)
            entries << TimelineEntry{m.unmergedAtMs, QStringLiteral("unmerge"), tr("Records separated"),
                                     tr("%1 split off from %2").arg(m.mergedName, m.survivorName), m.unmergedBy};
    }
    // Newest first; equal times keep the order above (stable).
    std::stable_sort(entries.begin(), entries.end(), [](const TimelineEntry &a, const TimelineEntry &b) { return a.atMs > b.atMs; });
    if (entries != rows())
        setRows(std::move(entries));
}

QVariant TimelineModel::cell(const TimelineEntry &e, int column, int role) const
{
    if (role == TimeMsRole)
        return e.atMs;
    if (role == EntryKindRole)
        return e.kind;
    // A long or multi-line note is never cut without a way to read it: the whole text is the
    // tooltip (the view also wraps the rows).
    if (role == Qt::ToolTipRole && column == Details)
        return e.details;
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
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

QString TimelineModel::header(int column) const
{
    switch (column) {
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
