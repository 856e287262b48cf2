#include "reviewqueuepanel.h"

#include "common/displayformat.h"
#include "common/emptyhint.h"
#include "common/messages.h"
#include "common/officesession.h"
#include "duplicates/comparisonmodel.h"
#include "duplicates/confirmation.h"
#include "duplicates/reviewqueuemodel.h"
#include "identity/reviewkind.h"
#include "identity/reviewresolve.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace shoulou::ui {

struct ReviewQueuePanel::Loaded {
    QList<customer::ReviewEntry> entries;
    qint64 total = 0;
    std::optional<Error> error;
};

namespace {

QTableView *makeTable(QAbstractItemModel *model, const char *name)
{
    auto *t = new QTableView;
    t->setObjectName(QString::fromLatin1(name));
    t->setModel(model);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->setWordWrap(true);
    // Tab leaves the table for the next control instead of walking its cells.
    t->setTabKeyNavigation(false);
    return t;
}

} // namespace

ReviewQueuePanel::ReviewQueuePanel(OfficeSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ReviewQueueModel(this))
    , m_comparison(new ComparisonModel(this))
{
    m_list = makeTable(m_model, "reviewList");
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_more = new QLabel;
    m_more->setWordWrap(true);
    m_more->hide();
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("reviewError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_error);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_more);

    m_kindHint = new QLabel;
    m_kindHint->setWordWrap(true);
    m_conflict = new QLabel(tr("<b>Different resident IDs.</b> Two different resident IDs usually mean two different "
                               "people. Merge only if one of the IDs was typed wrong."));
    m_conflict->setObjectName(QStringLiteral("conflictWarning"));
    m_conflict->setWordWrap(true);
    m_conflict->setStyleSheet(QStringLiteral("QLabel { background: #fde2e1; color: #7a1a14; padding: 6px; border-radius: 3px; }"));
    m_conflict->hide();
    m_sides = makeTable(m_comparison, "comparison");
    m_sides->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_sides->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sides->horizontalHeader()->setSectionResizeMode(ComparisonModel::Field, QHeaderView::ResizeToContents);
    m_sides->horizontalHeader()->setSectionResizeMode(ComparisonModel::SideA, QHeaderView::Stretch);
    m_sides->horizontalHeader()->setSectionResizeMode(ComparisonModel::SideB, QHeaderView::Stretch);
    m_sides->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sides->setToolTip(tr("Double-click a customer's column to open that customer."));
    m_survivor = new QLabel;
    m_survivor->setObjectName(QStringLiteral("survivorNote"));
    m_survivor->setWordWrap(true);
    m_merge = new QPushButton(tr("Merge"));
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_merge->setToolTip(tr("They are one person: combine them into the customer seen first."));
    m_keep = new QPushButton(tr("Keep separate"));
    m_keep->setObjectName(QStringLiteral("keepSeparateButton"));
    m_keep->setToolTip(tr("They are two people: they will not be suggested or merged automatically again."));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_keep);
    buttons->addWidget(m_merge);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_kindHint);
    rightLayout->addWidget(m_conflict);
    rightLayout->addWidget(m_sides, 1);
    rightLayout->addWidget(m_survivor);
    rightLayout->addLayout(buttons);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    // Wide enough for the reason, both names and the full time without eliding.
    split->setSizes({560, 840});
    m_empty = new EmptyHint;
    m_empty->setObjectName(QStringLiteral("reviewEmpty"));
    m_empty->setHint(tr("No pairs to review"),
                     tr("When an import finds two customers that may be one person — the same name with phones one "
                        "digit apart, or a shared phone with different resident IDs — the pair waits here for your "
                        "decision. Nothing needs deciding now."));
    m_stack = new QStackedWidget;
    m_stack->addWidget(split);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    // The keyboard's way: the queue, the comparison, then the two decisions.
    setTabOrder(m_list, m_sides);
    setTabOrder(m_sides, m_keep);
    setTabOrder(m_keep, m_merge);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewQueuePanel::currentChanged);
    connect(m_list, &QAbstractItemView::activated, this, &ReviewQueuePanel::openFromQueue);
    connect(m_sides, &QAbstractItemView::activated, this, &ReviewQueuePanel::openFromComparison);
    connect(m_merge, &QPushButton::clicked, this, [this] { resolve(QStringLiteral("merge")); });
    connect(m_keep, &QPushButton::clicked, this, [this] { resolve(QStringLiteral("keep_separate")); });
    updateButtons();
}

