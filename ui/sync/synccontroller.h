#pragma once

#include "util/result.h"
#include "worker/syncworker.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace shoulou::ui {

class OfficeSession;

// Background sync of an enrolled office, for as long as it is open: once at start, a few
// seconds after every local commit (OfficeSession::committedLocally), every 10 s while the
// hub answers, and with a growing back-off while it does not. The work is a SyncWorker's (its
// own thread and connection); what a pull wrote reaches the views through the session
// (notifyRemoteChanges, with the pulled pages' change set). A hub that refuses this
// workstation stops sync and signs the person out with the reason.
//
// Who signs in at the desk with a password (OfficeSession::signedInWithPassword) is signed in
// at the hub as well, on the sync thread before the next round: that renews an expired session
// (a desk off overnight) and lets the hub, which has the last word, refuse a password changed
// or an account revoked there that this replica has not heard of — the person is then signed
// out with the hub's reason. While the hub is out of reach they work on the local verifier and
// the hub sign-in waits for the next round that reaches it.
class SyncController final : public QObject {
    Q_OBJECT
public:
    struct Timing {
        int afterCommitMs = 250; // a burst of edits goes in one push; other desks see it within a second
        int onlineEveryMs = 10000;
        int offlineFirstMs = 5000;
        int offlineMaxMs = 120000;
        bool followPokes = true; // a round as soon as the hub pokes (tests that need a desk behind turn it off)
    };
    struct Status {
        bool contacted = false; // a first answer (or failure) came back
        bool online = false;
        qint64 sinceMs = 0;          // online or offline since
        qint64 lastSyncMs = 0;       // the last sync that reached the hub's head
        qint64 pending = 0;          // own changes the hub has not confirmed
        qint64 issues = 0;           // sync issues not yet marked seen
        bool stopped = false;        // the hub refused this workstation
        bool sessionExpired = false; // the hub ended the session: the next sign-in renews it
        QString problem;             // the last failure, for a person
    };

    static Result<std::unique_ptr<SyncController>> start(OfficeSession &session, Timing timing);
    static Result<std::unique_ptr<SyncController>> start(OfficeSession &session) { return start(session, Timing()); }
    ~SyncController() override;

    const Status &status() const { return m_status; }
    bool isSyncing() const { return m_inFlight; }
    // A sync now (or right after the one running).
    void syncNow();
    // Re-reads the pending and issue counts (after a local commit, an issue marked seen).
    void refreshCounts();
    // Signs the user in at the hub, then syncs (see above); the session's signal calls it.
    void signInAtHub(const QString &userId, const QString &login, const QString &password);

signals:
    void statusChanged();
    // After each round, with or without success.
    void synced();

private:
    SyncController(OfficeSession &session, Timing timing, std::unique_ptr<worker::SyncWorker> worker);
    void onSynced(const worker::SyncOutcome &outcome);
    void onLocalCommit();
    void onHubSignIn(const worker::HubSignInOutcome &outcome);

    OfficeSession &m_session;
    Timing m_timing;
    std::unique_ptr<worker::SyncWorker> m_worker;
    QTimer m_soon; // after a local commit
    QTimer m_next; // the periodic round, or the next retry
    int m_backoffMs;
    bool m_inFlight = false;
    bool m_again = false;
    Status m_status;
};

} // namespace shoulou::ui
