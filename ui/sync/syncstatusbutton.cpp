#include "syncstatusbutton.h"

#include "common/displayformat.h"
#include "sync/synccontroller.h"

#include <QDateTime>
#include <QStringList>

namespace shoulou::ui {

SyncStatusButton::SyncStatusButton(SyncController &controller, QWidget *parent)
    : QToolButton(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("syncStatus"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(&m_controller, &SyncController::statusChanged, this, &SyncStatusButton::refresh);
    refresh();
}

void SyncStatusButton::refresh()
{
    const SyncController::Status &s = m_controller.status();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QStringList parts;
    if (s.stopped)
        parts << tr("Sync stopped");
    else if (!s.contacted)
        parts << tr("Connecting to the office hub…");
    else if (s.sessionExpired) // the hub answers, but no longer syncs with this session
        parts << tr("Session with the office hub expired, sign in again");
    else if (s.online)
        parts << tr("Online");
    else
        parts << tr("Offline since %1").arg(DisplayFormat::relative(s.sinceMs, now));
    if (s.pending > 0)
        parts << tr("%n change(s) to send", nullptr, int(s.pending));
    else if (s.lastSyncMs > 0)
        parts << tr("Synced %1").arg(DisplayFormat::relative(s.lastSyncMs, now));
    if (s.issues > 0)
        parts << tr("%n sync issue(s)", nullptr, int(s.issues));
    setText(parts.join(QStringLiteral(" · ")));
    QString tip = tr("Sync with the office hub. Click to see the changes the hub refused.");
    if (s.lastSyncMs > 0)
        tip += QLatin1Char('\n') + tr("Last synced: %1").arg(DisplayFormat::dateTime(s.lastSyncMs));
    if (!s.problem.isEmpty())
        tip += QLatin1Char('\n') + s.problem;
    setToolTip(tip);
}

} // namespace shoulou::ui
