#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace shoulou::ui {

class EmptyHint;
class OfficeSession;
class SyncController;
class SyncIssuesModel;

// The sync issues panel: every change of this desk that the hub refused (or that failed at
// its place in the office's order), with the reason, until the person marks it seen
// ("知道了"). Nothing the hub refused disappears without being shown here.
class SyncIssuesDialog final : public QDialog {
    Q_OBJECT
public:
    SyncIssuesDialog(OfficeSession &session, SyncController *controller, QWidget *parent = nullptr);

    SyncIssuesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Marks the selected issue seen.
    void resolveSelected();
    void reload();

signals:
    void reloaded();

private:
    void updateButtons();

    OfficeSession &m_session;
    SyncController *m_controller;
    SyncIssuesModel *m_model;
    QStackedWidget *m_stack;
    QTableView *m_table;
    EmptyHint *m_empty;
    QPushButton *m_resolve;
    QLabel *m_error;
};

} // namespace shoulou::ui
