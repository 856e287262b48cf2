// Signing in at an enrolled desk signs in at the hub too (on the sync thread), against a real
// hub in this process (HubServer, real TLS on loopback, the hub's manual clock): a session that
// expired overnight is said in the status bar and renewed by the next sign-in, after which the
// desk syncs again; a password the local replica still accepts but the hub no longer does (it
// was changed at another desk) and an account revoked at the hub sign the person out with the
// hub's reason; a hub out of reach leaves the person working on the local verifier.
#include "auth/passwordverifier.h"
#include "servedhub.h"
#include "sync/synccontroller.h"
#include "sync/syncstate.h"
#include "sync/syncstatusbutton.h"
#include "uitestoffice.h"

#include <QtTest>

using namespace shoulou;

class TstDeskSignIn final : public QObject {
    Q_OBJECT

    std::unique_ptr<test::ServedHub> m_served;
    std::unique_ptr<test::UiTestOffice> m_office;
    std::unique_ptr<ui::SyncController> m_sync;

    bool syncHere()
    {
        QSignalSpy synced(m_sync.get(), &ui::SyncController::synced);
        m_sync->syncNow();
        return synced.wait(20000);
    }
    QString token() { return sync::SyncState::load(m_office->office().db()).token; }
    // The password check of the sign-in dialog, then signIn() as the dialog does.
    Result<auth::SignedInUser> signInAtDesk(const QString &login, const QString &password)
    {
        std::optional<Result<auth::SignedInUser>> got;
        m_office->session().signInWithPassword(login, password, this, [&](Result<auth::SignedInUser> r) { got = std::move(r); });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 10000))
            return makeError("test.timeout", "no answer");
        if (*got)
            m_office->session().signIn(**got);
        return *got;
    }
    // A password as the desk keeps it (the hub's user.set_password carries the same verifier kind).
    static QJsonObject setPassword(const QString &userId, const QString &password)
    {
        return {{"user_id", userId}, {"password_hash", *auth::PasswordVerifier::create(password)}};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("SHOULOU_KEY_STORE", "file");
        m_served = std::make_unique<test::ServedHub>();
        m_office = std::make_unique<test::UiTestOffice>();
        m_office->openSignedOut();
        auto &o = m_office->office();
        // The same passwords as the hub's users (so both ends accept them before any change).
        QVERIFY(o.applier().apply("user.set_password", 1, setPassword(m_office->managerId, "wang-secret-1")).ok());
        QVERIFY(o.applier().apply("user.set_password", 1, setPassword(m_office->consultantId, "li-secret-22")).ok());
        auto enrolled = m_served->enroll(o.path(), "wang", "wang-secret-1", &o.key(), o.clock());
        QVERIFY2(enrolled.ok(), enrolled.ok() ? "" : qPrintable(enrolled.error().message));
        o.reopen();

        ui::SyncController::Timing timing;
        timing.afterCommitMs = 100;
        timing.onlineEveryMs = timing.offlineFirstMs = timing.offlineMaxMs = 600000; // rounds the tests ask for
        timing.followPokes = false; // the desk stays behind what another desk sent until it is asked
        auto sync = ui::SyncController::start(m_office->session(), timing);
        QVERIFY(sync.ok());
        m_sync = std::move(sync).value();
        QSignalSpy synced(m_sync.get(), &ui::SyncController::synced);
        QVERIFY(synced.wait(30000));
        QVERIFY2(m_sync->status().problem.isEmpty(), qPrintable(m_sync->status().problem));
    }

    void cleanupTestCase()
    {
        m_sync.reset();
        m_office.reset();
        m_served.reset();
    }

    void expiredSessionIsRenewedBySignIn()
    {
        ui::SyncStatusButton status(*m_sync);
        m_served->hub.clock().advanceMs(13LL * 3600 * 1000); // the desk was off overnight
        QVERIFY(syncHere());
        QVERIFY(m_sync->status().sessionExpired);
        QVERIFY2(status.text().contains("expired"), qPrintable(status.text()));
        QVERIFY2(m_sync->status().problem.contains("sign in again"), qPrintable(m_sync->status().problem));
        const QString old = token();

        QSignalSpy synced(m_sync.get(), &ui::SyncController::synced);
        QSignalSpy signOut(&m_office->session(), &ui::OfficeSession::signInRequired);
        auto user = signInAtDesk("wang", "wang-secret-1");
        QVERIFY2(user.ok(), user.ok() ? "" : qPrintable(user.error().message));
        QTRY_VERIFY_WITH_TIMEOUT(synced.count() > 0, 20000); // the round may be over already
        QVERIFY2(m_sync->status().problem.isEmpty(), qPrintable(m_sync->status().problem));
        QVERIFY(!m_sync->status().sessionExpired);
        QVERIFY(token() != old);
        QVERIFY2(!status.text().contains("expired") && status.text().contains("Online"), qPrintable(status.text()));
        QCOMPARE(signOut.count(), 0);

        // And the desk's changes reach the hub again.
        std::optional<Result<QJsonObject>> applied;
        m_office->session().apply("channel.create", 1, {{"name", "视频号直播"}}, this,
                                  [&](Result<QJsonObject> r) { applied = std::move(r); });
        QTRY_VERIFY(applied.has_value());
        QVERIFY2(applied->ok(), applied->ok() ? "" : qPrintable(applied->error().message));
        QTRY_COMPARE(m_sync->status().pending, 1);
        QTRY_VERIFY_WITH_TIMEOUT(synced.count() > 0, 20000); // the round may be over already
        QTRY_COMPARE(m_sync->status().pending, 0);
        QVERIFY2(m_sync->status().problem.isEmpty(), qPrintable(m_sync->status().problem));
    }

    void passwordChangedAtTheHubSignsOut()
    {
        // Another desk of the office: li changes their password there, and it reaches the hub.
        QTemporaryDir dir;
        const QString otherPath = dir.filePath("other.db");
        auto other = m_served->enroll(otherPath, "wang", "wang-secret-1", nullptr, m_office->office().clock());
        QVERIFY2(other.ok(), other.ok() ? "" : qPrintable(other.error().message));
        {
            auto db = storage::Database::open(otherPath);
            QVERIFY(db.ok());
            mutation::Applier asLi(**db, m_office->office().clock(), &m_office->office().key(), m_office->consultantId);
            QVERIFY(m_served->syncOnce(asLi).ok()); // the office arrives
            QVERIFY(asLi.apply("user.set_password", 1, setPassword(m_office->consultantId, "li-new-secret-3")).ok());
            auto sent = m_served->syncOnce(asLi);
            QVERIFY2(sent.ok() && sent->rejected == 0, sent.ok() ? qPrintable(sent->reasons.join(';')) : qPrintable(sent.error().message));
        }

        // This desk has not pulled it yet: the old password still opens it, but not the hub.
        m_office->session().signOut();
        QSignalSpy signOut(&m_office->session(), &ui::OfficeSession::signInRequired);
        auto user = signInAtDesk("li", "li-secret-22");
        QVERIFY2(user.ok(), user.ok() ? "" : qPrintable(user.error().message));
        QVERIFY(signOut.wait(20000));
        QVERIFY2(signOut.first().first().toString().contains("did not accept your password"),
                 qPrintable(signOut.first().first().toString()));

        // The same round pulled the new password: it opens the desk and the hub.
        QTRY_VERIFY(!m_sync->isSyncing());
        m_served->hub.clock().advanceMs(10 * 60 * 1000); // the hub's back-off after its refusal
        m_office->session().signOut();
        signOut.clear();
        QSignalSpy synced(m_sync.get(), &ui::SyncController::synced);
        auto renewed = signInAtDesk("li", "li-new-secret-3");
        QVERIFY2(renewed.ok(), renewed.ok() ? "" : qPrintable(renewed.error().message));
        QTRY_VERIFY_WITH_TIMEOUT(synced.count() > 0, 20000); // the round may be over already
        QVERIFY2(m_sync->status().problem.isEmpty(), qPrintable(m_sync->status().problem));
        QCOMPARE(signOut.count(), 0);
        QCOMPARE(sync::SyncState::load(m_office->office().db()).login, QStringLiteral("li"));
    }

    void revokedAtTheHubSignsOut()
    {
        QTRY_VERIFY(!m_sync->isSyncing());
        QVERIFY(m_served->hub.admin().revokeUser(m_served->code, "li").ok());
        m_office->session().signOut();
        QSignalSpy signOut(&m_office->session(), &ui::OfficeSession::signInRequired);
        // The replica has not heard of it: the desk lets li in, the hub does not.
        auto user = signInAtDesk("li", "li-new-secret-3");
        QVERIFY2(user.ok(), user.ok() ? "" : qPrintable(user.error().message));
        QVERIFY(signOut.wait(20000));
        QVERIFY2(signOut.first().first().toString().contains("revoked at the office hub"), qPrintable(signOut.first().first().toString()));
    }

    void unreachableHubLeavesThePersonWorking()
    {
        QTRY_VERIFY(!m_sync->isSyncing());
        m_office->session().signOut();
        m_served->server.reset(); // the hub is gone
        QSignalSpy synced(m_sync.get(), &ui::SyncController::synced);
        QSignalSpy signOut(&m_office->session(), &ui::OfficeSession::signInRequired);
        auto user = signInAtDesk("wang", "wang-secret-1");
        QVERIFY2(user.ok(), user.ok() ? "" : qPrintable(user.error().message));
        QVERIFY(synced.wait(30000));
        QVERIFY(!m_sync->status().online);
        QVERIFY(m_office->session().isSignedIn());
        QCOMPARE(signOut.count(), 0);
    }
};

QTEST_MAIN(TstDeskSignIn)
#include "tst_desksignin.moc"
