#include "duplicatesview.h"

#include "common/officesession.h"
#include "duplicates/mergehistorypanel.h"
#include "duplicates/reviewqueuepanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace shoulou::ui {

DuplicatesView::DuplicatesView(OfficeSession &session, QWidget *parent)
    : WorkspaceView(parent)
    , m_tabs(new QTabWidget)
    , m_queue(new ReviewQueuePanel(session))
    , m_history(new MergeHistoryPanel(session))
{
    m_tabs->setObjectName(QStringLiteral("duplicatesTabs"));
    m_tabs->addTab(m_queue, tr("Review queue"));
    m_tabs->addTab(m_history, tr("Merge history"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    connect(m_queue, &ReviewQueuePanel::openCountChanged, this, &DuplicatesView::showOpenCount);
    // Imports, merges elsewhere and other workstations' decisions all change both lists; they
    // are read once the screen has been shown (not at start, where the first screen's reads
    // come first).
    connect(&session, &OfficeSession::dataChanged, this, [this] {
        if (m_activated)
            reload();
    });
}

void DuplicatesView::activated()
{
    m_activated = true;
    reload();
}

void DuplicatesView::reload()
{
    m_queue->reload();
    m_history->reload();
}

void DuplicatesView::showOpenCount(qint64 count)
{
    m_tabs->setTabText(m_tabs->indexOf(m_queue), count > 0 ? tr("Review queue (%1)").arg(count) : tr("Review queue"));
}

} // namespace shoulou::ui
