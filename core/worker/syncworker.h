#pragma once

#include "sync/syncengine.h"
#include "sync/syncissues.h"
#include "util/result.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <memory>

namespace shoulou {
class Clock;
namespace security {
class OfficeKey;
}
} // namespace shoulou

namespace shoulou::worker {

// How the hub answered a sign-in asked for before a round (SyncWorker::signInAtHub).
struct HubSignInOutcome final {
    bool asked = false;   // a sign-in was sent (or tried) this round
    bool settled = false; // the hub's last word: signed in, or refused for good (not "later")
    bool ok = false;      // the hub signed them in: a new session is stored
    Error error;          // the hub's refusal or why it could not be asked
    QString userId;
    QString login;
};

// How one sync went: the engine's report (with the rows the pulled pages wrote), or the
// failure that stopped it (the hub unreachable, the workstation revoked …); either way what
// the status bar shows afterwards.
struct SyncOutcome final {
    bool ok = false;
    Error error;
    sync::SyncEngine::Report report;
    sync::SyncSummary summary;
    qint64 atMs = 0;
    HubSignInOutcome signIn;
};

// The desk's sync, on a thread and a connection of its own (the writer's and the readers' are
// never used): the SyncEngine with its TLS WebSocket to the hub. Its Applier records change
// sets, so what a pull writes reaches the open views row by row.
//
// Why not a DbWorker: WebSocketTransport waits for the hub in a local event loop, which would
// run the next queued job inside the current one. Here a request that arrives while a sync
// runs only asks for one more round afterwards.
//
// The two Appliers do not fight over client_seq: only the writer's appends outbox rows, and
// each reads max(client_seq) inside its BEGIN IMMEDIATE transaction; the sync's Applier only
// replays pulled ops and updates outbox rows, under the same write lock.
class SyncWorker final : public QObject {
    Q_OBJECT
public:
    // `followPokes`: a round starts as soon as the hub pokes about a change beyond the cursor.
    static Result<std::unique_ptr<SyncWorker>> open(const QString &path, const security::OfficeKey &key, const Clock &clock,
                                                    bool followPokes = true, const QString &name = QStringLiteral("db-sync"));
    // Stops the thread; a sync under way ends at its next wait for the hub (nothing is lost:
    // the outbox and the cursor move only in committed transactions).
    ~SyncWorker() override;

    // Push and pull once, now (or right after the one running).
    void syncNow();
    // Before the next round, sign `login` in at the hub (sync::HubSignIn; the desk accepted
    // the password already), which renews the workstation's session. Kept and asked again at
    // every round while the hub cannot be reached or throttles; forgotten once it answered.
    // A wrong_password while this desk still holds an unconfirmed password change of that
    // user is asked again after the round has pushed it (the hub did not know it yet).
    void signInAtHub(const QString &userId, const QString &login, const QString &password);
    // The person left the desk: no sign-in of theirs is sent any more.
    void forgetSignIn();

signals:
    // On the thread that owns the worker, after each sync.
    void synced(const shoulou::worker::SyncOutcome &outcome);

private:
    SyncWorker() = default;
    class State;
    QThread m_thread;
    State *m_state = nullptr; // lives on m_thread
};

} // namespace shoulou::worker
