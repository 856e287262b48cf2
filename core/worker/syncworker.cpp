#include "syncworker.h"

#include "mutation/applier.h"
#include "security/officekey.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "sync/hubsignin.h"
#include "sync/syncstate.h"
#include "sync/websockettransport.h"
#include "util/clock.h"
#include "util/logging.h"

#include <QPointer>

#include <optional>

namespace shoulou::worker {

// The sync connection, its Applier, the transport and the engine; made, used and deleted on
// the worker thread (a QWebSocket belongs to the thread that made it).
class SyncWorker::State final : public QObject {
public:
    State(std::unique_ptr<storage::Database> db, const security::OfficeKey &key, const Clock &clock, SyncWorker *owner, bool followPokes)
        : m_followPokes(followPokes)
        , m_db(std::move(db))
        , m_key(key)
        , m_clock(clock)
        , m_owner(owner)
    {}
    ~State() override
    {
        m_engine.reset();
        m_transport.reset();
        m_applier.reset();
        m_db.reset();
    }

    void run()
    {
        if (m_running) { // asked again from inside the transport's wait
            m_again = true;
            return;
        }
        m_running = true;
        do {
            m_again = false;
            SyncOutcome outcome = once();
            QPointer<SyncWorker> owner(m_owner);
            QMetaObject::invokeMethod(
                m_owner,
                [owner, outcome] {
                    if (owner)
                        emit owner->synced(outcome);
                },
                Qt::QueuedConnection);
        } while (m_again && !QThread::currentThread()->isInterruptionRequested());
        m_running = false;
    }

    struct Credentials {
        QString userId, login, password;
    };
    std::optional<Credentials> pending;

private:
    SyncOutcome once()
    {
        SyncOutcome out;
        if (auto r = prepare(); !r) {
            out.error = r.error();
        } else {
            bool retryAfterPush = false;
            if (pending) {
                out.signIn = signInAtHub();
                retryAfterPush = out.signIn.error.code == QLatin1String("wrong_password") && unconfirmedPasswordChange();
            }
            // A refused workstation does not sync at all (the session would be refused too).
            if (out.signIn.error.code == QLatin1String("workstation_revoked")) {
                out.error = out.signIn.error;
            } else if (auto report = m_engine->syncOnce(); !report) {
                out.error = report.error();
                // What reached the database before the failure still has to reach the views.
                out.report.changes = m_applier->takeChanges();
            } else {
                out.ok = true;
                out.report = std::move(report).value();
                if (retryAfterPush && pending)
                    out.signIn = signInAtHub(); // the hub has the new password now
            }
        }
        if (!out.ok)
            qCInfo(lcSync) << "sync failed:" << out.error.code;
        auto summary = sync::SyncSummary::read(*m_db);
        if (summary)
            out.summary = *summary;
        out.atMs = m_clock.nowMs();
        return out;
    }

    HubSignInOutcome signInAtHub()
    {
        HubSignInOutcome s;
        s.asked = true;
        s.userId = pending->userId;
        s.login = pending->login;
        auto r = sync::HubSignIn(*m_db, *m_transport).signIn(pending->login, pending->password);
        if (r) {
            s.ok = s.settled = true;
            pending.reset();
            return s;
        }
        s.error = r.error();
        const QString &c = s.error.code;
        // Out of reach or busy: the person works offline on the local verifier, and the
        // sign-in is asked again at the next round. Anything else is the hub's last word.
        const bool later = c == sync::kUnreachable || c == QLatin1String("throttled") || c == QLatin1String("hub_unavailable");
        if (!later && !(c == QLatin1String("wrong_password") && unconfirmedPasswordChange())) {
            s.settled = true;
            pending.reset();
        }
        return s;
    }

    // This desk changed the user's password and the hub has not confirmed it yet.
    bool unconfirmedPasswordChange()
    {
        auto &st = m_db->prepare("SELECT count(*) FROM outbox WHERE name = 'user.set_password' AND state IN ('pending', 'sent') "
                                 "AND json_extract(args, '$.user_id') = ?1");
        st.bind(1, pending ? pending->userId : QString());
        const bool found = st.step() && st.int64(0) > 0;
        st.reset();
        return found;
    }

    Result<void> prepare()
    {
        if (m_engine)
            return {};
        const sync::SyncState state = sync::SyncState::load(*m_db);
        if (!state.enrolled)
            return makeError(QStringLiteral("sync.not_enrolled"), QStringLiteral("this office is not enrolled with a hub"));
        m_applier = std::make_unique<mutation::Applier>(*m_db, m_clock, &m_key);
        if (auto r = m_applier->recordChanges(); !r)
            qCWarning(lcSync) << "change sets of pulls are off:" << r.error().code;
        QUrl endpoint(state.hubUrl);
        if (endpoint.path().isEmpty())
            endpoint.setPath(QStringLiteral("/v1"));
        m_transport = std::make_unique<sync::WebSocketTransport>(endpoint, state.fingerprint);
        // A change made on another desk: the hub pokes, and a round starts at once (queued, so a
        // poke during a round asks for the next one only if it is still beyond the cursor).
        if (m_followPokes)
            m_transport->setOnPoke([this](qint64) {
                QMetaObject::invokeMethod(
                    this,
                    [this] {
                        if (m_transport && m_transport->lastPoke() > sync::SyncState::load(*m_db).cursor)
                            run();
                    },
                    Qt::QueuedConnection);
            });
        m_engine = std::make_unique<sync::SyncEngine>(*m_applier, *m_transport);
        return {};
    }

    bool m_followPokes = true;
    std::unique_ptr<storage::Database> m_db;
    security::OfficeKey m_key;
    const Clock &m_clock;
    SyncWorker *m_owner;
    std::unique_ptr<mutation::Applier> m_applier;
    std::unique_ptr<sync::WebSocketTransport> m_transport;
    std::unique_ptr<sync::SyncEngine> m_engine;
    bool m_running = false;
    bool m_again = false;
};

Result<std::unique_ptr<SyncWorker>> SyncWorker::open(const QString &path, const security::OfficeKey &key, const Clock &clock,
                                                     bool followPokes, const QString &name)
{
    storage::Database::Options options;
    options.migrate = false;
    auto db = storage::Database::open(path, options);
    if (!db)
        return db.error();
    std::unique_ptr<SyncWorker> w(new SyncWorker());
    w->m_state = new State(std::move(db).value(), key, clock, w.get(), followPokes);
    w->m_state->moveToThread(&w->m_thread);
    connect(&w->m_thread, &QThread::finished, w->m_state, &QObject::deleteLater);
    w->m_thread.setObjectName(name);
    w->m_thread.start();
    return w;
}

SyncWorker::~SyncWorker()
{
    // quit() ends every event loop of the thread, the transport's wait included: a sync under
    // way fails as "no answer" at once instead of holding the window up to its timeout.
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
}

void SyncWorker::syncNow()
{
    State *state = m_state;
    QMetaObject::invokeMethod(
        m_state, [state] { state->run(); }, Qt::QueuedConnection);
}

void SyncWorker::signInAtHub(const QString &userId, const QString &login, const QString &password)
{
    State *state = m_state;
    QMetaObject::invokeMethod(
        m_state,
        [state, userId, login, password] {
            state->pending = State::Credentials{userId, login, password};
        },
        Qt::QueuedConnection);
}

void SyncWorker::forgetSignIn()
{
    State *state = m_state;
    QMetaObject::invokeMethod(
        m_state, [state] { state->pending.reset(); }, Qt::QueuedConnection);
}

} // namespace shoulou::worker
