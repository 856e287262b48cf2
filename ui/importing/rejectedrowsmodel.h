#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace shoulou::ui {

struct RejectedRow {
    qint64 row = 0; // data row, as in the report (the header is not counted)
    QString reason;
};

// The rows an import turned away, each with the reason, so the user can fix them in the file.
class RejectedRowsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Row, Reason, ColumnCount };

    explicit RejectedRowsModel(QObject *parent = nullptr);
    void reset(const QList<RejectedRow> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RejectedRow> m_rows;
};

} // namespace shoulou::ui
