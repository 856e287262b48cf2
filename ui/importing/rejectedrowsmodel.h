#pragma once

#include "io/importer.h"

#include <QAbstractTableModel>

#include <vector>

namespace shoulou::ui {

// The rows of an import that need the user: those it turned away and those it imported with
// a warning (a resident id dropped, a date it could not read …), each with the reason, so
// the user can fix them in the file.
class RejectedRowsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Row, Outcome, Reason, ColumnCount };

    explicit RejectedRowsModel(QObject *parent = nullptr);
    void reset(const std::vector<io::ImportRowOutcome> &rows);
    // The row at `row` of the model was not imported (else: imported with a warning).
    bool isRejected(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<io::ImportRowOutcome> m_rows;
};

} // namespace shoulou::ui
