#pragma once

#include "shell/workspaceview.h"

class QTabWidget;

namespace shoulou::ui {

class MergeHistoryPanel;
class OfficeSession;
class ReviewQueuePanel;

// Duplicates (issue #3): the review queue, where a person decides pairs the resolver would
// not decide alone, and the merge history, where a wrong merge is undone.
class DuplicatesView final : public WorkspaceView {
    Q_OBJECT
public:
    explicit DuplicatesView(OfficeSession &session, QWidget *parent = nullptr);

    QString viewId() const override { return QStringLiteral("duplicates"); }
    QString title() const override { return tr("Duplicates"); }
    void activated() override;

    ReviewQueuePanel *reviewQueue() const { return m_queue; }
    MergeHistoryPanel *mergeHistory() const { return m_history; }

private:
    void reload();
    void showOpenCount(qint64 count);

    QTabWidget *m_tabs;
    ReviewQueuePanel *m_queue;
    MergeHistoryPanel *m_history;
    bool m_activated = false;
};

} // namespace shoulou::ui
