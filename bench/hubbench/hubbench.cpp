// shoulou-hubbench: durable hub throughput — mutations/s into hub.db (WAL, synchronous=FULL),
// pushed in batches the way desks push them, then the pull rate.
//   shoulou-hubbench [--ops 100000] [--batch 100] [--workstations 4] [--arg-bytes 400] [--dir DIR] [--tls]
// --tls sends the pushes through the real HubServer (TLS WebSocket on 127.0.0.1, the server on
// its own thread) instead of calling HubService directly.
//   shoulou-hubbench --database postgresql://… [--processes 3] [--offices 3] [--workstations 6] …
// starts that many `shoulou-hub serve` processes on one (empty) PostgreSQL database and pushes
// through all of them at once, the desks spread over processes and offices.
#include "hub/hubadmin.h"
#include "hub/hubcertificate.h"
#include "hub/hubdatadir.h"
#include "hub/hubkeys.h"
#include "hub/hubserver.h"
#include "hub/hubservice.h"
#include "hub/sqlitehubstore.h"
#include "util/clock.h"
#include "util/uuid.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QWebSocket>

#include <sodium.h>

#include <ctime>
#include <functional>

using namespace shoulou;

namespace {

struct Desk {
    QString id;
    QString token;
    QString userId;
    qint64 nextSeq = 1;
};

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QJsonObject enrollFrame(const QString &code, const QString &wsId)
{
    QByteArray pk(crypto_box_PUBLICKEYBYTES, '\0'), sk(crypto_box_SECRETKEYBYTES, '\0');
    crypto_box_keypair(reinterpret_cast<unsigned char *>(pk.data()), reinterpret_cast<unsigned char *>(sk.data()));
    return {{"t", "enroll"},
            {"id", 1},
            {"office_code", code},
            {"login", "bench"},
            {"password", "bench-password"},
            {"workstation_id", wsId},
            {"workstation_public_key", QString::fromLatin1(pk.toBase64())},
            {"kind", "desk"},
            {"has_history", false}};
}

QByteArray pushFrame(Desk &d, int batch, int argBytes, UuidV7 &uuid, const Clock &clock, qint64 id)
{
    QJsonArray ops;
    const QString payload(argBytes, QLatin1Char('x'));
    for (int i = 0; i < batch; ++i) {
        ops.append(QJsonObject{{"op_id", uuid.next()},
                               {"client_seq", d.nextSeq++},
                               {"name", "lead.ingest"},
                               {"version", 1},
                               {"args", QJsonObject{{"sealed", payload}, {"channel", "douyin"}}},
                               {"hlc", QString::number(clock.nowMs() << 16)},
                               {"user_id", d.userId},
                               {"created_at", clock.nowMs()},
                               {"result", QJsonObject{{"customer_id", uuid.next()}}}});
    }
    return QJsonDocument(QJsonObject{{"t", "push"}, {"id", id}, {"token", d.token}, {"mutations", ops}}).toJson(QJsonDocument::Compact);
}

// A synchronous socket client for the --tls mode.
class Client final : public QObject {
public:
    explicit Client(const QString &fingerprint)
    {
        connect(&socket, &QWebSocket::sslErrors, this, [this, fingerprint](const QList<QSslError> &errors) {
            if (hub::HubCertificate::fingerprintOf(socket.sslConfiguration().peerCertificate().toDer()) == fingerprint)
                socket.ignoreSslErrors(errors);
        });
        connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &t) {
            const QJsonObject o = QJsonDocument::fromJson(t.toUtf8()).object();
            if (!o.contains("id"))
                return;
            if (onReply)
                onReply(o);
            else
                last = o;
        });
    }
    bool open(quint16 port)
    {
        QEventLoop loop;
        connect(&socket, &QWebSocket::connected, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        socket.open(QUrl(QStringLiteral("wss://127.0.0.1:%1/v1").arg(port)));
        loop.exec();
        return socket.state() == QAbstractSocket::ConnectedState;
    }
    QJsonObject call(const QByteArray &frame)
    {
        last = {};
        socket.sendTextMessage(QString::fromUtf8(frame));
        while (last.isEmpty() && socket.state() == QAbstractSocket::ConnectedState)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        return last;
    }
    QWebSocket socket;
    QJsonObject last;
    std::function<void(const QJsonObject &)> onReply;
};

