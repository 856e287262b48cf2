#pragma once

// What the import screen's tests read off it: test files, labels and buttons by object name,
// the mapping combo of a file column.
#include "importing/columnmappingmodel.h"
#include "importing/importview.h"
#include "importing/previewpage.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace shoulou::test {

inline QString importData(const char *name)
{
    return QStringLiteral(SHOULOU_TEST_DATA_DIR "/import/") + QLatin1String(name);
}

inline QString text(const QWidget &view, const char *objectName)
{
    auto *label = view.findChild<QLabel *>(QLatin1String(objectName));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(objectName));
}

inline QPushButton *button(const QWidget &view, const char *objectName)
{
    return view.findChild<QPushButton *>(QLatin1String(objectName));
}

// The combo the preview shows for column `column` of the file.
inline QComboBox *fieldCombo(const ui::ImportView &view, int column)
{
    auto *table = view.findChild<QTableView *>(QStringLiteral("mappingTable"));
    return qobject_cast<QComboBox *>(table->indexWidget(table->model()->index(column, ui::ColumnMappingModel::Field)));
}

inline int headerColumn(const ui::ImportView &view, const QString &name)
{
    return int(view.previewPage()->mappingModel()->header().indexOf(name));
}

} // namespace shoulou::test
