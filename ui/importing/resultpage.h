#pragma once

#include "importing/importrunner.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace shoulou::ui {

class RejectedRowsModel;

// Step 4 of an import: what became of the file's rows — new customers, merged, already
// imported, rejected, imported with a warning (each rejected or warned row with its reason) —
// and the per-row report to export.
class ResultPage final : public QWidget {
    Q_OBJECT
public:
    explicit ResultPage(QWidget *parent = nullptr);

    void showOutcome(const QString &fileName, const ImportOutcome &outcome);
    RejectedRowsModel *rejectedModel() const { return m_rejectedModel; }
    // Copies the report of the last import to `path`; a failure is shown on the page.
    bool exportReport(const QString &path);

signals:
    void importAnotherRequested();

private:
    void askExportReport();

    QString m_fileName;
    QString m_reportPath;
    RejectedRowsModel *m_rejectedModel;
    QLabel *m_headline;
    QLabel *m_detail;
    QWidget *m_counts;
    QLabel *m_created, *m_merged, *m_duplicates, *m_rejected, *m_warned, *m_reviews;
    QLabel *m_rejectedNote;
    QTableView *m_rejectedTable;
    QLabel *m_message;
    QPushButton *m_export;
};

} // namespace shoulou::ui
