#pragma once

#include "shell/workspaceview.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace shoulou::ui {

class CustomerFilterBar;
class CustomerListModel;
class EmptyHint;
class OfficeSession;

// The office's customers: one search box (phone fragment, name, pinyin, initials, resident
// id), filters, a sortable table paged from the reader thread, export of what is shown.
class CustomersView final : public WorkspaceView {
    Q_OBJECT
public:
    explicit CustomersView(OfficeSession &session, QWidget *parent = nullptr);

    QString viewId() const override { return QStringLiteral("customers"); }
    QString title() const override { return tr("Customers"); }
    bool focusSearch() override;
    void activated() override;

    CustomerListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchBox() const { return m_search; }
    CustomerFilterBar *filterBar() const { return m_filters; }
    // Shown when filters hide search hits: "N more outside the filters", clears them on click.
    QPushButton *outsideFiltersButton() const { return m_outside; }
    // Asks for a file name and exports the current filter or search hits (tests pass a path).
    void exportShown(const QString &path = {});

signals:
    void newCustomerRequested();
    void exported(const QString &path); // an export of exportShown() was written (it runs in the background)

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openCurrent();
    void exportTo(const QString &path, bool tell);
    void updateState();
    // Ctrl+End / Ctrl+Home over a list not wholly loaded: read the other end.
    void goToEnd();
    void goToStart();

    OfficeSession &m_session;
    CustomerListModel *m_model;
    CustomerFilterBar *m_filters;
    QLineEdit *m_search;
    QLabel *m_count;
    QPushButton *m_outside;
    QStackedWidget *m_stack;
    QTableView *m_table;
    EmptyHint *m_empty;
    bool m_activated = false;
    bool m_selectLastWhenLoaded = false;
    bool m_selectFirstWhenLoaded = false;
};

} // namespace shoulou::ui