void ReviewQueuePanel::reload()
{
    m_session.background().runLatest<Loaded>(
        m_loads.next(), this,
        [](ReadContext &ctx) {
            customer::ReviewQueue queue(ctx.db);
            auto page = queue.page(kLimit);
            if (!page)
                return Loaded{{}, 0, page.error()};
            return Loaded{page->entries, page->total, std::nullopt};
        },
        [this](Loaded loaded) { showLoaded(loaded); });
}

void ReviewQueuePanel::showLoaded(const Loaded &loaded)
{
    m_error->setVisible(loaded.error.has_value());
    if (loaded.error) {
        // What was listed stays; the reader is told the queue could not be brought up to date.
        m_error->setText(tr("The review queue could not be read: %1").arg(loaded.error->message));
        m_stack->setCurrentIndex(0);
        return;
    }
    // Keep the selected item; if it was decided, the item that took its row is the next one.
    const QString keepId = m_selectedId;
    const int keepRow = m_selectedRow;
    m_model->setEntries(loaded.entries);
    m_stack->setCurrentWidget(loaded.entries.isEmpty() ? static_cast<QWidget *>(m_empty) : m_stack->widget(0));
    m_more->setVisible(loaded.total > loaded.entries.size());
    m_more->setText(tr("Showing the newest %1 of %2 pairs. Decide these first; older ones appear as the queue "
                       "shrinks.")
                        .arg(loaded.entries.size())
                        .arg(loaded.total));
    emit openCountChanged(loaded.total);
    int row = m_model->rowOf(keepId);
    if (row < 0)
        row = qMin(qMax(keepRow, 0), m_model->rowCount() - 1);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, 0));
    else
        currentChanged();
}

void ReviewQueuePanel::currentChanged()
{
    const int row = m_list->currentIndex().row();
    m_comparison->clear();
    m_pairReviewId.clear();
    m_kindHint->clear();
    m_conflict->hide();
    m_residentConflict = false;
    m_survivor->clear();
    const worker::LatestRequest::Ticket ticket = m_pairs.next();
    if (row < 0) {
        m_selectedId.clear();
        updateButtons();
        return;
    }
    const customer::ReviewEntry entry = m_model->entry(row);
    m_selectedId = entry.id;
    m_selectedRow = row;
    updateButtons();
    m_session.reader().runLatest<Result<customer::ReviewPair>>(
        ticket, this, [entry](ReadContext &ctx) { return customer::ReviewQueue(ctx.db).pair(entry.customerA, entry.customerB); },
        [this, entry](Result<customer::ReviewPair> loaded) {
            if (!loaded) {
                m_error->setText(tr("The pair could not be read: %1").arg(loaded.error().message));
                m_error->show();
                return;
            }
            const customer::ReviewPair &pair = *loaded;
            m_comparison->setPair(pair);
            m_pairReviewId = entry.id;
            if (entry.kind == toCode(identity::ReviewKind::SoftMatch))
                m_kindHint->setText(tr("Same name, phones one digit apart: often a typo in one of the leads."));
            else if (entry.kind == toCode(identity::ReviewKind::NameConflict))
                m_kindHint->setText(tr("Merged automatically by a shared phone, resident ID or platform ID, but under "
                                       "different names: check that they are one person."));
            else if (entry.kind == toCode(identity::ReviewKind::SeparatedConflict))
                m_kindHint->setText(tr("Someone kept these two apart before, but a new lead links them again."));
            else
                m_kindHint->setText(tr("They share a phone or platform ID, but their resident IDs differ."));
            m_residentConflict = pair.residentIdsDiffer || entry.kind == toCode(identity::ReviewKind::ResidentIdConflict);
            m_conflict->setVisible(m_residentConflict);
            const auto &kept = pair.aSurvives ? pair.a : pair.b;
            m_survivor->setText(tr("Merging keeps customer %1, %2 (seen first, %3). Everything of customer %4 moves into "
                                   "it: phones, resident IDs, touches and follow-ups. A wrong merge can be undone under "
                                   "Merge history.")
                                    .arg(pair.aSurvives ? QStringLiteral("A") : QStringLiteral("B"), kept.name,
                                         DisplayFormat::dateTime(kept.firstSeenAt),
                                         pair.aSurvives ? QStringLiteral("B") : QStringLiteral("A")));
            updateButtons();
        });
}

void ReviewQueuePanel::updateButtons()
{
    const bool ready = !m_busy && m_comparison->hasPair() && m_pairReviewId == m_selectedId && m_comparison->pair().a.found &&
                       m_comparison->pair().b.found;
    m_merge->setEnabled(ready);
    m_keep->setEnabled(ready);
}

