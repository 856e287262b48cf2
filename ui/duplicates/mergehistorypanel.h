#pragma once

#include "worker/latestrequest.h"

#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace shoulou::customer {
struct MergeRecord;
}

namespace shoulou::ui {

class EmptyHint;
class MergeHistoryModel;
class OfficeSession;

// Every merge, automatic or by hand, newest first. A wrong one is undone here: the merged
// customer comes back with its own phones, resident IDs and touches (customer.unmerge).
class MergeHistoryPanel final : public QWidget {
    Q_OBJECT
public:
    static constexpr int kLimit = 2000;

    explicit MergeHistoryPanel(OfficeSession &session, QWidget *parent = nullptr);

    void reload();

private:
    struct Loaded;
    void showLoaded(const Loaded &loaded);
    void updateButtons();
    void unmerge();
    void unmergeConfirmed(const customer::MergeRecord &record);
    void open(const QModelIndex &index);

    OfficeSession &m_session;
    MergeHistoryModel *m_model;
    QStackedWidget *m_stack;
    EmptyHint *m_empty;
    QTableView *m_list;
    QLabel *m_more;
    QLabel *m_error; // a failed read says so, instead of showing an empty history
    QPushButton *m_unmerge;
    worker::LatestRequest m_loads; // only the newest reload is shown
    bool m_busy = false;
};

} // namespace shoulou::ui
