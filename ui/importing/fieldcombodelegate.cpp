#include "fieldcombodelegate.h"

#include "importing/leadfieldchoices.h"

#include <QComboBox>

namespace shoulou::ui {

QWidget *FieldComboDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("fieldCombo"));
    for (const LeadFieldChoices::Choice &c : LeadFieldChoices::all())
        combo->addItem(c.label, c.key);
    connect(combo, &QComboBox::currentIndexChanged, this,
            [this, combo] { emit const_cast<FieldComboDelegate *>(this)->commitData(combo); });
    return combo;
}

void FieldComboDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    const QString key = index.data(Qt::EditRole).toString();
    int at = combo->findData(key);
    if (at < 0) { // a platform the list does not offer, from a loaded mapping file
        combo->addItem(index.data(Qt::DisplayRole).toString(), key);
        at = combo->count() - 1;
    }
    const QSignalBlocker block(combo); // showing the model's value is not an edit
    combo->setCurrentIndex(at);
}

void FieldComboDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace shoulou::ui