// `shoulou-hub serve` on a free loopback port, the port read from its "listening on" line.
struct ServeProcess {
    QProcess process;
    quint16 port = 0;
    bool start(const QString &data)
    {
        process.start(QStringLiteral(SHOULOU_HUB_BINARY), {"serve", "--data", data, "--listen", "127.0.0.1:0"});
        QString out;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 20000 && process.state() != QProcess::NotRunning) {
            process.waitForReadyRead(200);
            out += QString::fromUtf8(process.readAllStandardOutput());
            const int at = out.indexOf("listening on 127.0.0.1:");
            if (at >= 0 && out.indexOf('\n', at) > 0) {
                port = quint16(out.mid(at + 23, out.indexOf('\n', at) - at - 23).toUInt());
                return true;
            }
        }
        QTextStream(stderr) << out << process.readAllStandardError();
        return false;
    }
    ~ServeProcess()
    {
        process.terminate();
        process.waitForFinished(10000);
    }
};

int postgresBench(const QString &url, int processes, int offices, int desks, int total, int batch, int argBytes, const QString &parent)
{
    QTemporaryDir tmp(parent.isEmpty() ? QString() : parent + "/hubbench-XXXXXX");
    const QString data = tmp.filePath("hub");
    const Clock &clock = SystemClock::instance();
    hub::HubDataDir dir(data);
    auto fingerprint = dir.init(clock, url);
    if (!fingerprint) {
        QTextStream(stderr) << fingerprint.error().message << '\n';
        return 1;
    }
    QStringList codes;
    {
        auto opened = dir.open();
        if (!opened)
            return 1;
        hub::HubAdmin admin(*opened->store, clock);
        for (int o = 0; o < offices; ++o) {
            codes << admin.addOffice(QStringLiteral("压测售楼处%1").arg(o + 1))->code;
            if (!admin.addUser(codes.last(), "bench", "Bench", "manager", "bench-password"))
                return 1;
        }
    }
    std::vector<std::unique_ptr<ServeProcess>> hubs;
    for (int i = 0; i < processes; ++i) {
        hubs.push_back(std::make_unique<ServeProcess>());
        if (!hubs.back()->start(data))
            return 1;
    }
    UuidV7 uuid(clock);
    QList<Desk> ds(desks);
    std::vector<std::unique_ptr<Client>> clients;
    for (int d = 0; d < desks; ++d) {
        clients.push_back(std::make_unique<Client>(*fingerprint));
        if (!clients.back()->open(hubs[size_t(d % processes)]->port))
            return 1;
        ds[d].id = uuid.next();
        const QJsonObject r = clients.back()->call(
            QJsonDocument(enrollFrame(codes.at(d % offices), ds[d].id)).toJson(QJsonDocument::Compact));
        ds[d].token = r.value("token").toString();
        ds[d].userId = r.value("user").toObject().value("id").toString();
        if (ds[d].token.isEmpty()) {
            QTextStream(stderr) << QJsonDocument(r).toJson();
            return 1;
        }
    }
    QList<QList<QByteArray>> queues(desks);
    int frames = 0;
    for (int n = 0, i = 0; n < total; n += batch, ++i, ++frames)
        queues[i % desks].append(pushFrame(ds[i % desks], std::min(batch, total - n), argBytes, uuid, clock, i + 2));
    qint64 done = 0;
    int replies = 0;
    bool failed = false;
    QEventLoop wait;
    QElapsedTimer t;
    t.start();
    for (int d = 0; d < desks; ++d) {
        Client *c = clients[size_t(d)].get();
        c->onReply = [&, d, c](const QJsonObject &r) {
            if (!r.value("ok").toBool()) {
                QTextStream(stderr) << QJsonDocument(r).toJson();
                failed = true;
            }
            done += r.value("acks").toArray().size();
            if (++replies == frames || failed)
                wait.quit();
            if (!queues[d].isEmpty())
                c->socket.sendTextMessage(QString::fromUtf8(queues[d].takeFirst()));
        };
        if (!queues[d].isEmpty())
            c->socket.sendTextMessage(QString::fromUtf8(queues[d].takeFirst()));
    }
    wait.exec();
    if (failed)
        return 1;
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    out() << QStringLiteral("push (PostgreSQL, %1 hub processes, %2 offices, %3 desks, %4 ops in batches of %5, %6-byte args): %7 durable "
                            "mutations/s (%8 s)\n")
                 .arg(processes)
                 .arg(offices)
                 .arg(desks)
                 .arg(done)
                 .arg(batch)
                 .arg(argBytes)
                 .arg(qRound(double(done) / seconds))
                 .arg(seconds, 0, 'f', 2);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("shoulou.*.debug=false\nshoulou.*.info=false"));
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({"ops", "Mutations to push (default 100000).", "N", "100000"});
    p.addOption({"batch", "Mutations per push (default 100, the protocol's maximum).", "N", "100"});
    p.addOption({"workstations", "Desks pushing in turn (default 4).", "N", "4"});
    p.addOption({"arg-bytes", "Size of each mutation's arguments (default 400).", "N", "400"});
    p.addOption({"dir", "Where the hub's data directory goes (default: a temporary one).", "DIR"});
    p.addOption({"tls", "Push through HubServer over TLS WebSockets on 127.0.0.1."});
    p.addOption({"database", "An empty PostgreSQL database (postgresql://…): the hub goes there, served by --processes.", "URL"});
    p.addOption({"processes", "shoulou-hub serve processes on the PostgreSQL database (default 3).", "N", "3"});
    p.addOption({"offices", "Offices the desks are spread over, with --database (default 3).", "N", "3"});
    p.process(app);
    const int total = p.value("ops").toInt(), batch = p.value("batch").toInt(), desks = p.value("workstations").toInt();
    const int argBytes = p.value("arg-bytes").toInt();
    if (total < 1 || batch < 1 || batch > 100 || desks < 1) {
        QTextStream(stderr) << "bad options\n";
        return 2;
    }
    if (sodium_init() < 0)
        return 1;
    if (p.isSet("database"))
        return postgresBench(p.value("database"), std::max(1, p.value("processes").toInt()), std::max(1, p.value("offices").toInt()), desks,
                             total, batch, argBytes, p.value("dir"));

    QTemporaryDir tmp(p.isSet("dir") ? p.value("dir") + "/hubbench-XXXXXX" : QString());
    const QString dataPath = tmp.filePath("hub");
    const Clock &clock = SystemClock::instance();
    hub::HubDataDir dir(dataPath);
    auto fingerprint = dir.init(clock);
    if (!fingerprint) {
        QTextStream(stderr) << fingerprint.error().message << '\n';
        return 1;
    }
    auto opened = dir.open();
    if (!opened)
        return 1;
    QString code;
    {
        hub::HubAdmin admin(*opened->store, clock);
        code = admin.addOffice("压测售楼处")->code;
        if (!admin.addUser(code, "bench", "Bench", "manager", "bench-password"))
            return 1;
    }
    UuidV7 uuid(clock);
    QList<Desk> ds(desks);
    qint64 done = 0;
    double seconds = 0;

    if (!p.isSet("tls")) {
        hub::HubService service(*opened->store, *opened->keys, clock);
        for (Desk &d : ds) {
            d.id = uuid.next();
            const QJsonObject r = service.handle(enrollFrame(code, d.id), hub::Peer{"127.0.0.1"});
            d.token = r.value("token").toString();
            d.userId = r.value("user").toObject().value("id").toString();
        }
        // Frames are built before the clock starts: the figure is the hub's, not the bench's.
        QList<QByteArray> frames;
        for (int n = 0, i = 0; n < total; n += batch, ++i)
            frames.append(pushFrame(ds[i % desks], std::min(batch, total - n), argBytes, uuid, clock, i + 2));
        QElapsedTimer t;
        t.start();
        const std::clock_t cpuStart = std::clock();
        for (const QByteArray &f : std::as_const(frames)) {
            const QJsonObject r = QJsonDocument::fromJson(service.handleText(f, hub::Peer{"127.0.0.1"})).object();
            if (!r.value("ok").toBool()) {
                QTextStream(stderr) << QJsonDocument(r).toJson();
                return 1;
            }
            done += r.value("acks").toArray().size();
        }
        seconds = double(t.nsecsElapsed()) / 1e9;
        const double cpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        out() << QStringLiteral("push (HubService, %1 ops in batches of %2, %3 desks, %4-byte args): %5 durable mutations/s (%6 s, "
                                "of which %7 s on the CPU; the rest waiting for fsync or for the CPU)\n")
                     .arg(done)
                     .arg(batch)
                     .arg(desks)
                     .arg(argBytes)
                     .arg(qRound(double(done) / seconds))
                     .arg(seconds, 0, 'f', 2)
                     .arg(cpu, 0, 'f', 2);
        // Pull: the whole log, 1 000 per page, as a desk catching up reads it.
        t.restart();
        qint64 cursor = 0, pulled = 0;
        for (int id = 100000;; ++id) {
            const QJsonObject r = QJsonDocument::fromJson(
                                      service.handleText(
                                          QJsonDocument(QJsonObject{{"t", "pull"}, {"id", id}, {"token", ds[0].token}, {"since", cursor}})
                                              .toJson(QJsonDocument::Compact),
                                          hub::Peer{"127.0.0.1"}))
                                      .object();
            pulled += r.value("ops").toArray().size();
            cursor = r.value("to").toInteger();
            if (!r.value("has_more").toBool())
                break;
        }
        const double pullSeconds = double(t.nsecsElapsed()) / 1e9;
        out() << QStringLiteral("pull (1000 per page): %1 ops/s (%2 ops in %3 s)\n")
                     .arg(qRound(double(pulled) / pullSeconds))
                     .arg(pulled)
                     .arg(pullSeconds, 0, 'f', 2);
    } else {
        // The server on its own thread with the store; this thread is the desks' side.
        QThread serverThread;
        serverThread.start();
        auto tls = hub::HubServer::tlsConfiguration(dir.certificatePath(), dir.tlsKeyPath());
        hub::HubServer *server = nullptr;
        opened->store.reset(); // the server thread opens its own connection
        std::unique_ptr<hub::HubDataDir::Opened> serverSide;
        quint16 port = 0;
        QObject anchor;
        anchor.moveToThread(&serverThread);
        QMetaObject::invokeMethod(
            &anchor,
            [&] {
                auto o = dir.open();
                serverSide = std::make_unique<hub::HubDataDir::Opened>(std::move(o).value());
                server = new hub::HubServer(*serverSide->store, *serverSide->keys, clock);
                (void)server->listen(QHostAddress::LocalHost, 0, *tls);
                port = server->port();
            },
            Qt::BlockingQueuedConnection);
        std::vector<std::unique_ptr<Client>> clients;
        for (Desk &d : ds) {
            clients.push_back(std::make_unique<Client>(*fingerprint));
            if (!clients.back()->open(port))
                return 1;
            d.id = uuid.next();
            const QJsonObject r = clients.back()->call(QJsonDocument(enrollFrame(code, d.id)).toJson(QJsonDocument::Compact));
            d.token = r.value("token").toString();
            d.userId = r.value("user").toObject().value("id").toString();
        }
        QList<QByteArray> frames;
        for (int n = 0, i = 0; n < total; n += batch, ++i)
            frames.append(pushFrame(ds[i % desks], std::min(batch, total - n), argBytes, uuid, clock, i + 2));
        // Each desk keeps one push in flight, as desks pushing at the same time do: the next
        // frame of a desk goes out when its previous one is acknowledged.
        QList<QList<QByteArray>> queues(desks);
        for (int i = 0; i < frames.size(); ++i)
            queues[i % desks].append(frames.at(i));
        int replies = 0;
        bool failed = false;
        QEventLoop wait;
        QElapsedTimer t;
        t.start();
        for (int d = 0; d < desks; ++d) {
            Client *c = clients[size_t(d)].get();
            c->onReply = [&, d, c](const QJsonObject &r) {
                if (!r.value("ok").toBool()) {
                    QTextStream(stderr) << QJsonDocument(r).toJson();
                    failed = true;
                }
                done += r.value("acks").toArray().size();
                if (++replies == frames.size() || failed)
                    wait.quit();
                if (!queues[d].isEmpty())
                    c->socket.sendTextMessage(QString::fromUtf8(queues[d].takeFirst()));
            };
            if (!queues[d].isEmpty())
                c->socket.sendTextMessage(QString::fromUtf8(queues[d].takeFirst()));
        }
        wait.exec();
        if (failed)
            return 1;
        seconds = double(t.nsecsElapsed()) / 1e9;
        out() << QStringLiteral("push (TLS WebSocket, %1 ops in batches of %2, %3 desks, %4-byte args): %5 durable mutations/s (%6 s)\n")
                     .arg(done)
                     .arg(batch)
                     .arg(desks)
                     .arg(argBytes)
                     .arg(qRound(double(done) / seconds))
                     .arg(seconds, 0, 'f', 2);
        clients.clear();
        QMetaObject::invokeMethod(
            &anchor,
            [&] {
                delete server;
                serverSide.reset();
            },
            Qt::BlockingQueuedConnection);
        serverThread.quit();
        serverThread.wait();
    }
    return 0;
}
