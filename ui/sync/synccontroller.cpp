#include "synccontroller.h"

#include "common/officesession.h"
#include "common/uilogging.h"
#include "sync/synclabels.h"
#include "sync/transport.h"
#include "util/clock.h"

#include <QCoreApplication>

namespace shoulou::ui {

Result<std::unique_ptr<SyncController>> SyncController::start(OfficeSession &session, Timing timing)
{
    auto worker = worker::SyncWorker::open(session.path(), session.key(), session.clock(), timing.followPokes);
    if (!worker)
        return worker.error();
    std::unique_ptr<SyncController> c(new SyncController(session, timing, std::move(worker).value()));
    c->refreshCounts();
    c->syncNow();
    return c;
}

SyncController::SyncController(OfficeSession &session, Timing timing, std::unique_ptr<worker::SyncWorker> worker)
    : m_session(session)
    , m_timing(timing)
    , m_worker(std::move(worker))
    , m_backoffMs(timing.offlineFirstMs)
{
    m_soon.setSingleShot(true);
    m_next.setSingleShot(true);
    connect(&m_soon, &QTimer::timeout, this, &SyncController::syncNow);
    connect(&m_next, &QTimer::timeout, this, &SyncController::syncNow);
    connect(m_worker.get(), &worker::SyncWorker::synced, this, &SyncController::onSynced);
    connect(&m_session, &OfficeSession::committedLocally, this, &SyncController::onLocalCommit);
    // Whoever signs in next brings their own password; the last person's is not sent for them.
    connect(&m_session, &OfficeSession::currentUserChanged, this, [this] { m_worker->forgetSignIn(); });
    connect(&m_session, &OfficeSession::signedInWithPassword, this, &SyncController::signInAtHub);
    m_session.setHubState(true, false); // enrolled; online once the hub has answered
}

SyncController::~SyncController()
{
    m_session.setHubState(m_session.isEnrolled(), false);
}

void SyncController::syncNow()
{
    if (m_status.stopped)
        return;
    if (m_inFlight) {
        m_again = true;
        return;
    }
    m_inFlight = true;
    m_soon.stop();
    m_next.stop();
    m_worker->syncNow();
}

void SyncController::signInAtHub(const QString &userId, const QString &login, const QString &password)
{
    if (m_status.stopped)
        return;
    m_worker->signInAtHub(userId, login, password); // queued before the round syncNow() asks for
    syncNow();
}

void SyncController::onHubSignIn(const worker::HubSignInOutcome &outcome)
{
    if (!outcome.settled || outcome.ok)
        return;
    const QString &c = outcome.error.code;
    qCInfo(lcUi) << "the hub did not sign in the person at the desk:" << c;
    // The hub has the last word: a password changed or an account revoked there, not yet
    // pulled here. Only for the person still at the desk.
    if (outcome.userId != m_session.currentUserId())
        return;
    if (c == QLatin1String("wrong_password"))
        m_session.requireSignIn(tr("The office hub did not accept your password; it may have been changed there. Sign in with "
                                   "your current password."));
    else if (c == QLatin1String("user_revoked"))
        m_session.requireSignIn(tr("Your account has been revoked at the office hub; sign in as another user."));
}

void SyncController::onLocalCommit()
{
    refreshCounts();
    // A burst of edits goes in one push: the first commit starts the wait, later ones ride along.
    if (!m_soon.isActive())
        m_soon.start(m_timing.afterCommitMs);
}

void SyncController::refreshCounts()
{
    m_session.reader().run<Result<sync::SyncSummary>>(
        this, [](ReadContext &ctx) { return sync::SyncSummary::read(ctx.db); },
        [this](Result<sync::SyncSummary> s) {
            if (!s) {
                qCWarning(lcUi) << "sync counts:" << s.error().code;
                return;
            }
            if (s->pending == m_status.pending && s->issues == m_status.issues)
                return;
            m_status.pending = s->pending;
            m_status.issues = s->issues;
            emit statusChanged();
        });
}

void SyncController::onSynced(const worker::SyncOutcome &outcome)
{
    m_inFlight = false;
    const bool wasOnline = m_status.online;
    const bool first = !m_status.contacted;
    m_status.contacted = true;
    m_status.pending = outcome.summary.pending;
    m_status.issues = outcome.summary.issues;
    if (outcome.signIn.asked)
        onHubSignIn(outcome.signIn);
    m_status.sessionExpired = !outcome.ok && outcome.error.code == QLatin1String("session_expired");
    if (outcome.ok) {
        m_status.online = true;
        m_status.lastSyncMs = outcome.atMs;
        m_status.problem.clear();
        m_backoffMs = m_timing.offlineFirstMs;
    } else {
        // Only an unreachable hub is "offline"; a refusal is an answer, so the link is up.
        m_status.online = outcome.error.code != sync::kUnreachable;
        m_status.problem = syncErrorMessage(outcome.error);
    }
    if (first || wasOnline != m_status.online)
        m_status.sinceMs = outcome.atMs;
    m_session.setHubState(true, m_status.online && !m_status.stopped);
    if (!outcome.report.changes.isEmpty())
        m_session.notifyRemoteChanges(outcome.report.changes);
    if (!outcome.ok && isWorkstationRefusal(outcome.error.code)) {
        m_status.stopped = true;
        m_soon.stop();
        m_next.stop();
        qCWarning(lcUi) << "the hub refused this workstation:" << outcome.error.code;
        m_session.requireSignIn(m_status.problem);
    }
    emit statusChanged();
    emit synced();
    if (m_status.stopped)
        return;
    if (std::exchange(m_again, false))
        return syncNow();
    if (outcome.ok) {
        m_next.start(m_timing.onlineEveryMs);
    } else {
        m_next.start(m_backoffMs);
        m_backoffMs = std::min(m_backoffMs * 2, m_timing.offlineMaxMs);
    }
}

} // namespace shoulou::ui
