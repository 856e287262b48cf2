#pragma once

#include "importing/tablepreview.h"
#include "shell/workspaceview.h"
#include "worker/latestrequest.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace shoulou::ui {

class ImportRunner;
class OfficeSession;
class PreviewPage;
class ResultPage;

// The Import screen: choose (or drop) a CSV/XLSX file, check the preview and the column
// mapping, import with progress and cancel, then see what became of every row. The import
// runs on its own thread and connection; the window stays responsive throughout.
class ImportView final : public WorkspaceView {
    Q_OBJECT
public:
    enum class Step { Choose, Preview, Running, Result };

    explicit ImportView(OfficeSession &session, QWidget *parent = nullptr);
    ~ImportView() override;

    QString viewId() const override { return QStringLiteral("import"); }
    QString title() const override { return tr("Import"); }

    // What the file button and a drop do: read the file's preview (off the GUI thread).
    void setFile(const QString &path);
    Step step() const;
    // Rows per transaction; smaller batches give finer progress (and a finer cancel).
    void setBatchSize(int rows) { m_batchSize = rows; }

    PreviewPage *previewPage() const { return m_preview; }
    ResultPage *resultPage() const { return m_result; }
    ImportRunner *runner() const { return m_runner; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *buildChoosePage();
    QWidget *buildProgressPage();
    void chooseFile();
    void loadPreview(const QString &path, const QString &sheet);
    void previewRead(const QString &path, Result<TablePreview> preview);
    void startImport();
    void cancelImport();
    void showProgress(qint64 rows, qint64 bytesDone, qint64 bytesTotal);
    void importFinished();
    void showChooser(const QString &error);

    OfficeSession &m_session;
    ImportRunner *m_runner;
    QStackedWidget *m_stack;
    QWidget *m_choose;
    PreviewPage *m_preview;
    QWidget *m_progress;
    ResultPage *m_result;
    QLabel *m_chooseStatus;
    QPushButton *m_chooseButton;
    QLabel *m_progressHeadline;
    QLabel *m_progressDetail;
    QProgressBar *m_progressBar;
    QPushButton *m_cancel;
    worker::LatestRequest m_previews; // only the latest preview request is shown
    int m_batchSize = 5000;
};

} // namespace shoulou::ui
