#pragma once

#include "io/fieldmapping.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace shoulou::ui {

// The first rows of the file as they will be read: one column per file column, headed by the
// column's name and what it is imported as; phones and resident ids masked.
class PreviewRowsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit PreviewRowsModel(QObject *parent = nullptr);

    void reset(const QStringList &header, const QList<QStringList> &rows, const QList<QString> &rowErrors);
    void setMapping(const io::FieldMapping &mapping);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
    QList<QString> m_rowErrors;
    QList<io::ColumnMapping> m_fields; // indexed by column
};

} // namespace shoulou::ui
