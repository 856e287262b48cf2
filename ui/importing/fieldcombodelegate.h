#pragma once

#include <QStyledItemDelegate>

namespace shoulou::ui {

// Edits a column's lead field with a combo box of LeadFieldChoices. Opened as a persistent
// editor, so every column shows its choice at once; a pick is committed immediately.
class FieldComboDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace shoulou::ui