void ReviewQueuePanel::resolve(const QString &decision)
{
    if (m_busy || !m_comparison->hasPair() || m_pairReviewId != m_selectedId)
        return;
    const auto &pair = m_comparison->pair();
    const bool merge = decision == QLatin1String("merge");
    if (merge) {
        // A merge is asked for like an unmerge: who stays, and what moves into it.
        const auto &kept = pair.aSurvives ? pair.a : pair.b;
        const auto &moved = pair.aSurvives ? pair.b : pair.a;
        const int group = int(m_model->entry(m_list->currentIndex().row()).lookAlikes.size());
        const QString groupNote =
            group > 1 ? QLatin1Char('\n') +
                            tr("This decides the whole group: all %n look-alike(s) of %1 move into it.", nullptr, group).arg(kept.name)
                      : QString();
        const QString effect = tr("%1 (seen first, %2) stays; %3 phone(s), %4 touch(es) and %5 follow-up(s) of the other %6 "
                                  "move into it. A wrong merge can be undone under Merge history.")
                                   .arg(kept.name, DisplayFormat::dateTime(kept.firstSeenAt))
                                   .arg(moved.maskedPhones.size())
                                   .arg(moved.touches)
                                   .arg(moved.followUps)
                                   .arg(moved.name) +
                               groupNote;
        const QString reviewId = m_pairReviewId;
        auto go = [this, reviewId] { decide(true, reviewId); };
        if (m_residentConflict)
            confirmDecision(this, tr("Merge customers with different resident IDs?"),
                            tr("%1 has resident ID %2, %3 has %4. Two different resident IDs usually mean two different "
                               "people. Merge only if one of the IDs was typed wrong.")
                                    .arg(pair.a.name, pair.a.maskedResidentIds.join(QStringLiteral(", ")), pair.b.name,
                                         pair.b.maskedResidentIds.join(QStringLiteral(", "))) +
                                QLatin1Char('\n') + effect,
                            tr("Merge anyway"), true, go);
        else
            confirmDecision(this, tr("Merge these two customers?"), effect, tr("Merge"), false, go);
        return;
    }
    decide(false, m_pairReviewId);
}

void ReviewQueuePanel::decide(bool merge, const QString &reviewId)
{
    // The pair may have changed while the question was open (a reload, another selection).
    if (m_busy || reviewId != m_pairReviewId || reviewId != m_selectedId)
        return;
    m_busy = true;
    updateButtons();
    const customer::ReviewEntry entry = m_model->entry(m_list->currentIndex().row());
    auto done = [this](const Error *error) {
        m_busy = false;
        updateButtons();
        if (error) {
            showMessage(this, QMessageBox::Warning, tr("Review queue"), tr("The decision was not saved: %1").arg(error->message));
            reload(); // another workstation may have decided it already
        }
    };
    if (entry.reviewIds.size() > 1) {
        // One decision for the person's whole group of look-alikes.
        const identity::ReviewGroupResolve group{entry.reviewIds, merge ? identity::ReviewResolve::Decision::Merge
                                                                        : identity::ReviewResolve::Decision::KeepSeparate};
        m_session.apply(group, this, [done](Result<identity::ReviewGroupResolve::Outcome> r) { done(r ? nullptr : &r.error()); });
        return;
    }
    const identity::ReviewResolve resolve{m_pairReviewId, merge ? identity::ReviewResolve::Decision::Merge
                                                                : identity::ReviewResolve::Decision::KeepSeparate};
    m_session.apply(resolve, this, [this](Result<identity::ReviewResolve::Outcome> r) {
        m_busy = false;
        updateButtons();
        if (!r) {
            showMessage(this, QMessageBox::Warning, tr("Review queue"), tr("The decision was not saved: %1").arg(r.error().message));
            reload(); // another workstation may have decided it already
        }
    });
}

void ReviewQueuePanel::openFromQueue(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const auto &e = m_model->entry(index.row());
    m_session.requestOpenCustomer(index.column() == ReviewQueueModel::CustomerB ? e.customerB : e.customerA);
}

void ReviewQueuePanel::openFromComparison(const QModelIndex &index)
{
    if (!index.isValid() || !m_comparison->hasPair() || index.column() == ComparisonModel::Field)
        return;
    const auto &side = index.column() == ComparisonModel::SideA ? m_comparison->pair().a : m_comparison->pair().b;
    if (side.found)
        m_session.requestOpenCustomer(side.customerId);
}

} // namespace shoulou::ui
