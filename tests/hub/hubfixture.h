#pragma once

#include "hub/hubadmin.h"
#include "hub/hubdatadir.h"
#include "hub/hubkeys.h"
#include "hub/hubservice.h"
#include "hub/sqlitehubstore.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "util/clock.h"
#include "util/uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sodium.h>

#include <memory>

namespace shoulou::test {

// A workstation as the tests play it: its id, X25519 key pair, session token and next client_seq.
struct TestDesk {
    QString id;
    QByteArray publicKey;
    QByteArray secretKey;
    QString token;
    QString userId;
    qint64 nextClientSeq = 1;
};

// A real hub data directory (init'ed, hub.db on disk) in a temporary directory, a manual
// clock, the admin commands and one HubService — what the hub tests start from.
class TestHub final {
public:
    // `databaseUrl`: the hub on PostgreSQL (an empty database) instead of hub.db.
    explicit TestHub(const QString &databaseUrl = {})
        : m_uuid(m_clock)
    {
        m_clock.setMs(1'760'000'000'000);
        QVERIFY(m_dir.isValid());
        auto fp = dataDir().init(m_clock, databaseUrl);
        QVERIFY2(fp.ok(), fp.ok() ? "" : qPrintable(fp.error().message));
        fingerprint = fp.ok() ? *fp : QString();
        reopen();
    }

    // Closes and reopens the store (a hub restart), keeping the clock.
    void reopen()
    {
        service.reset();
        opened.reset();
        if (fingerprint.isEmpty())
            return;
        auto o = dataDir().open(&m_clock);
        QVERIFY2(o.ok(), o.ok() ? "" : qPrintable(o.error().message));
        opened = std::make_unique<hub::HubDataDir::Opened>(std::move(o).value());
        service = std::make_unique<hub::HubService>(*opened->store, *opened->keys, m_clock, [this](const QString &office, qint64 seq) {
            pokes.append({office, seq});
        });
    }
    void close()
    {
        service.reset();
        opened.reset();
    }

    bool ok() const { return opened != nullptr; } // false: the constructor failed (and said why)
    hub::HubDataDir dataDir() const { return hub::HubDataDir(m_dir.path()); }
    QString dir() const { return m_dir.path(); }
    hub::SqliteHubStore &store() { return static_cast<hub::SqliteHubStore &>(*opened->store); } // SQLite hubs only
    hub::HubStore &anyStore() { return *opened->store; }
    hub::HubAdmin admin() { return hub::HubAdmin(*opened->store, m_clock); }
    ManualClock &clock() { return m_clock; }
    QString newUuid() { return m_uuid.next(); }

    QString addOffice(const QString &name = QStringLiteral("深圳湾一号售楼处"))
    {
        auto o = admin().addOffice(name);
        [&] { QVERIFY2(o.ok(), o.ok() ? "" : qPrintable(o.error().message)); }();
        return o.ok() ? o->code : QString();
    }
    hub::UserRecord addUser(const QString &code, const QString &login, const QString &role,
                            const QString &password = QStringLiteral("password1"))
    {
        auto u = admin().addUser(code, login, login.toUpper(), role, password);
        [&] { QVERIFY2(u.ok(), u.ok() ? "" : qPrintable(u.error().message)); }();
        return u.ok() ? *u : hub::UserRecord{};
    }

    QJsonObject call(const QJsonObject &frame, const QString &address = QStringLiteral("10.0.0.7"))
    {
        QJsonObject f = frame;
        if (!f.contains(QLatin1String("id")))
            f.insert(QStringLiteral("id"), ++m_frameId);
        return service->handle(f, hub::Peer{address});
    }

    TestDesk newDesk()
    {
        TestDesk d;
        d.id = newUuid();
        d.publicKey.resize(crypto_box_PUBLICKEYBYTES);
        d.secretKey.resize(crypto_box_SECRETKEYBYTES);
        crypto_box_keypair(reinterpret_cast<unsigned char *>(d.publicKey.data()), reinterpret_cast<unsigned char *>(d.secretKey.data()));
        return d;
    }

    QJsonObject enrollFrame(const TestDesk &d, const QString &code, const QString &login,
                            const QString &password = QStringLiteral("password1"), const QString &kind = QStringLiteral("desk"),
                            bool hasHistory = false, qint64 historySeq = -1)
    {
        QJsonObject f{{QStringLiteral("t"), QStringLiteral("enroll")},
                      {QStringLiteral("office_code"), code},
                      {QStringLiteral("login"), login},
                      {QStringLiteral("password"), password},
                      {QStringLiteral("workstation_id"), d.id},
                      {QStringLiteral("workstation_public_key"), QString::fromLatin1(d.publicKey.toBase64())},
                      {QStringLiteral("kind"), kind},
                      {QStringLiteral("has_history"), hasHistory}};
        if (historySeq >= 0)
            f.insert(QStringLiteral("history_client_seq"), historySeq);
        return f;
    }

