#include "todayview.h"

#include "common/displayformat.h"
#include "common/emptyhint.h"
#include "common/officesession.h"
#include "customer/todaylist.h"
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
    QList<customer::ListRow> due, overdue, assigned;
    qint64 overdueTotal = 0, dueTotal = 0; // before today; before the end of today
    std::optional<Error> error;            // a read failed: shown in place of the sections
};

// The value of `r`, or `fallback` with the first failure kept in `error`.
template <typename T>
T take(Result<T> &&r, std::optional<Error> &error, T fallback = {})
{
    if (r)
        return std::move(r).value();
    if (!error)
        error = r.error();
    return fallback;
}

constexpr qint64 kDayMs = 24 * 3600 * 1000LL;

} // namespace

TodayView::TodayView(OfficeSession &session, QWidget *parent)
    : WorkspaceView(parent)
    , m_session(session)
    , m_summary(new QLabel)
    , m_due(new CustomerTableModel(session, this))
    , m_overdue(new CustomerTableModel(session, this))
    , m_assigned(new CustomerTableModel(session, this))
    , m_dueStack(new QStackedWidget)
    , m_overdueStack(new QStackedWidget)
    , m_assignedStack(new QStackedWidget)
    , m_dueEmpty(new EmptyHint)
    , m_overdueEmpty(new EmptyHint)
    , m_assignedEmpty(new EmptyHint)
{
    auto *layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("todaySummary"));
    m_summary->setStyleSheet(QStringLiteral("font-size: 16px; padding: 4px 0;"));
    layout->addWidget(m_summary);

    auto section = [&](const char *name, QStackedWidget *stack, QTableView *table, EmptyHint *empty) {
        auto *label = new QLabel;
        label->setObjectName(QString::fromLatin1(name));
        label->setTextFormat(Qt::RichText);
        layout->addWidget(label);
        stack->addWidget(table);
        stack->addWidget(empty);
        layout->addWidget(stack, 1);
        return label;
    };
    m_dueTable = makeTable(m_due);
    m_dueTable->setObjectName(QStringLiteral("dueTable"));
    m_overdueTable = makeTable(m_overdue);
    m_overdueTable->setObjectName(QStringLiteral("overdueTable"));
    m_assignedTable = makeTable(m_assigned);
    m_assignedTable->setObjectName(QStringLiteral("assignedTable"));
    m_dueTitle = section("dueTitle", m_dueStack, m_dueTable, m_dueEmpty);
    m_overdueTitle = section("overdueTitle", m_overdueStack, m_overdueTable, m_overdueEmpty);
    m_assignedTitle = section("assignedTitle", m_assignedStack, m_assignedTable, m_assignedEmpty);

    // Loaded when first shown (activated), then kept fresh: Today's few hundred rows are read
    // again when a transaction changed customers (a follow-up, an assignment), not otherwise.
    connect(&session, &OfficeSession::changed, this, [this](const mutation::ChangeSet &changes) {
        if (m_activated && changes.touches(QStringLiteral("customer")))
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
    const qint64 startOfToday = DisplayFormat::startOfDay(now);
    const qint64 endOfToday = startOfToday + kDayMs;
    const qint64 since = now - kRecentDays * kDayMs;
    // On the background worker: whole-office counts must not queue before a search.
    m_session.background().runLatest<TodayData>(
        m_loads.next(), this,
        [owner, startOfToday, endOfToday, since](ReadContext &ctx) {
            customer::TodayList list(ctx.db);
            TodayData d;
            d.due = take(list.dueBetween(owner, startOfToday, endOfToday, kLimit, false), d.error);
            d.overdue = take(list.dueBetween(owner, 0, startOfToday, kLimit, true), d.error);
            d.assigned = take(list.recentlyAssigned(owner, since, kLimit), d.error);
            d.overdueTotal = take(list.countDue(owner, startOfToday), d.error, qint64(0));
            d.dueTotal = take(list.countDue(owner, endOfToday), d.error, qint64(0));
            return d;
        },
        [this, officeWide, now](TodayData d) {
            if (d.error) {
                // Never "nothing due": that would send a consultant home with calls to make.
                m_due->setRows({});
                m_overdue->setRows({});
                m_assigned->setRows({});
                m_summary->setText(tr("Today could not be read."));
                auto title = [](const QString &text) { return QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()); };
                m_dueTitle->setText(title(tr("Due today")));
                m_overdueTitle->setText(title(tr("Overdue")));
                m_assignedTitle->setText(title(tr("Assigned in the last %n day(s)", nullptr, kRecentDays)));
                for (EmptyHint *hint : {m_dueEmpty, m_overdueEmpty, m_assignedEmpty})
                    hint->setHint(tr("Could not read this list."), d.error->message);
                for (QStackedWidget *stack : {m_dueStack, m_overdueStack, m_assignedStack})
                    stack->setCurrentIndex(1);
                emit loaded();
                return;
            }
            const qint64 today = d.dueTotal - d.overdueTotal;
            m_due->setRows(d.due);
            m_overdue->setRows(d.overdue);
            m_assigned->setRows(d.assigned);
            // One's own Today: every row is one's own, the consultant column says nothing.
            for (QTableView *t : {m_dueTable, m_overdueTable, m_assignedTable})
                t->setColumnHidden(CustomerTableModel::Owner, !officeWide);
            const QString who = officeWide ? tr("The whole office") : tr("My customers");
            m_summary->setText(tr("%1 · %2 · %n due today", nullptr, int(today)).arg(who, DisplayFormat::date(now)) +
                               tr(" · %n overdue", nullptr, int(d.overdueTotal)) +
                               tr(" · %n newly assigned", nullptr, int(d.assigned.size())));
            auto title = [](const QString &text) { return QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()); };
            m_dueTitle->setText(title(tr("Due today (%1)").arg(today)));
            m_overdueTitle->setText(title(tr("Overdue (%1)").arg(d.overdueTotal)));
            m_assignedTitle->setText(title(tr("Assigned in the last %n day(s) (%1)", nullptr, kRecentDays).arg(d.assigned.size())));
            m_dueEmpty->setHint(tr("Nothing due today."),
                                tr("Follow-ups you schedule with a next time appear here on their day, in red once the time has passed."));
            m_overdueEmpty->setHint(tr("Nothing overdue."), tr("Follow-ups not done on their day wait here, the most recent first."));
            m_assignedEmpty->setHint(tr("No customer assigned in the last %n day(s).", nullptr, kRecentDays),
                                     tr("Customers assigned to you show here for a week, newest first."));
            m_dueStack->setCurrentIndex(d.due.isEmpty() ? 1 : 0);
            m_overdueStack->setCurrentIndex(d.overdue.isEmpty() ? 1 : 0);
            m_assignedStack->setCurrentIndex(d.assigned.isEmpty() ? 1 : 0);
            emit loaded();
        });
}

} // namespace shoulou::ui
