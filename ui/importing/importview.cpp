#include "importview.h"

#include "common/emptyhint.h"
#include "common/filechooser.h"
#include "common/officesession.h"
#include "importing/backgroundjob.h"
#include "importing/importrunner.h"
#include "importing/previewpage.h"
#include "importing/resultpage.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace shoulou::ui {

namespace {

constexpr int kPreviewRows = 20;
constexpr int kProgressSteps = 1000;

// The one local file a drag carries, or empty.
QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return {};
    return mime->urls().first().toLocalFile();
}

} // namespace

ImportView::ImportView(OfficeSession &session, QWidget *parent)
    : WorkspaceView(parent)
    , m_session(session)
    , m_runner(new ImportRunner(session, this))
    , m_stack(new QStackedWidget(this))
    , m_preview(new PreviewPage(this))
    , m_result(new ResultPage(this))
{
    setAcceptDrops(true);
    m_choose = buildChoosePage();
    m_progress = buildProgressPage();
    m_preview->setObjectName(QStringLiteral("previewPage"));
    m_result->setObjectName(QStringLiteral("resultPage"));
    m_stack->addWidget(m_choose);
    m_stack->addWidget(m_preview);
    m_stack->addWidget(m_progress);
    m_stack->addWidget(m_result);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    m_preview->setChannels(m_session.channels());
    connect(&m_session, &OfficeSession::dataChanged, this, [this] { m_preview->setChannels(m_session.channels()); });
    connect(m_preview, &PreviewPage::sheetChosen, this, [this](const QString &sheet) { loadPreview(m_preview->preview().path, sheet); });
    connect(m_preview, &PreviewPage::startRequested, this, &ImportView::startImport);
    connect(m_preview, &PreviewPage::chooseAnotherRequested, this, [this] { showChooser({}); });
    connect(m_result, &ResultPage::importAnotherRequested, this, [this] { showChooser({}); });
    connect(m_runner, &ImportRunner::progressed, this, &ImportView::showProgress);
    connect(m_runner, &ImportRunner::finished, this, &ImportView::importFinished);
}

ImportView::~ImportView() = default;

QWidget *ImportView::buildChoosePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("choosePage"));
    auto *hint = new EmptyHint(page);
    hint->setHint(tr("Import a lead list"),
                  tr("Choose a file or drop it here: CSV as Excel or a platform exports it (UTF-8, GBK/GB18030 or "
                     "UTF-16), or an Excel workbook (XLSX, or XLS from Excel 97–2003 and WPS). The first row must name "
                     "the columns; 姓名, 手机/电话, 身份证号, 渠道/来源, 留资时间, 备注, 性别, 预算, 户型, 面积, 意向楼栋, "
                     "归属顾问 and open_id/union_id are recognised, and any other column can be assigned in the "
                     "preview. Each row needs a phone, a resident id or a platform id; nothing is saved before you "
                     "start the import."));
    hint->setMaximumWidth(680); // a paragraph, not a line across a wide screen
    m_chooseButton = new QPushButton(tr("Choose a file…"), page);
    m_chooseButton->setObjectName(QStringLiteral("chooseFileButton"));
    m_chooseStatus = new QLabel(page);
    m_chooseStatus->setObjectName(QStringLiteral("chooseStatus"));
    m_chooseStatus->setWordWrap(true);
    m_chooseStatus->setAlignment(Qt::AlignCenter);
    m_chooseStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    auto *hintRow = new QHBoxLayout; // centred without alignment flags, which would ignore word wrap
    hintRow->addStretch();
    hintRow->addWidget(hint, 4);
    hintRow->addStretch();
    layout->addLayout(hintRow);
    layout->addWidget(m_chooseButton, 0, Qt::AlignHCenter);
    layout->addWidget(m_chooseStatus);
    layout->addStretch();
    connect(m_chooseButton, &QPushButton::clicked, this, &ImportView::chooseFile);
    return page;
}

QWidget *ImportView::buildProgressPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("progressPage"));
    m_progressHeadline = new QLabel(page);
    m_progressHeadline->setWordWrap(true);
    m_progressBar = new QProgressBar(page);
    m_progressBar->setObjectName(QStringLiteral("importProgress"));
    m_progressDetail = new QLabel(page);
    m_progressDetail->setObjectName(QStringLiteral("progressDetail"));
    m_progressDetail->setWordWrap(true);
    m_cancel = new QPushButton(tr("Cancel"), page);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(m_progressHeadline);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_progressDetail);
    layout->addWidget(m_cancel, 0, Qt::AlignRight);
    layout->addStretch(2);
    connect(m_cancel, &QPushButton::clicked, this, &ImportView::cancelImport);
    return page;
}

