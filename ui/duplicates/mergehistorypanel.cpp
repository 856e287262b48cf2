#include "mergehistorypanel.h"

#include "common/emptyhint.h"
#include "common/messages.h"
#include "common/officesession.h"
#include "duplicates/confirmation.h"
#include "duplicates/mergehistorymodel.h"
#include "identity/reviewresolve.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace shoulou::ui {

struct MergeHistoryPanel::Loaded {
    QList<customer::MergeRecord> records;
    qint64 total = 0;
    std::optional<Error> error;
};

MergeHistoryPanel::MergeHistoryPanel(OfficeSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new MergeHistoryModel(this))
{
    m_list = new QTableView;
    m_list->setObjectName(QStringLiteral("mergeHistoryList"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setTabKeyNavigation(false); // Tab goes on to the Unmerge button
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("mergeHistoryError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    m_more = new QLabel;
    m_more->setWordWrap(true);
    m_more->hide();
    m_unmerge = new QPushButton(tr("Unmerge…"));
    m_unmerge->setObjectName(QStringLiteral("unmergeButton"));
    m_unmerge->setToolTip(tr("Split the merged customer out again, with its own phones, resident IDs and touches."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_more);
    buttons->addStretch(1);
    buttons->addWidget(m_unmerge);
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_error);
    contentLayout->addWidget(m_list, 1);
    contentLayout->addLayout(buttons);

    m_empty = new EmptyHint;
    m_empty->setObjectName(QStringLiteral("mergeHistoryEmpty"));
    m_empty->setHint(tr("No merges yet"), tr("Leads with the same phone, resident ID or platform ID are merged into one customer as they "
                                             "are imported, and pairs you merge in the review queue are added too. Every merge is listed "
                                             "here, and a wrong one can be undone."));
    m_stack = new QStackedWidget;
    m_stack->addWidget(content);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MergeHistoryPanel::updateButtons);
    connect(m_list, &QAbstractItemView::activated, this, &MergeHistoryPanel::open);
    connect(m_unmerge, &QPushButton::clicked, this, &MergeHistoryPanel::unmerge);
    updateButtons();
}

void MergeHistoryPanel::reload()
{
    m_session.background().runLatest<Loaded>(
        m_loads.next(), this,
        [](ReadContext &ctx) {
            customer::MergeHistory history(ctx.db);
            auto records = history.recent(kLimit);
            auto total = records ? history.count() : Result<qint64>(records.error());
            if (!total)
                return Loaded{{}, 0, total.error()};
            return Loaded{*records, *total, std::nullopt};
        },
        [this](Loaded loaded) { showLoaded(loaded); });
}

void MergeHistoryPanel::showLoaded(const Loaded &loaded)
{
    m_error->setVisible(loaded.error.has_value());
    if (loaded.error) {
        // What was listed stays; the reader is told the list could not be brought up to date.
        m_error->setText(tr("The merge history could not be read: %1").arg(loaded.error->message));
        m_stack->setCurrentIndex(0);
        return;
    }
    const QModelIndex current = m_list->currentIndex();
    const QString keepId = current.isValid() ? m_model->record(current.row()).id : QString();
    m_model->setRecords(loaded.records);
    m_stack->setCurrentWidget(loaded.records.isEmpty() ? static_cast<QWidget *>(m_empty) : m_stack->widget(0));
    m_more->setVisible(loaded.total > loaded.records.size());
    m_more->setText(tr("Showing the newest %1 of %2 merges.").arg(loaded.records.size()).arg(loaded.total));
    const int row = m_model->rowOf(keepId);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, 0));
    updateButtons();
}

void MergeHistoryPanel::updateButtons()
{
    const QModelIndex current = m_list->currentIndex();
    m_unmerge->setEnabled(!m_busy && current.isValid() && !m_model->record(current.row()).undone());
}

void MergeHistoryPanel::unmerge()
{
    const QModelIndex current = m_list->currentIndex();
    if (m_busy || !current.isValid() || m_model->record(current.row()).undone())
        return;
    const customer::MergeRecord record = m_model->record(current.row());
    confirmDecision(this, tr("Undo this merge?"),
                    tr("%1 is split out of %2 again and gets back its own phones, resident IDs, touches and "
                       "follow-ups. The two will not be merged automatically again.")
                            .arg(record.mergedName, record.survivorName) +
                        QLatin1Char('\n') +
                        tr("%1 stays as it is; %2 phone(s), %3 touch(es) and %4 follow-up(s) move back to %5.")
                            .arg(record.survivorName)
                            .arg(record.movedPhones)
                            .arg(record.movedTouches)
                            .arg(record.movedFollowUps)
                            .arg(record.mergedName),
                    tr("Unmerge"), false, [this, record] { unmergeConfirmed(record); });
}

void MergeHistoryPanel::unmergeConfirmed(const customer::MergeRecord &record)
{
    if (m_busy)
        return;
    m_busy = true;
    updateButtons();
    m_session.apply(identity::CustomerUnmerge{record.mergedId}, this, [this](Result<identity::CustomerUnmerge::Outcome> r) {
        m_busy = false;
        updateButtons();
        if (!r) {
            showMessage(this, QMessageBox::Warning, tr("Merge history"), tr("The merge was not undone: %1").arg(r.error().message));
            reload();
        }
    });
}

void MergeHistoryPanel::open(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const auto &r = m_model->record(index.row());
    m_session.requestOpenCustomer(index.column() == MergeHistoryModel::Merged ? r.mergedId : r.survivorId);
}

} // namespace shoulou::ui
