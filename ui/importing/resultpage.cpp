#include "resultpage.h"

#include "common/filechooser.h"
#include "importing/rejectedrowsmodel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace shoulou::ui {

namespace {

QLabel *countLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

ResultPage::ResultPage(QWidget *parent)
    : QWidget(parent)
    , m_rejectedModel(new RejectedRowsModel(this))
{
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("resultHeadline"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("resultDetail"));
    m_detail->setWordWrap(true);

    m_counts = new QWidget(this);
    auto *counts = new QFormLayout(m_counts);
    counts->setContentsMargins(0, 0, 0, 0);
    m_created = countLabel(m_counts, "createdCount");
    m_merged = countLabel(m_counts, "mergedCount");
    m_duplicates = countLabel(m_counts, "duplicateCount");
    m_rejected = countLabel(m_counts, "rejectedCount");
    m_warned = countLabel(m_counts, "warnedCount");
    m_reviews = countLabel(m_counts, "reviewCount");
    counts->addRow(tr("New customers:"), m_created);
    counts->addRow(tr("Merged into existing customers:"), m_merged);
    counts->addRow(tr("Already imported before (skipped):"), m_duplicates);
    counts->addRow(tr("Rejected:"), m_rejected);
    counts->addRow(tr("Imported with a warning:"), m_warned);
    counts->addRow(tr("Possible duplicates to review:"), m_reviews);

    m_rejectedNote = new QLabel(this);
    m_rejectedNote->setObjectName(QStringLiteral("rejectedNote"));
    m_rejectedNote->setWordWrap(true);
    m_rejectedTable = new QTableView(this);
    m_rejectedTable->setObjectName(QStringLiteral("rejectedTable"));
    m_rejectedTable->setModel(m_rejectedModel);
    m_rejectedTable->verticalHeader()->hide();
    m_rejectedTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejectedTable->horizontalHeader()->setSectionResizeMode(RejectedRowsModel::Row, QHeaderView::ResizeToContents);
    m_rejectedTable->horizontalHeader()->setSectionResizeMode(RejectedRowsModel::Outcome, QHeaderView::ResizeToContents);
    m_rejectedTable->setWordWrap(true);
    m_rejectedTable->horizontalHeader()->setStretchLastSection(true);
    // Row heights follow the reason column's real width: measured before the page is laid out,
    // a long reason wrapped in a narrow column made every row many lines high.
    // Queued: while the header lays its sections out, the view's row measure still sees the old widths.
    connect(
        m_rejectedTable->horizontalHeader(), &QHeaderView::sectionResized, m_rejectedTable,
        [this](int column) {
            if (column == RejectedRowsModel::Reason)
                m_rejectedTable->resizeRowsToContents();
        },
        Qt::QueuedConnection);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("resultMessage"));
    m_message->setWordWrap(true);
    m_export = new QPushButton(tr("Export report…"), this);
    m_export->setObjectName(QStringLiteral("exportReportButton"));
    m_export->setToolTip(tr("Save a CSV with one line per row of the file: row, status, customer, reason."));
    auto *another = new QPushButton(tr("Import another file"), this);
    another->setObjectName(QStringLiteral("importAnotherButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addStretch();
    buttons->addWidget(another);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_detail);
    layout->addWidget(m_counts);
    layout->addWidget(m_rejectedNote);
    layout->addWidget(m_rejectedTable, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_export, &QPushButton::clicked, this, &ResultPage::askExportReport);
    connect(another, &QPushButton::clicked, this, &ResultPage::importAnotherRequested);
}

void ResultPage::showOutcome(const QString &fileName, const ImportOutcome &outcome)
{
    m_fileName = fileName;
    m_reportPath = outcome.reportPath;
    m_message->clear();
    const io::ImportSummary &s = outcome.summary;
    const QLocale locale;
    if (!outcome.ok) {
        m_headline->setText(tr("The import of “%1” stopped").arg(fileName));
        m_detail->setText(outcome.error);
    } else if (s.cancelled) {
        m_headline->setText(tr("The import of “%1” was cancelled").arg(fileName));
        m_detail->setText(tr("The %n rows read before the cancel are saved. Import the same file again to add "
                             "the rest: rows already imported are recognised and skipped.",
                             nullptr, int(s.rows)));
    } else {
        m_headline->setText(tr("“%1” is imported").arg(fileName));
        m_detail->setText(tr("%n rows read.", nullptr, int(s.rows)));
    }
    m_counts->setVisible(outcome.ok);
    m_created->setText(locale.toString(s.created));
    m_merged->setText(locale.toString(s.merged));
    m_duplicates->setText(locale.toString(s.duplicates));
    m_rejected->setText(locale.toString(s.rejected));
    m_reviews->setText(locale.toString(s.reviews));
    m_warned->setText(locale.toString(s.warned));

    m_rejectedModel->reset(s.flagged);
    m_rejectedTable->resizeRowsToContents();
    const bool any = !s.flagged.empty();
    const qint64 flagged = s.rejected + s.warned;
    m_rejectedTable->setVisible(any);
    if (!any)
        m_rejectedNote->setText(outcome.ok ? tr("No row was rejected, and no row has a warning.") : QString());
    else if (outcome.ok && flagged > qint64(s.flagged.size()))
        m_rejectedNote->setText(tr("The first %1 of %2 rows that were rejected or have a warning (the exported report "
                                   "lists them all). Row numbers count the rows under the header.")
                                    .arg(locale.toString(qint64(s.flagged.size())), locale.toString(flagged)));
    else
        m_rejectedNote->setText(tr("Rows that were rejected or imported with a warning — fix them in the file and "
                                   "import it again. Row numbers count the rows under the header."));
    m_export->setEnabled(!m_reportPath.isEmpty());
}

bool ResultPage::exportReport(const QString &path)
{
    // The importer wrote the report as it committed each batch; exporting copies it.
    if (QFile::exists(path) && !QFile::remove(path)) {
        m_message->setText(tr("Cannot replace “%1”: is it open in Excel?").arg(path));
        return false;
    }
    if (m_reportPath.isEmpty() || !QFile::copy(m_reportPath, path)) {
        m_message->setText(tr("Cannot write the report to “%1”.").arg(path));
        return false;
    }
    m_message->setText(tr("Report saved to “%1”.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ResultPage::askExportReport()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(dir).filePath(QFileInfo(m_fileName).completeBaseName() + tr("-import-report") + QStringLiteral(".csv"));
    chooseFile(this, {FileChoice::Save, tr("Export import report"), suggested, tr("CSV file (*.csv)"), QStringLiteral("csv")},
               [this](const QString &path) { (void)exportReport(path); });
}

} // namespace shoulou::ui
