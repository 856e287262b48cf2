// Bad frames: oversized, too deep, not JSON, not an object, wrongly typed fields — each answered
// with a bad_frame error naming the field, and each changes nothing.
#include "hubfixture.h"

#include "hub/framereader.h"

using namespace shoulou;
using namespace shoulou::test;

namespace {

QJsonObject reply(TestHub &hub, const QByteArray &text)
{
    return QJsonDocument::fromJson(hub.service->handleText(text, hub::Peer{"10.1.1.1"})).object();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestHubFrames final : public QObject {
    Q_OBJECT

    TestHub *m_hub = nullptr;
    TestDesk m_desk;
    QJsonObject m_goodPush;

private slots:
    void init()
    {
        m_hub = new TestHub;
        const QString code = m_hub->addOffice();
        m_hub->addUser(code, "wang", "manager");
        m_desk = m_hub->newDesk();
        m_hub->enroll(m_desk, code, "wang");
        QVERIFY(m_hub->push(m_desk, {m_hub->op(m_desk, "office.init")}).value("ok").toBool());
        m_goodPush = {{"t", "push"}, {"id", 7}, {"token", m_desk.token}, {"mutations", QJsonArray{m_hub->op(m_desk, "channel.create")}}};
    }
    void cleanup()
    {
        delete m_hub;
        m_hub = nullptr;
    }

    void oversizedFrame()
    {
        const QString before = m_hub->dump();
        QJsonObject big = m_goodPush;
        QJsonObject op = big["mutations"].toArray().at(0).toObject();
        op["args"] = QJsonObject{{"blob", QString(1024 * 1024, 'x')}};
        big["mutations"] = QJsonArray{op};
        const QByteArray text = compact(big);
        QVERIFY(text.size() > hub::kMaxFrameBytes);
        const QJsonObject r = reply(*m_hub, text);
        QCOMPARE(errorCode(r), QString("bad_frame"));
        QVERIFY(r.value("error").toObject().value("message").toString().contains("1 MiB"));
        QCOMPARE(m_hub->dump(), before);
        // Just under the limit is a frame like any other.
        op["args"] = QJsonObject{{"blob", QString(1000 * 1000, 'x')}};
        big["mutations"] = QJsonArray{op};
        QVERIFY(reply(*m_hub, compact(big)).value("ok").toBool());
    }

    void deepNesting()
    {
        const QString before = m_hub->dump();
        // 33 levels: the frame itself, and 32 nested objects in args.
        QByteArray args;
        for (int i = 0; i < 31; ++i)
            args += "{\"a\":";
        args += "1";
        for (int i = 0; i < 31; ++i)
            args += "}";
        QByteArray text = compact(m_goodPush);
        text.replace("\"args\":{}", "\"args\":" + args);
        QJsonObject r = reply(*m_hub, text);
        QCOMPARE(errorCode(r), QString("bad_frame"));
        QVERIFY(r.value("error").toObject().value("message").toString().contains("32"));
        QCOMPARE(m_hub->dump(), before);
        // Brackets inside strings do not count.
        text = compact(m_goodPush);
        text.replace("\"args\":{}", "\"args\":{\"s\":\"" + QByteArray(100, '[') + "\"}");
        QVERIFY(reply(*m_hub, text).value("ok").toBool());
        // A flood of brackets never reaches the parser.
        r = reply(*m_hub, QByteArray(500000, '['));
        QCOMPARE(errorCode(r), QString("bad_frame"));
    }

    void notJsonOrNotAnObject()
    {
        const QString before = m_hub->dump();
        for (const QByteArray &text : {QByteArray("not json"), QByteArray("[1,2,3]"), QByteArray("42"), QByteArray("\"push\""),
                                       QByteArray("{\"t\":\"push\""), QByteArray(""), QByteArray("{\"t\":\"push\",\"id\":1}garbage")}) {
            const QJsonObject r = reply(*m_hub, text);
            QCOMPARE(errorCode(r), QString("bad_frame"));
            QCOMPARE(r.value("id").toInteger(), 0);
            QCOMPARE(r.value("ok").toBool(true), false);
        }
        QCOMPARE(m_hub->dump(), before);
    }

    void wronglyTypedFields_data()
    {
        QTest::addColumn<QString>("path"); // "key" or "mutations.key"
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("id text") << "id" << QJsonValue("7") << "id";
        QTest::newRow("id fraction") << "id" << QJsonValue(1.5) << "id";
        QTest::newRow("t missing") << "t" << QJsonValue(QJsonValue::Undefined) << "t";
        QTest::newRow("t unknown") << "t" << QJsonValue("explode") << "t";
        QTest::newRow("token number") << "token" << QJsonValue(5) << "token";
        QTest::newRow("mutations object") << "mutations" << QJsonValue(QJsonObject{}) << "mutations";
        QTest::newRow("mutations too many") << "mutations" << QJsonValue(QJsonArray()) << "mutations";
        QTest::newRow("op not object") << "mutations.0" << QJsonValue(5) << "mutations[0]";
        QTest::newRow("client_seq text") << "mutations.client_seq" << QJsonValue("2") << "mutations[0].client_seq";
        QTest::newRow("client_seq zero") << "mutations.client_seq" << QJsonValue(0) << "mutations[0].client_seq";
        QTest::newRow("op_id not uuid") << "mutations.op_id" << QJsonValue("op-1") << "mutations[0].op_id";
        QTest::newRow("name missing") << "mutations.name" << QJsonValue(QJsonValue::Undefined) << "mutations[0].name";
        QTest::newRow("version fraction") << "mutations.version" << QJsonValue(1.5) << "mutations[0].version";
        QTest::newRow("args list") << "mutations.args" << QJsonValue(QJsonArray{1}) << "mutations[0].args";
        QTest::newRow("hlc text") << "mutations.hlc" << QJsonValue("0x0193") << "mutations[0].hlc";
        QTest::newRow("user_id number") << "mutations.user_id" << QJsonValue(5) << "mutations[0].user_id";
        QTest::newRow("created_at bool") << "mutations.created_at" << QJsonValue(true) << "mutations[0].created_at";
        QTest::newRow("result text") << "mutations.result" << QJsonValue("ok") << "mutations[0].result";
    }

    void wronglyTypedFields()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        const QString before = m_hub->dump();
        QJsonObject frame = m_goodPush;
        if (path.startsWith("mutations.")) {
            const QString key = path.mid(10);
            QJsonArray ops = frame["mutations"].toArray();
            if (key == "0") {
                ops[0] = value;
            } else {
                QJsonObject op = ops.at(0).toObject();
                if (value.isUndefined())
                    op.remove(key);
                else
                    op[key] = value;
                ops[0] = op;
            }
            frame["mutations"] = ops;
        } else if (path == "mutations" && value.isArray()) {
            QJsonArray many;
            for (int i = 0; i < 101; ++i)
                many.append(m_hub->op(m_desk, "channel.create"));
            frame["mutations"] = many;
        } else if (value.isUndefined()) {
            frame.remove(path);
        } else {
            frame[path] = value;
        }
        const QJsonObject r = reply(*m_hub, compact(frame));
        QCOMPARE(errorCode(r), QString("bad_frame"));
        QCOMPARE(r.value("error").toObject().value("field").toString(), field);
        QVERIFY(!r.value("error").toObject().value("message").toString().isEmpty());
        QCOMPARE(m_hub->dump(), before);
    }

    void otherFramesAreCheckedToo_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("field");
        QTest::newRow("enroll key wrong size")
            << QByteArray(
                   R"({"t":"enroll","id":1,"office_code":"X","login":"a","password":"b","workstation_id":"01a2347a-db85-7cb9-84b7-aaa61023ea7d","workstation_public_key":"AAAA","kind":"desk","has_history":false})")
            << "workstation_public_key";
        QTest::newRow("enroll bool text")
            << QByteArray(
                   R"({"t":"enroll","id":1,"office_code":"X","login":"a","password":"b","workstation_id":"01a2347a-db85-7cb9-84b7-aaa61023ea7d","workstation_public_key":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=","kind":"desk","has_history":"no"})")
            << "has_history";
        QTest::newRow("pull since negative") << QByteArray(R"({"t":"pull","id":1,"token":"x","since":-1})") << "since";
        QTest::newRow("pull limit text") << QByteArray(R"({"t":"pull","id":1,"token":"x","since":0,"limit":"10"})") << "limit";
        QTest::newRow("hello cursor missing")
            << QByteArray(
                   R"({"t":"hello","id":1,"token":"x","protocol_version":1,"workstation_id":"01a2347a-db85-7cb9-84b7-aaa61023ea7d"})")
            << "cursor";
        QTest::newRow("signin login list")
            << QByteArray(R"({"t":"signin","id":1,"workstation_id":"01a2347a-db85-7cb9-84b7-aaa61023ea7d","login":["a"],"password":"b"})")
            << "login";
        QTest::newRow("set_office_key not base64")
            << QByteArray(R"({"t":"set_office_key","id":1,"token":"x","office_key_sealed_for_hub":"***"})") << "office_key_sealed_for_hub";
    }

    void otherFramesAreCheckedToo()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, field);
        const QString before = m_hub->dump();
        const QJsonObject r = reply(*m_hub, frame);
        QCOMPARE(errorCode(r), QString("bad_frame"));
        QCOMPARE(r.value("error").toObject().value("field").toString(), field);
        QCOMPARE(r.value("id").toInteger(), 1);
        QCOMPARE(m_hub->dump(), before);
    }

    void pingAndPong()
    {
        QJsonObject r = reply(*m_hub, R"({"t":"ping","id":3})");
        QCOMPARE(r.value("t").toString(), QString("pong"));
        QCOMPARE(r.value("id").toInteger(), 3);
        QVERIFY(m_hub->service->handleText(R"({"t":"pong","id":4})", hub::Peer{}).isEmpty()); // nothing to answer
    }
};

QTEST_GUILESS_MAIN(TestHubFrames)
#include "tst_hubframes.moc"
