// The reception kiosk's scoped replica against a real hub in this process (HubServer, real TLS
// on loopback), real office files: a kiosk cannot enrol before the office has its key (no desk
// yet), nor bring a file that holds an office; a kiosk user enrols a new file, which keeps no
// office key (the key store is never asked) but the office's public sealing key, opens and syncs
// without a key, and registers walk-ins; a desk then has the customer, found by phone, with a
// visit touch, and a second registration of the phone lands on the same customer; the kiosk's
// file holds the roster and its registrations but no customer and no phone or name in clear; a
// registration whose sealed visitor does not open is refused by the hub with the reason, undone
// at the kiosk, and never reaches the desk.
#include "servedhub.h"

#include "customer/customersearch.h"
#include "customer/kioskregistration.h"
#include "customer/visitregister.h"
#include "office/openoffice.h"
#include "security/filekeystore.h"
#include "security/keyunlock.h"
#include "security/officesealkey.h"
#include "storage/database.h"
#include "sync/syncstate.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace shoulou;

namespace {

// The bytes of an office file as they are on disk (the database and its write-ahead log).
QByteArray fileBytes(const QString &path)
{
    QByteArray all;
    for (const QString &p : {path, path + QStringLiteral("-wal")}) {
        QFile f(p);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace

class TstKioskSync final : public QObject {
    Q_OBJECT

    std::unique_ptr<test::ServedHub> m_served;
    QTemporaryDir m_dir;
    ManualClock m_clock;
    // The desk (a full replica, wang) and the kiosk (front).
    std::unique_ptr<office::OpenOffice> m_desk;
    std::unique_ptr<office::OpenOffice> m_kiosk;
    QString m_kioskPath;

    Result<sync::EnrollResult> enroll(const QString &path, const QString &login, const QString &password,
                                      const QString &kind = QStringLiteral("desk"))
    {
        sync::WebSocketTransport transport(QUrl(m_served->url() + QStringLiteral("/v1")), m_served->fingerprint());
        sync::EnrollRequest request{path, m_served->url(), m_served->fingerprint(), m_served->code, login, password};
        request.kind = kind;
        return sync::enroll(request, transport, m_clock);
    }
    Result<sync::SyncEngine::Report> sync(office::OpenOffice &o) { return m_served->syncOnce(o.applier()); }
    std::unique_ptr<office::OpenOffice> openReplica(const QString &path, office::OpenOffice::Kiosk kiosk)
    {
        auto o = office::OpenOffice::open(path, m_clock, {}, {}, nullptr, {}, kiosk);
        if (!o) {
            qWarning().noquote() << o.error().message;
            return nullptr;
        }
        (*o)->applier().setUserId(sync::SyncState::load((*o)->db()).userId); // as the CLI acts: the enrolling user
        return std::move(o).value();
    }
    Result<customer::KioskRegistration::Outcome> registerAtKiosk(const QString &name, const QString &phone, int visitors = 0,
                                                                 const QString &gender = {})
    {
        customer::KioskRegistration r;
        r.visitor.name = name;
        r.visitor.phone = phone;
        r.visitor.visitors = visitors;
        r.visitor.gender = gender;
        auto key = sync::SyncState::officeSealPublicKey(m_kiosk->db(), m_kiosk->keyOrNull());
        if (!key)
            return key.error();
        return r.apply(m_kiosk->applier(), *key, m_clock);
    }

private slots:
    void initTestCase()
    {
        qputenv("SHOULOU_KEY_STORE", "file");
        QStandardPaths::setTestModeEnabled(true);
        m_clock.setMs(1'760'000'000'000);
        m_served = std::make_unique<test::ServedHub>();
        m_served->hub.addUser(m_served->code, "front", "kiosk", "front-secret-1");
        m_kioskPath = m_dir.filePath("kiosk.db");
    }
    void cleanupTestCase()
    {
        m_kiosk.reset();
        m_desk.reset();
        m_served.reset();
    }

    void aKioskBeforeAnyDeskIsRefused()
    {
        const QString path = m_dir.filePath("early-kiosk.db");
        auto r = enroll(path, "front", "front-secret-1", "kiosk");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("office_has_no_key"));
        QVERIFY2(r.error().message.contains("enrol a desk of the office first"), qPrintable(r.error().message));
        auto db = storage::Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(!sync::SyncState::load(**db).enrolled);
        QVERIFY(!QFile::exists(security::FileKeyStore(path).path()));
    }

    void aKioskEnrolsANewFileWithoutTheOfficeKey()
    {
        // The first desk gives the office its key.
        const QString deskPath = m_dir.filePath("desk.db");
        auto desk = enroll(deskPath, "wang", "wang-secret-1");
        QVERIFY2(desk.ok(), desk.ok() ? "" : qPrintable(desk.error().message));
        QVERIFY(!desk->kiosk);
        m_desk = openReplica(deskPath, office::OpenOffice::Kiosk::Refuse);
        QVERIFY(m_desk && m_desk->hasKey());
        auto first = sync(*m_desk);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));

        // A kiosk user enrolling as a desk gets a kiosk's replica all the same.
        auto kiosk = enroll(m_kioskPath, "front", "front-secret-1");
        QVERIFY2(kiosk.ok(), kiosk.ok() ? "" : qPrintable(kiosk.error().message));
        QVERIFY(kiosk->kiosk);
        QCOMPARE(kiosk->role, QStringLiteral("kiosk"));
        {
            auto db = storage::Database::open(m_kioskPath);
            QVERIFY(db.ok());
            const sync::SyncState state = sync::SyncState::load(**db);
            QVERIFY(state.enrolled && state.kiosk());
            QCOMPARE(state.sealPublicKey, security::OfficeSealKey(m_desk->key()).publicKey());
            // No office key anywhere: no fingerprint, no key file, nothing asked of a key store.
            QVERIFY((*db)->meta("key_check").isEmpty());
            QVERIFY((*db)->meta("database_id").isEmpty());
            QCOMPARE((*db)->queryInt("SELECT count(*) FROM office"), qint64(0));
        }
        QVERIFY(!QFile::exists(security::FileKeyStore(m_kioskPath).path()));

        // Only a kiosk's opener opens it, and without a key.
        auto refused = office::OpenOffice::open(m_kioskPath, m_clock, {}, {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("office.kiosk_replica"));
        m_kiosk = openReplica(m_kioskPath, office::OpenOffice::Kiosk::Allow);
        QVERIFY(m_kiosk && !m_kiosk->hasKey());
        auto synced = sync(*m_kiosk);
        QVERIFY2(synced.ok(), synced.ok() ? "" : qPrintable(synced.error().message));
        QVERIFY(synced->pulled > 0);
        QCOMPARE(synced->rejected, qint64(0));
        // The roster and the office's set-up arrived; no key was made on the way.
        QCOMPARE(m_kiosk->db().queryInt("SELECT count(*) FROM office"), qint64(1));
        QVERIFY(m_kiosk->db().queryInt("SELECT count(*) FROM app_user WHERE login = 'front' AND role = 'kiosk'") == 1);
        QVERIFY(!m_kiosk->db().queryText("SELECT id FROM channel WHERE kind = 'walk_in'").isEmpty());
        QVERIFY(m_kiosk->db().meta("key_check").isEmpty());
        QVERIFY(!QFile::exists(security::FileKeyStore(m_kioskPath).path()));
    }

    void aWalkInAtTheKioskReachesTheDesk()
    {
        QVERIFY(m_desk && m_kiosk);
        auto r = registerAtKiosk(QStringLiteral("张伟"), QStringLiteral("13812345678"), 2, QStringLiteral("male"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->maskedPhone, QStringLiteral("138****5678"));
        QCOMPARE(r->displayName, QStringLiteral("张先生"));
        QVERIFY(r->customerId.isEmpty()); // the kiosk cannot know it
        auto pushed = sync(*m_kiosk);
        QVERIFY2(pushed.ok(), pushed.ok() ? "" : qPrintable(pushed.error().message));
        QCOMPARE(pushed->pushed, qint64(1));
        QCOMPARE(pushed->rejected, qint64(0));
        QCOMPARE(pushed->pending, qint64(0));

        auto pulled = sync(*m_desk);
        QVERIFY2(pulled.ok(), pulled.ok() ? "" : qPrintable(pulled.error().message));
        QVERIFY(pulled->pulled >= 1);
        storage::Database &desk = m_desk->db();
        const QString customerId = desk.queryText("SELECT customer_id FROM kiosk_registration WHERE id = ?1", r->registrationId);
        QVERIFY(!customerId.isEmpty());
        QCOMPARE(desk.queryText("SELECT name FROM customer WHERE id = ?1", customerId), QStringLiteral("张伟"));
        QCOMPARE(desk.queryText("SELECT kind FROM touch WHERE customer_id = ?1", customerId), QStringLiteral("visit"));
        // Found by the phone, as any customer: the number is indexed for search.
        customer::CustomerSearch search(desk, &m_desk->key());
        for (const QString &q : {QStringLiteral("13812345678"), QStringLiteral("5678")}) {
            auto hits = search.search(q);
            QVERIFY2(hits.ok(), hits.ok() ? "" : qPrintable(hits.error().message));
            QVERIFY2(hits->size() == 1 && hits->first().customerId == customerId, qPrintable(q));
        }

        // The same phone again, typed otherwise: the same customer, a second visit.
        m_clock.advanceMs(3 * 86'400'000);
        auto again = registerAtKiosk(QStringLiteral("张伟"), QStringLiteral("+86 138-1234-5678"));
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        QVERIFY(sync(*m_kiosk).ok());
        QVERIFY(sync(*m_desk).ok());
        QCOMPARE(desk.queryText("SELECT customer_id FROM kiosk_registration WHERE id = ?1", again->registrationId), customerId);
        QCOMPARE(desk.queryInt("SELECT count(*) FROM touch WHERE customer_id = ?1 AND kind = 'visit'", customerId), qint64(2));
        QCOMPARE(desk.queryInt("SELECT count(*) FROM customer"), qint64(1));

        // The kiosk keeps its registrations and the roster, never a customer or a phone.
        storage::Database &kiosk = m_kiosk->db();
        QCOMPARE(kiosk.queryInt("SELECT count(*) FROM kiosk_registration WHERE customer_id IS NULL"), qint64(2));
        for (const char *table : {"customer", "customer_phone", "touch", "customer_resident_id", "follow_up"})
            QVERIFY2(kiosk.queryInt(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)).toUtf8().constData()) == 0, table);
        QVERIFY(kiosk.execute("PRAGMA wal_checkpoint(PASSIVE)").ok());
        const QByteArray bytes = fileBytes(m_kioskPath);
        QVERIFY(bytes.size() > 10000);
        QVERIFY(bytes.contains("138****5678"));
        for (const QByteArray &secret :
             {QByteArray("13812345678"), QByteArray("8613812345678"), QStringLiteral("张伟").toUtf8(), QByteArray("1234-5678")})
            QVERIFY2(!bytes.contains(secret), secret.constData());
    }

