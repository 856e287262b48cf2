// Online sign-in at the hub (sync::HubSignIn) against a real hub in this process (HubServer,
// real TLS on loopback, the hub's manual clock): the right password opens a new session and
// stores it; a wrong one, a revoked account, a revoked workstation, a throttled login and a hub
// that is not there are refused with their codes and leave the stored session alone; a desk
// whose session expired overnight syncs again after a sign-in.
#include "servedhub.h"

#include "security/keyunlock.h"
#include "storage/database.h"
#include "sync/hubsignin.h"
#include "sync/syncstate.h"

#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace shoulou;

class TstHubSignIn final : public QObject {
    Q_OBJECT

    std::unique_ptr<test::ServedHub> m_served;
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<mutation::Applier> m_applier;
    ManualClock m_deskClock;

    Result<sync::HubSession> signIn(const QString &login, const QString &password)
    {
        sync::WebSocketTransport transport(QUrl(m_served->url() + QStringLiteral("/v1")), m_served->fingerprint());
        return sync::HubSignIn(*m_db, transport).signIn(login, password);
    }
    QString storedToken() { return sync::SyncState::load(*m_db).token; }
    // After a failure the hub makes the login and the address wait (1 s, 2 s …, its clock).
    void waitOutThrottle() { m_served->hub.clock().advanceMs(10 * 60 * 1000); }

private slots:
    void initTestCase()
    {
        qputenv("SHOULOU_KEY_STORE", "file");
        QStandardPaths::setTestModeEnabled(true);
        m_served = std::make_unique<test::ServedHub>();
        const QString path = m_dir.filePath("desk.db");
        auto enrolled = m_served->enroll(path, "wang", "wang-secret-1", nullptr, m_deskClock);
        QVERIFY2(enrolled.ok(), enrolled.ok() ? "" : qPrintable(enrolled.error().message));
        auto db = storage::Database::open(path);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        auto key = security::unlockOfficeKeyForFile(*m_db);
        QVERIFY(key.ok());
        m_applier = std::make_unique<mutation::Applier>(*m_db, m_deskClock, &*key);
        auto first = m_served->syncOnce(*m_applier);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
    }
    void cleanupTestCase()
    {
        m_applier.reset();
        m_db.reset();
        m_served.reset();
    }

    void rightPasswordStoresANewSession()
    {
        const sync::SyncState before = sync::SyncState::load(*m_db);
        QCOMPARE(before.login, QStringLiteral("wang"));
        auto s = signIn("li", "li-secret-22");
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QCOMPARE(s->login, QStringLiteral("li"));
        QCOMPARE(s->role, QStringLiteral("consultant"));
        QVERIFY(!s->userId.isEmpty());
        const sync::SyncState after = sync::SyncState::load(*m_db);
        QCOMPARE(after.token, s->token);
        QVERIFY(after.token != before.token);
        QCOMPARE(after.login, QStringLiteral("li"));
        QCOMPARE(after.userId, s->userId);
        // Nothing else of the sync state moved.
        QCOMPARE(after.cursor, before.cursor);
        QCOMPARE(after.hubEpoch, before.hubEpoch);
        QCOMPARE(after.hubUrl, before.hubUrl);
        // The new session syncs.
        auto synced = m_served->syncOnce(*m_applier);
        QVERIFY2(synced.ok(), synced.ok() ? "" : qPrintable(synced.error().message));
    }

    void wrongPasswordIsRefusedThenThrottled()
    {
        const QString token = storedToken();
        auto wrong = signIn("wang", "not-wang's");
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, QStringLiteral("wrong_password"));
        QVERIFY2(wrong.error().message.contains("does not accept"), qPrintable(wrong.error().message));
        // At once again: the hub makes the login wait.
        auto again = signIn("wang", "wang-secret-1");
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("throttled"));
        QCOMPARE(storedToken(), token);
        waitOutThrottle();
        auto unknown = signIn("nobody", "whatever-1");
        QCOMPARE(unknown.ok() ? QString() : unknown.error().code, QStringLiteral("wrong_password"));
        waitOutThrottle();
        QVERIFY(signIn("wang", "wang-secret-1").ok());
    }

    void expiredSessionRecoversAfterSignIn()
    {
        // The desk was off overnight: 13 h without a call, the session has ended.
        m_served->hub.clock().advanceMs(13LL * 3600 * 1000);
        auto expired = m_served->syncOnce(*m_applier);
        QVERIFY(!expired.ok());
        QCOMPARE(expired.error().code, QStringLiteral("session_expired"));
        QVERIFY(signIn("wang", "wang-secret-1").ok());
        auto synced = m_served->syncOnce(*m_applier);
        QVERIFY2(synced.ok(), synced.ok() ? "" : qPrintable(synced.error().message));
    }

    void revokedUserIsRefused()
    {
        QVERIFY(m_served->hub.admin().revokeUser(m_served->code, "li").ok());
        const QString token = storedToken();
        auto s = signIn("li", "li-secret-22");
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("user_revoked"));
        QVERIFY2(s.error().message.contains("revoked"), qPrintable(s.error().message));
        QCOMPARE(storedToken(), token);
    }

    void unreachableHubLeavesTheSession()
    {
        QTcpServer closed; // a port nobody answers on
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const QString token = storedToken();
        sync::WebSocketTransport transport(QUrl(QStringLiteral("wss://127.0.0.1:%1/v1").arg(port)), m_served->fingerprint(), 3000);
        auto s = sync::HubSignIn(*m_db, transport).signIn("wang", "wang-secret-1");
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, sync::kUnreachable);
        QVERIFY2(s.error().message.contains("offline"), qPrintable(s.error().message));
        QCOMPARE(storedToken(), token);
    }

    void revokedWorkstationIsRefused()
    {
        const QString ws = m_db->meta(QStringLiteral("workstation_id"));
        QVERIFY(m_served->hub.admin().revokeWorkstation(ws).ok());
        auto s = signIn("wang", "wang-secret-1");
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("workstation_revoked"));
    }
};

QTEST_MAIN(TstHubSignIn)
#include "tst_hubsignin.moc"
