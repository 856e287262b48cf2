#include "todayview.h"

#include "common/displayformat.h"
#include "common/emptyhint.h"
#include "common/officesession.h"
#include "customer/customerlist.h"
#include "customers/customertablemodel.h"
#include "util/clock.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace shoulou::ui {

namespace {

struct TodayData {
    QList<customer::ListRow> due, assigned;
    qint64 overdue = 0, dueTotal = 0;
};

constexpr qint64 kDayMs = 24 * 3600 * 1000LL;

} // namespace

TodayView::TodayView(OfficeSession &session, QWidget *parent)
    : WorkspaceView(parent)
    , m_session(session)
    , m_summary(new QLabel)
    , m_due(new CustomerTableModel(session, this))
    , m_assigned(new CustomerTableModel(session, this))
    , m_dueStack(new QStackedWidget)
    , m_assignedStack(new QStackedWidget)
    , m_dueEmpty(new EmptyHint)
    , m_assignedEmpty(new EmptyHint)
{
    auto *layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("todaySummary"));
    m_summary->setStyleSheet(QStringLiteral("font-size: 16px; padding: 4px 0;"));
    layout->addWidget(m_summary);

    auto section = [&](const QString &title, QStackedWidget *stack, QTableView *table, EmptyHint *empty) {
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
        layout->addWidget(label);
        stack->addWidget(table);
        stack->addWidget(empty);
        layout->addWidget(stack, 1);
    };
    m_dueTable = makeTable(m_due);
    m_dueTable->setObjectName(QStringLiteral("dueTable"));
    m_assignedTable = makeTable(m_assigned);
    m_assignedTable->setObjectName(QStringLiteral("assignedTable"));
    section(tr("Follow-ups due today and overdue"), m_dueStack, m_dueTable, m_dueEmpty);
    section(tr("Assigned in the last %n day(s)", nullptr, kRecentDays), m_assignedStack, m_assignedTable, m_assignedEmpty);

    // Loaded when first shown (activated), then kept fresh.
    connect(&session, &OfficeSession::dataChanged, this, [this] {
        if (m_activated)
            reload();
    });
    connect(&session, &OfficeSession::currentUserChanged, this, [this] {
        if (m_activated)
            reload();
    });
}

QTableView *TodayView::makeTable(CustomerTableModel *model)
{
    auto *t = new QTableView;
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    t->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    t->horizontalHeader()->setStretchLastSection(true);
    const QList<int> widths{130, 130, 70, 90, 100, 110, 130, 130};
    for (int c = 0; c < widths.size(); ++c)
        t->setColumnWidth(c, widths[c]);
    t->installEventFilter(this);
    connect(t, &QTableView::doubleClicked, this,
            [this, model](const QModelIndex &i) { m_session.requestOpenCustomer(model->customerId(i.row())); });
    return t;
}

bool TodayView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        auto *table = qobject_cast<QTableView *>(watched);
        if (table && (key == Qt::Key_Return || key == Qt::Key_Enter) && table->currentIndex().isValid()) {
            auto *model = static_cast<CustomerTableModel *>(table->model());
            m_session.requestOpenCustomer(model->customerId(table->currentIndex().row()));
            return true;
        }
    }
    return WorkspaceView::eventFilter(watched, event);
}

void TodayView::reload()
{
    const auto me = m_session.currentUser();
    // A manager or admin owns few customers: their Today is the office's.
    const bool officeWide = !me || me->role == QLatin1String("manager") || me->role == QLatin1String("admin");
    const QString owner = officeWide ? QString() : me->id;
    const qint64 now = m_session.clock().nowMs();
    const qint64 endOfToday = DisplayFormat::startOfDay(now) + kDayMs;
    const qint64 since = now - kRecentDays * kDayMs;
    // On the background worker: whole-office counts must not queue before a search.
    m_session.background().runLatest<TodayData>(
        m_loads.next(), this,
        [owner, now, endOfToday, since](ReadContext &ctx) {
            customer::CustomerList list(ctx.db);
            return TodayData{list.dueFollowUps(owner, endOfToday, kLimit), list.recentlyAssigned(owner, since, kLimit),
                             list.countDue(owner, now), list.countDue(owner, endOfToday)};
        },
        [this, officeWide, now](TodayData d) {
            const qint64 overdue = d.overdue;
            m_due->setRows(d.due);
            m_assigned->setRows(d.assigned);
            const QString who = officeWide ? tr("The whole office") : tr("My customers");
            m_summary->setText(tr("%1 · %2 · %n overdue", nullptr, int(overdue)).arg(who, DisplayFormat::date(now)) +
                               tr(" · %n due later today", nullptr, int(d.dueTotal - overdue)) +
                               tr(" · %n newly assigned", nullptr, int(d.assigned.size())));
            m_dueEmpty->setHint(tr("Nothing due today."), tr("Follow-ups you schedule with a next time appear here on their day, "
                                                             "and stay here in red once overdue."));
            m_assignedEmpty->setHint(tr("No customer assigned in the last %n day(s).", nullptr, kRecentDays),
                                     tr("Customers assigned to you show here for a week, newest first."));
            m_dueStack->setCurrentIndex(d.due.isEmpty() ? 1 : 0);
            m_assignedStack->setCurrentIndex(d.assigned.isEmpty() ? 1 : 0);
            emit loaded();
        });
}

} // namespace shoulou::ui