    void aSealThatDoesNotOpenIsRefusedAndUndone()
    {
        QVERIFY(m_desk && m_kiosk);
        // A registration sealed for another office's key: the kiosk cannot tell, the hub can.
        customer::KioskVisitor visitor;
        visitor.name = QStringLiteral("李娜");
        visitor.phone = QStringLiteral("13900001111");
        customer::VisitRegister v;
        v.registrationId = QStringLiteral("0199d0c8-7a3b-7c11-9a2f-00000000beef");
        v.sealed =
            visitor.sealTo(security::OfficeSealKey(security::OfficeKey::fromBytes(QByteArray(32, '\x09')).value()).publicKey()).value();
        v.maskedPhone = visitor.maskedPhone();
        v.displayName = visitor.displayName();
        v.occurredAtMs = m_clock.nowMs();
        v.workstationId = m_kiosk->applier().workstationId();
        QVERIFY(m_kiosk->applier().apply(v).ok());
        QCOMPARE(m_kiosk->db().queryInt("SELECT count(*) FROM kiosk_registration WHERE id = ?1", v.registrationId), qint64(1));

        auto r = sync(*m_kiosk);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->rejected, qint64(1));
        QVERIFY2(r->reasons.join(' ').contains("cannot be opened"), qPrintable(r->reasons.join(' ')));
        QCOMPARE(m_kiosk->db().queryInt("SELECT count(*) FROM kiosk_registration WHERE id = ?1", v.registrationId), qint64(0));
        QCOMPARE(m_kiosk->db().queryText("SELECT code FROM sync_issue WHERE name = 'visit.register@1'"),
                 QStringLiteral("VISIT_SEALED_INVALID"));
        const qint64 registrations = m_desk->db().queryInt("SELECT count(*) FROM kiosk_registration");
        QVERIFY(sync(*m_desk).ok());
        QCOMPARE(m_desk->db().queryInt("SELECT count(*) FROM kiosk_registration"), registrations);
        QCOMPARE(m_desk->db().queryInt("SELECT count(*) FROM customer"), qint64(1));
    }

    void theKioskCannotEnrolAnOfficeFile()
    {
        // A standalone office that has been in use (its key, its office.init).
        const QString path = m_dir.filePath("standalone.db");
        {
            auto office = office::OpenOffice::open(path, m_clock, {}, QStringLiteral("独立售楼处"));
            QVERIFY(office.ok());
        }
        auto asKiosk = enroll(path, "front", "front-secret-1", "kiosk");
        QVERIFY(!asKiosk.ok());
        QCOMPARE(asKiosk.error().code, QStringLiteral("sync.kiosk_needs_new_file"));
        QVERIFY2(asKiosk.error().message.contains("new database"), qPrintable(asKiosk.error().message));
        // A kiosk user enrolling it as a desk: the hub refuses to take its data through a kiosk.
        auto asDesk = enroll(path, "front", "front-secret-1");
        QVERIFY(!asDesk.ok());
        QCOMPARE(asDesk.error().code, QStringLiteral("kiosk_needs_new_database"));
        auto db = storage::Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(!sync::SyncState::load(**db).enrolled);
        QVERIFY(sync::SyncState::load(**db).scope.isEmpty());
        QCOMPARE((*db)->queryText("SELECT name FROM office"), QStringLiteral("独立售楼处"));
    }
};

QTEST_GUILESS_MAIN(TstKioskSync)
#include "tst_kiosksync.moc"
