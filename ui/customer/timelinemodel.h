#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

namespace shoulou::ui {

// Everything that happened to one customer, newest first: touches (a lead, a visit…),
// follow-ups, and merges/unmerges of its records. Built from CustomerDetail's JSON.
class TimelineModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Event, Details, By, ColumnCount };
    enum Role { TimeMsRole = Qt::UserRole + 1, EntryKindRole };

    explicit TimelineModel(QObject *parent = nullptr);

    void setDetail(const QJsonObject &detail);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry {
        qint64 atMs = 0;
        QString kind; // "touch", "follow_up", "merge", "unmerge"
        QString event, details, by;
    };
    QList<Entry> m_entries;
};

} // namespace shoulou::ui
