#include "customersview.h"

#include "common/emptyhint.h"
#include "common/filechooser.h"
#include "common/messages.h"
#include "common/officesession.h"
#include "customers/customerexport.h"
#include "customers/customerfilterbar.h"
#include "customers/customerlistmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace shoulou::ui {

CustomersView::CustomersView(OfficeSession &session, QWidget *parent)
    : WorkspaceView(parent)
    , m_session(session)
    , m_model(new CustomerListModel(session, this))
    , m_filters(new CustomerFilterBar(session))
    , m_search(new QLineEdit)
    , m_count(new QLabel)
    , m_outside(new QPushButton)
    , m_stack(new QStackedWidget)
    , m_table(new QTableView)
    , m_empty(new EmptyHint)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Search: last 4 digits of a phone, name, pinyin (zhangsan / zs) or resident ID"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(420);
    top->addWidget(m_search, 1);
    auto *add = new QPushButton(tr("New customer"));
    add->setObjectName(QStringLiteral("newCustomerButton"));
    add->setToolTip(tr("Ctrl+N"));
    auto *exportButton = new QPushButton(tr("Export…"));
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setToolTip(tr("Export the customers shown (all pages) to Excel or CSV"));
    top->addWidget(add);
    top->addWidget(exportButton);
    layout->addLayout(top);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filters, 1);
    m_count->setObjectName(QStringLiteral("customerCount"));
    filterRow->addWidget(m_count);
    m_outside->setObjectName(QStringLiteral("outsideFiltersButton"));
    m_outside->setFlat(true);
    m_outside->setCursor(Qt::PointingHandCursor);
    m_outside->setStyleSheet(QStringLiteral("color: #1565c0; text-decoration: underline;"));
    m_outside->hide();
    filterRow->addWidget(m_outside);
    layout->addLayout(filterRow);

    m_table->setObjectName(QStringLiteral("customerTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // newest first until a column is chosen
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Fixed row heights: the view never measures a million rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_table->verticalHeader()->hide();
    const QList<int> widths{130, 130, 70, 90, 100, 110, 130, 130};
    for (int c = 0; c < widths.size(); ++c)
        m_table->setColumnWidth(c, widths[c]);
    m_table->installEventFilter(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    connect(m_search, &QLineEdit::textChanged, m_model, &CustomerListModel::setSearch);
    connect(m_filters, &CustomerFilterBar::filterChanged, this, [this] { m_model->setFilter(m_filters->filter()); });
    connect(m_table, &QTableView::doubleClicked, this, &CustomersView::openCurrent);
    connect(add, &QPushButton::clicked, this, &CustomersView::newCustomerRequested);
    connect(exportButton, &QPushButton::clicked, this, [this] { exportShown(); });
    connect(m_model, &CustomerListModel::totalChanged, this, &CustomersView::updateState);
    connect(m_model, &CustomerListModel::loadingChanged, this, &CustomersView::updateState);
    connect(m_model, &CustomerListModel::readFailed, this, &CustomersView::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomersView::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CustomersView::updateState);
    connect(m_outside, &QPushButton::clicked, m_filters, &CustomerFilterBar::clear);
    // Only the rows a transaction names are updated: no reset, the scroll position and the
    // selection stay, and the whole-office count is not run again.
    connect(&session, &OfficeSession::changed, this, [this](const mutation::ChangeSet &changes) {
        if (m_activated)
            m_model->applyChanges(changes);
    });
    // A new listing (a header click, a filter) starts at its top: the view would otherwise keep
    // its old scroll offset over the first rows of the new order.
    connect(m_model, &QAbstractItemModel::modelReset, m_table, &QTableView::scrollToTop);
    // Showing the end, earlier rows arrive above: move the scroll offset down by as much, so
    // the rows on screen stay where they are. (The view lays out lazily: its scroll range is
    // grown here rather than waiting for that.)
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        if (!m_model->showingEnd() || first != 0 || last + 1 >= m_model->rowCount())
            return;
        QScrollBar *bar = m_table->verticalScrollBar();
        const int step = m_table->verticalScrollMode() == QAbstractItemView::ScrollPerItem
                             ? 1
                             : m_table->verticalHeader()->defaultSectionSize();
        const int shift = (last - first + 1) * step;
        bar->setMaximum(bar->maximum() + shift);
        bar->setValue(bar->value() + shift);
    });
    connect(m_model, &CustomerListModel::loadingChanged, this, [this](bool loading) {
        if (loading || m_model->rowCount() == 0)
            return;
        if (m_selectFirstWhenLoaded) {
            m_selectFirstWhenLoaded = false;
            m_table->setCurrentIndex(m_model->index(0, 0));
            m_table->scrollToTop();
        }
        if (m_selectLastWhenLoaded) {
            m_selectLastWhenLoaded = false;
            m_table->setCurrentIndex(m_model->index(m_model->rowCount() - 1, 0));
            m_table->scrollToBottom();
        }
    });
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == m_table->verticalScrollBar()->minimum() && m_model->canFetchEarlier())
            m_model->fetchEarlier();
    });
    connect(&session, &OfficeSession::currentUserChanged, this, [this] { m_model->setFilter(m_filters->filter()); });
    updateState();
}

