#pragma once

#include "io/fieldmapping.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace shoulou::ui {

// The preview's column list: one row per column of the file, with an example value and the
// lead field it is imported as. The field column is editable (Qt::EditRole takes a
// LeadFieldChoices key); every change is a change of mapping().
class ColumnMappingModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SourceColumn, Example, Field, ColumnCount };

    explicit ColumnMappingModel(QObject *parent = nullptr);

    // A new file: its header, its preview rows (for the examples) and the starting mapping.
    void reset(const QStringList &header, const QList<QStringList> &rows, const io::FieldMapping &mapping);
    // A mapping loaded from a file, for the same header.
    void setMapping(const io::FieldMapping &mapping);
    const io::FieldMapping &mapping() const { return m_mapping; }
    const QStringList &header() const { return m_header; }
    io::LeadField fieldOf(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void mappingChanged();

private:
    QStringList m_header;
    QStringList m_examples; // first non-empty cell of each column
    io::FieldMapping m_mapping;
};

} // namespace shoulou::ui
