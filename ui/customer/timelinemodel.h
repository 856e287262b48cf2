#pragma once

#include "common/listtablemodel.h"

#include <QString>

namespace shoulou::customer {
struct CustomerDetail;
}

namespace shoulou::ui {

struct TimelineEntry {
    qint64 atMs = 0;
    QString kind; // "touch", "follow_up", "merge", "unmerge"
    QString event, details, by;

    bool operator==(const TimelineEntry &) const = default;
};

// Everything that happened to one customer, newest first: touches (a lead, a visit…),
// follow-ups, and merges/unmerges of its records. Built from the customer's detail.
class TimelineModel final : public ListTableModel<TimelineEntry> {
    Q_OBJECT
public:
    enum Column { Time, Event, Details, By, ColumnCount };
    enum Role { TimeMsRole = Qt::UserRole + 1, EntryKindRole };

    explicit TimelineModel(QObject *parent = nullptr);

    // The customer's entries; no reset when they are the ones shown (a reload after a change to
    // the profile only), so the view keeps its place.
    void setDetail(const customer::CustomerDetail &detail);

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const TimelineEntry &e, int column, int role) const override;
};

} // namespace shoulou::ui