    // Enrolls `d` and keeps its token; fails the test if refused.
    QJsonObject enroll(TestDesk &d, const QString &code, const QString &login, const QString &kind = QStringLiteral("desk"),
                       bool hasHistory = false, qint64 historySeq = -1)
    {
        const QJsonObject r = call(enrollFrame(d, code, login, QStringLiteral("password1"), kind, hasHistory, historySeq));
        [&] { QVERIFY2(r.value("ok").toBool(), QJsonDocument(r).toJson().constData()); }();
        d.token = r.value("token").toString();
        d.userId = r.value("user").toObject().value("id").toString();
        return r;
    }

    // The office's key, as the first desk gives it (set_office_key, sealed to the hub): what an
    // office needs before a reception kiosk may enrol. Fails the test if refused.
    void giveOfficeKey(const TestDesk &d, const QByteArray &officeKey = QByteArray(32, '\x5C'))
    {
        const QByteArray sealed = *hub::HubKeys::sealTo(opened->keys->publicKey(), officeKey);
        const QJsonObject r = call({{QStringLiteral("t"), QStringLiteral("set_office_key")},
                                    {QStringLiteral("token"), d.token},
                                    {QStringLiteral("office_key_sealed_for_hub"), QString::fromLatin1(sealed.toBase64())}});
        [&] { QVERIFY2(r.value("ok").toBool(), QJsonDocument(r).toJson().constData()); }();
    }

    // One op as a desk's outbox would send it.
    QJsonObject op(TestDesk &d, const QString &name, const QJsonObject &args = {}, QString userId = QStringLiteral("<desk>"),
                   int version = 1)
    {
        if (userId == QLatin1String("<desk>"))
            userId = d.userId;
        return {{QStringLiteral("op_id"), newUuid()},
                {QStringLiteral("client_seq"), d.nextClientSeq++},
                {QStringLiteral("name"), name},
                {QStringLiteral("version"), version},
                {QStringLiteral("args"), args},
                {QStringLiteral("hlc"), QString::number(qint64(m_clock.nowMs()) << 16)},
                {QStringLiteral("user_id"), userId.isEmpty() ? QJsonValue() : QJsonValue(userId)},
                {QStringLiteral("created_at"), m_clock.nowMs()},
                {QStringLiteral("result"), QJsonObject()}};
    }

    QJsonObject push(const TestDesk &d, const QJsonArray &ops)
    {
        return call(
            {{QStringLiteral("t"), QStringLiteral("push")}, {QStringLiteral("token"), d.token}, {QStringLiteral("mutations"), ops}});
    }
    QJsonObject pull(const TestDesk &d, qint64 since, int limit = 1000)
    {
        return call({{QStringLiteral("t"), QStringLiteral("pull")},
                     {QStringLiteral("token"), d.token},
                     {QStringLiteral("since"), since},
                     {QStringLiteral("limit"), limit}});
    }
    QJsonObject hello(const TestDesk &d, qint64 cursor, const QString &epoch)
    {
        return call({{QStringLiteral("t"), QStringLiteral("hello")},
                     {QStringLiteral("token"), d.token},
                     {QStringLiteral("protocol_version"), 1},
                     {QStringLiteral("workstation_id"), d.id},
                     {QStringLiteral("hub_epoch"), epoch},
                     {QStringLiteral("cursor"), cursor}});
    }
    QString epoch()
    {
        auto m = anyStore().meta();
        return m.ok() ? m->epoch : QString();
    }

    // Every row of every table, for "this frame changed nothing".
    QString dump()
    {
        auto &db = store().database();
        QStringList out;
        QStringList tables;
        {
            storage::Statement st(db.handle(), "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
            while (st.step())
                tables << st.text(0);
        }
        for (const QString &t : tables) {
            int columns = 0;
            {
                const QByteArray info = "SELECT count(*) FROM pragma_table_info('" + t.toUtf8() + "')";
                storage::Statement st(db.handle(), info.constData());
                if (st.step())
                    columns = int(st.int64(0));
            }
            const QByteArray sql = "SELECT * FROM " + t.toUtf8();
            storage::Statement st(db.handle(), sql.constData());
            while (st.step()) {
                QStringList row;
                for (int c = 0; c < columns; ++c)
                    row << st.text(c) + QLatin1Char('/') + QString::fromLatin1(st.blob(c).toHex());
                out << t + QLatin1Char(':') + row.join(QLatin1Char('|'));
            }
        }
        return out.join(QLatin1Char('\n'));
    }

    QString fingerprint;
    std::unique_ptr<hub::HubDataDir::Opened> opened;
    std::unique_ptr<hub::HubService> service;
    QList<QPair<QString, qint64>> pokes;

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    UuidV7 m_uuid;
    qint64 m_frameId = 0;
};

inline QString errorCode(const QJsonObject &reply)
{
    return reply.value("error").toObject().value("code").toString();
}

inline QString show(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace shoulou::test
