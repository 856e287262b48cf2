#pragma once

#include "shell/workspaceview.h"
#include "worker/latestrequest.h"

class QLabel;
class QStackedWidget;
class QTableView;

namespace shoulou::ui {

class CustomerTableModel;
class EmptyHint;
class OfficeSession;

// What a consultant starts the day with: follow-ups due today and overdue, and customers
// recently assigned to them. A manager (who owns few customers) sees the whole office.
class TodayView final : public WorkspaceView {
    Q_OBJECT
public:
    explicit TodayView(OfficeSession &session, QWidget *parent = nullptr);

    QString viewId() const override { return QStringLiteral("today"); }
    QString title() const override { return tr("Today"); }
    void activated() override
    {
        m_activated = true;
        reload();
    }

    CustomerTableModel *dueModel() const { return m_due; }
    CustomerTableModel *assignedModel() const { return m_assigned; }
    void reload();

    static constexpr int kRecentDays = 7;
    static constexpr int kLimit = 500;

signals:
    void loaded();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *makeTable(CustomerTableModel *model);

    OfficeSession &m_session;
    QLabel *m_summary;
    CustomerTableModel *m_due;
    CustomerTableModel *m_assigned;
    QTableView *m_dueTable;
    QTableView *m_assignedTable;
    QStackedWidget *m_dueStack;
    QStackedWidget *m_assignedStack;
    EmptyHint *m_dueEmpty;
    EmptyHint *m_assignedEmpty;
    worker::LatestRequest m_loads; // only the newest reload is shown
    bool m_activated = false;
};

} // namespace shoulou::ui