void CustomersView::activated()
{
    if (m_activated)
        return;
    m_activated = true;
    m_model->reload();
}

bool CustomersView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
    return true;
}

bool CustomersView::eventFilter(QObject *watched, QEvent *event)
{
    // Enter opens the selected customer (QTableView would otherwise start editing or ignore it).
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *press = static_cast<QKeyEvent *>(event);
        const int key = press->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
        // Ctrl+End means the office's last customer, not the last row loaded so far.
        if (key == Qt::Key_End && press->modifiers().testFlag(Qt::ControlModifier) && m_model->search().isEmpty() &&
            !(m_model->complete() && !m_model->showingEnd())) {
            goToEnd();
            return true;
        }
        if (key == Qt::Key_Home && press->modifiers().testFlag(Qt::ControlModifier) && m_model->showingEnd() && !m_model->complete()) {
            goToStart();
            return true;
        }
    }
    return WorkspaceView::eventFilter(watched, event);
}

void CustomersView::goToEnd()
{
    if (m_model->showingEnd()) {
        m_table->setCurrentIndex(m_model->index(m_model->rowCount() - 1, 0));
        m_table->scrollToBottom();
        return;
    }
    m_selectLastWhenLoaded = true;
    m_model->showEnd();
}

void CustomersView::goToStart()
{
    m_selectFirstWhenLoaded = true;
    m_model->reload();
    m_table->scrollToTop();
}

void CustomersView::openCurrent()
{
    const QModelIndex i = m_table->currentIndex();
    if (i.isValid())
        m_session.requestOpenCustomer(m_model->customerId(i.row()));
}

void CustomersView::updateState()
{
    const bool searching = !m_model->search().isEmpty();
    const qint64 total = m_model->total();
    if (total < 0)
        m_count->setText(m_model->isLoading() ? tr("Loading…") : QString());
    else if (searching) {
        // A phone fragment: say which hits end in the digits and which hold them elsewhere
        // (those are shown in grey italics, their mask hides the digits typed).
        const int tails = m_model->countMatchedBy(QStringLiteral("phone_tail"));
        const int inner = m_model->countMatchedBy(QStringLiteral("phone_fragment"));
        if (inner > 0)
            m_count->setText(tr("%n end(s) in %1", nullptr, tails).arg(m_model->search()) +
                             tr(" · %n contain(s) it elsewhere (grey)", nullptr, inner));
        else
            m_count->setText(tr("%n match(es)", nullptr, int(total)));
    } else
        m_count->setText(tr("%n customer(s)", nullptr, int(total)));
    const bool empty = m_model->rowCount() == 0 && !m_model->isLoading();
    const qint64 hidden = searching && !m_model->isLoading() ? m_model->hiddenByFilters() : -1;
    m_outside->setVisible(hidden > 0);
    if (hidden > 0)
        m_outside->setText(tr("%n more outside the filters — show", nullptr, int(hidden)));
    if (empty) {
        if (hidden > 0)
            m_empty->setHint(
                tr("No customer matches “%1” with these filters, but %n outside them do.", nullptr, int(hidden)).arg(m_model->search()),
                tr("The person may belong to another consultant: clear the filters to see them (the link "
                   "above) before registering anyone new."));
        else if (searching)
            m_empty->setHint(tr("No customer matches “%1”.").arg(m_model->search()),
                             tr("Try the last four digits of the phone, the full name, its pinyin or initials — or "
                                "register the person as a new customer (Ctrl+N)."));
        else if (m_model->filter() != customer::ListFilter())
            m_empty->setHint(tr("No customer matches these filters."), tr("Widen or clear the filters above."));
        else
            m_empty->setHint(tr("This office has no customers yet."),
                             tr("Import a lead list (Import in the sidebar) or register a walk-in with New customer (Ctrl+N)."));
    }
    // A failed read is said as such, never shown as "no customers" (or a list cut short).
    const QString &error = m_model->readError();
    m_count->setToolTip(error);
    if (!error.isEmpty()) {
        m_count->setText(tr("Could not read the customers"));
        if (empty)
            m_empty->setHint(tr("The customers could not be read."), error);
    }
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_table);
}

void CustomersView::exportShown(const QString &chosen)
{
    if (chosen.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        chooseFile(
            this,
            {FileChoice::Save, tr("Export customers"), dir + tr("/customers.xlsx"), tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"), {}},
            [this](const QString &path) { exportTo(path, true); });
        return;
    }
    exportTo(chosen, false);
}

void CustomersView::exportTo(const QString &path, bool tell)
{
    auto finished = [this, path, tell](const Result<qint64> &r) {
        if (!r) {
            showMessage(this, QMessageBox::Warning, tr("Export"), r.error().message);
            return;
        }
        if (tell)
            showMessage(this, QMessageBox::Information, tr("Export"), tr("%n customer(s) exported to %1.", nullptr, int(*r)).arg(path));
        emit exported(path);
    };
    if (m_model->search().isEmpty())
        CustomerExport::exportFilter(m_session, path, m_model->filter(), m_model->listSort(), this, finished);
    else
        finished(CustomerExport::exportRows(m_session, path, m_model->rows()));
}

} // namespace shoulou::ui
