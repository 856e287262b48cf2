#pragma once

#include "common/officesession.h"
#include "importing/tablepreview.h"
#include "io/fieldmapping.h"
#include "io/leadtime.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace shoulou::ui {

class ColumnMappingModel;
class PreviewRowsModel;

// Step 2 of an import: what the file looks like (format, sheet, first rows) and how each of
// its columns is imported. The mapping starts from the automatic header guess and can be
// edited, saved as a mapping file (the CLI's --mapping) and loaded again.
class PreviewPage final : public QWidget {
    Q_OBJECT
public:
    explicit PreviewPage(QWidget *parent = nullptr);

    void showPreview(const TablePreview &preview);
    void setChannels(const QList<ChannelRef> &channels);
    const TablePreview &preview() const { return m_preview; }
    ColumnMappingModel *mappingModel() const { return m_mappingModel; }
    io::FieldMapping mapping() const;
    // The channel chosen for rows that name none; empty = the file's channel column decides.
    QString channel() const;
    // How dates like 03/04/2026 are read: found in the rows shown, else chosen by the user
    // (Unknown until then, when the time column holds such dates).
    io::DateOrder dateOrder() const;

    // Both report success; a failure is shown on the page, naming the file and the problem.
    bool saveMapping(const QString &path);
    bool loadMapping(const QString &path);
    void showMessage(const QString &text, bool isError);

signals:
    void sheetChosen(const QString &sheet);
    void startRequested();
    void chooseAnotherRequested();

private:
    void mappingEdited();
    void updateDateOrder();
    void updateStart();
    QString formatText() const;
    void selectChannel(const QString &name);
    void askSaveMapping();
    void askLoadMapping();

    TablePreview m_preview;
    ColumnMappingModel *m_mappingModel;
    PreviewRowsModel *m_rowsModel;
    QLabel *m_file;
    QLabel *m_format;
    QLabel *m_sheetLabel;
    QComboBox *m_sheet;
    QComboBox *m_channel;
    QLabel *m_dateOrderLabel;
    QComboBox *m_dateOrder;
    bool m_dateOrderNeeded = false; // the time column holds year-last dates
    QTableView *m_mappingTable;
    QTableView *m_rowsTable;
    QLabel *m_rowsNote;
    QLabel *m_warning;
    QLabel *m_message;
    QPushButton *m_start;
};

} // namespace shoulou::ui
