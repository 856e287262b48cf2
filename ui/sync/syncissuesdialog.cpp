#include "syncissuesdialog.h"

#include "common/emptyhint.h"
#include "common/fielderror.h"
#include "common/officesession.h"
#include "sync/synccontroller.h"
#include "sync/syncissuesmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace shoulou::ui {

SyncIssuesDialog::SyncIssuesDialog(OfficeSession &session, SyncController *controller, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_controller(controller)
    , m_model(new SyncIssuesModel(this))
    , m_stack(new QStackedWidget)
    , m_table(new QTableView)
    , m_empty(new EmptyHint)
    , m_resolve(new QPushButton(tr("Got it")))
    , m_error(fieldErrorLabel(nullptr))
{
    setWindowTitle(tr("Sync issues"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Changes made at this desk that the office hub refused, with its reason. They are not part of "
                                "the office's data; make them again if they are still needed."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setObjectName(QStringLiteral("syncIssues"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SyncIssuesModel::Reason, QHeaderView::Stretch);
    // The error code (AUTHZ_REVOKED…) is for the logs and support, not for the person: the
    // reason says it in their language.
    m_table->setColumnHidden(SyncIssuesModel::Code, true);
    m_table->setWordWrap(false);
    m_empty->setObjectName(QStringLiteral("syncIssuesEmpty"));
    m_empty->setHint(tr("No sync issues"), tr("A change the office hub refuses is listed here with its reason, so that nothing is "
                                              "lost without a word."));
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);
    m_error->setObjectName(QStringLiteral("syncIssuesError"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_resolve->setObjectName(QStringLiteral("resolveIssue"));
    m_resolve->setToolTip(tr("Mark the selected issue as seen; it leaves this list."));
    buttons->addButton(m_resolve, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_resolve, &QPushButton::clicked, this, &SyncIssuesDialog::resolveSelected);
    layout->addWidget(buttons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SyncIssuesDialog::updateButtons);
    if (m_controller)
        connect(m_controller, &SyncController::synced, this, &SyncIssuesDialog::reload);
    resize(760, 420);
    updateButtons();
    reload();
}

void SyncIssuesDialog::reload()
{
    m_session.reader().run<Result<QList<sync::SyncIssue>>>(
        this, [](ReadContext &ctx) { return sync::SyncIssues::open(ctx.db); },
        [this](Result<QList<sync::SyncIssue>> issues) {
            if (!issues) {
                setFieldError(m_error, issues.error().message);
            } else {
                setFieldError(m_error, QString());
                m_model->setRows(std::move(issues).value());
            }
            m_stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_table) : m_empty);
            if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
                m_table->selectRow(0);
            updateButtons();
            emit reloaded();
        });
}

void SyncIssuesDialog::resolveSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QString opId = m_model->row(current.row()).opId;
    m_resolve->setEnabled(false);
    // sync_issue is this desk's own bookkeeping (never synced, like meta), so the writer marks
    // it directly rather than through a mutation that would go to the hub.
    m_session.writer().run<Result<void>>(
        this, [opId](WriteContext &ctx) { return sync::SyncIssues::resolve(ctx.db, opId); },
        [this](Result<void> r) {
            setFieldError(m_error, r ? QString() : r.error().message);
            if (m_controller)
                m_controller->refreshCounts();
            reload();
        });
}

void SyncIssuesDialog::updateButtons()
{
    m_resolve->setEnabled(m_table->selectionModel()->hasSelection());
}

} // namespace shoulou::ui
