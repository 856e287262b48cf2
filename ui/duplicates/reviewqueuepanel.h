#pragma once

#include "worker/latestrequest.h"

#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace shoulou::ui {

class ComparisonModel;
class EmptyHint;
class OfficeSession;
class ReviewQueueModel;

// The review queue: open items on the left, the selected pair side by side on the right, and
// the two decisions a person can take — merge (the customer seen first survives) or keep
// them separate. A decided item leaves the queue and the next one is selected.
class ReviewQueuePanel final : public QWidget {
    Q_OBJECT
public:
    // Items shown at most; the queue says when there are more (decide the newest first).
    static constexpr int kLimit = 500;

    explicit ReviewQueuePanel(OfficeSession &session, QWidget *parent = nullptr);

    void reload();

signals:
    void openCountChanged(qint64 count);

private:
    struct Loaded;
    void showLoaded(const Loaded &loaded);
    void currentChanged();
    void updateButtons();
    void resolve(const QString &decision);
    void decide(bool merge, const QString &reviewId);
    void openFromQueue(const QModelIndex &index);
    void openFromComparison(const QModelIndex &index);

    OfficeSession &m_session;
    ReviewQueueModel *m_model;
    ComparisonModel *m_comparison;
    QStackedWidget *m_stack;
    EmptyHint *m_empty;
    QTableView *m_list;
    QLabel *m_more;
    QLabel *m_error; // a failed read says so, instead of showing an empty queue
    QTableView *m_sides;
    QLabel *m_kindHint;
    QLabel *m_conflict;
    QLabel *m_survivor;
    QPushButton *m_merge;
    QPushButton *m_keep;
    QString m_selectedId; // the item to keep selected across reloads
    int m_selectedRow = -1;
    QString m_pairReviewId;          // the item the comparison shows
    worker::LatestRequest m_loads;   // only the newest reload is shown
    worker::LatestRequest m_pairs;   // only the pair of the item selected last
    bool m_residentConflict = false; // the pair shown has different resident ids
    bool m_busy = false;
};

} // namespace shoulou::ui