ImportView::Step ImportView::step() const
{
    QWidget *current = m_stack->currentWidget();
    if (current == m_preview)
        return Step::Preview;
    if (current == m_progress)
        return Step::Running;
    if (current == m_result)
        return Step::Result;
    return Step::Choose;
}

void ImportView::chooseFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    ui::chooseFile(
        this,
        {FileChoice::Open, tr("Choose a lead list to import"), dir, tr("Lead lists (*.csv *.txt *.tsv *.xlsx *.xls);;All files (*)"), {}},
        [this](const QString &path) { setFile(path); });
}

void ImportView::setFile(const QString &path)
{
    if (m_runner->isRunning())
        return;
    showChooser({});
    loadPreview(path, {});
}

void ImportView::loadPreview(const QString &path, const QString &sheet)
{
    const worker::LatestRequest::Ticket ticket = m_previews.next();
    m_chooseButton->setEnabled(false);
    m_chooseStatus->setStyleSheet(QString());
    m_chooseStatus->setText(tr("Reading “%1”…").arg(QFileInfo(path).fileName()));
    if (!sheet.isEmpty())
        m_preview->showMessage(tr("Reading sheet “%1”…").arg(sheet), false);
    runInBackground<Result<TablePreview>>(
        this, [path, sheet] { return TablePreview::read(path, sheet, kPreviewRows); },
        [this, ticket, path](Result<TablePreview> preview) {
            if (ticket.isCurrent())
                previewRead(path, std::move(preview));
        });
}

void ImportView::previewRead(const QString &path, Result<TablePreview> preview)
{
    m_chooseButton->setEnabled(true);
    if (!preview) {
        showChooser(tr("“%1” cannot be imported: %2").arg(QFileInfo(path).fileName(), preview.error().message));
        return;
    }
    m_chooseStatus->clear();
    m_preview->showPreview(*preview);
    m_stack->setCurrentWidget(m_preview);
}

void ImportView::showChooser(const QString &error)
{
    m_previews.supersede(); // a preview still being read is no longer wanted
    m_chooseButton->setEnabled(true);
    m_chooseStatus->setText(error);
    m_chooseStatus->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("color: #b3261e"));
    m_stack->setCurrentWidget(m_choose);
}

void ImportView::startImport()
{
    const io::FieldMapping mapping = m_preview->mapping();
    if (!mapping.hasIdentityColumn() || m_runner->isRunning())
        return; // the preview page says why and keeps its button disabled
    const TablePreview &p = m_preview->preview();
    io::ImportOptions options;
    options.path = p.path;
    options.sheet = p.sheet;
    options.channel = m_preview->channel();
    options.mapping = mapping;
    options.dateOrder = m_preview->dateOrder();
    options.batchSize = m_batchSize;

    m_progressHeadline->setText(tr("Importing “%1”…").arg(QFileInfo(p.path).fileName()));
    m_progressDetail->setText(tr("Reading the first rows…"));
    m_progressBar->setRange(0, 0); // busy until the first batch is saved
    m_cancel->setEnabled(true);
    m_stack->setCurrentWidget(m_progress);
    m_runner->start(options);
}

void ImportView::cancelImport()
{
    m_runner->cancel();
    m_cancel->setEnabled(false);
    m_progressDetail->setText(tr("Stopping after the batch being saved… Rows already saved stay saved."));
}

void ImportView::showProgress(qint64 rows, qint64 bytesDone, qint64 bytesTotal)
{
    if (bytesTotal > 0) {
        m_progressBar->setRange(0, kProgressSteps);
        m_progressBar->setValue(int(qMin(bytesDone, bytesTotal) * kProgressSteps / bytesTotal));
    }
    if (m_runner->cancelRequested())
        return; // keep saying that it is stopping
    m_progressDetail->setText(
        tr("%1 rows saved (%2 of %3 read).")
            .arg(QLocale().toString(rows), QLocale().formattedDataSize(bytesDone), QLocale().formattedDataSize(bytesTotal)));
}

void ImportView::importFinished()
{
    m_result->showOutcome(QFileInfo(m_preview->preview().path).fileName(), m_runner->outcome());
    m_stack->setCurrentWidget(m_result);
    // Committed batches are in the database whatever the outcome: every view refreshes.
    m_session.notifyDataChanged();
}

void ImportView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_runner->isRunning() && !droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportView::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty() || m_runner->isRunning())
        return;
    event->acceptProposedAction();
    setFile(path);
}

} // namespace shoulou::ui
