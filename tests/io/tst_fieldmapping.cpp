#include "io/fieldmapping.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace shoulou::io;

Q_DECLARE_METATYPE(shoulou::io::LeadField)

class TestFieldMapping final : public QObject {
    Q_OBJECT
private slots:
    void autoMapping_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<LeadField>("field");
        QTest::addColumn<QString>("platform");
        const QList<std::pair<LeadField, QStringList>> table{
            {LeadField::Name,
             {"姓名", "客户姓名", "客户名称", "name", "客户", "联系人", "Name", " NAME ", "*姓名", "姓名*", "姓名（必填）", "ｎａｍｅ",
              "客户 姓名"}},
            {LeadField::Phone,
             {"手机", "手机号", "手机号码", "电话", "联系电话", "联系方式", "phone", "mobile", "tel", "Phone", "手机号（必填）",
              "*手机号码*", "ＰＨＯＮＥ", "手机2", "客户手机号码"}},
            {LeadField::ResidentId,
             {"身份证", "身份证号", "身份证号码", "证件号", "证件号码", "id_number", "id_card", "ID Number", "购房人身份证号"}},
            {LeadField::Channel, {"渠道", "来源", "来源渠道", "channel", "source", "Source"}},
            {LeadField::Time, {"时间", "留资时间", "创建时间", "到访时间", "created_at", "time", "date", "Created At"}},
            {LeadField::Remark, {"备注", "remark", "note", "notes", "Notes"}},
            {LeadField::Ignore, {"楼盘", "置业顾问", "", "电话回访时间", "用户昵称"}},
        };
        for (const auto &[field, names] : table) {
            for (const auto &name : names)
                QTest::addRow("%s", qPrintable(name.isEmpty() ? QStringLiteral("<empty>") : name)) << name << field << QString();
        }
        QTest::newRow("open_id") << "open_id" << LeadField::PlatformId << "douyin";
        QTest::newRow("openid") << "OpenID" << LeadField::PlatformId << "douyin";
        QTest::newRow("union_id") << "union_id" << LeadField::PlatformId << "wechat";
        QTest::newRow("unionid") << "unionid" << LeadField::PlatformId << "wechat";
        QTest::newRow("member_id") << "member_id" << LeadField::PlatformId << "anjuke";
        QTest::newRow("fingerprint") << "fingerprint" << LeadField::PlatformId << "fingerprint";
        QTest::newRow("device_id") << "device_id" << LeadField::PlatformId << "fingerprint";
    }
    void autoMapping()
    {
        QFETCH(QString, header);
        QFETCH(LeadField, field);
        QFETCH(QString, platform);
        const auto mapping = FieldMapping::fromHeader({QStringLiteral("楼盘"), header});
        QCOMPARE(mapping.columns().size(), 2);
        QCOMPARE(mapping.columns().at(1).column, 1);
        QCOMPARE(mapping.columns().at(1).field, field);
        QCOMPARE(mapping.columns().at(1).platform, platform);
    }

    // The profile columns of an office's own Excel list are recognised, and a mapping file
    // may name them.
    void profileColumns()
    {
        const QStringList header{"姓名", "手机", "性别", "预算（万）", "意向户型", "面积", "意向楼栋", "归属顾问", "备注"};
        const auto mapping = FieldMapping::fromHeader(header);
        QCOMPARE(mapping.columnFor(LeadField::Gender), 2);
        QCOMPARE(mapping.columnFor(LeadField::Budget), 3);
        QCOMPARE(mapping.columnFor(LeadField::Layout), 4);
        QCOMPARE(mapping.columnFor(LeadField::Area), 5);
        QCOMPARE(mapping.columnFor(LeadField::Building), 6);
        QCOMPARE(mapping.columnFor(LeadField::Owner), 7);
        QCOMPARE(mapping.columnFor(LeadField::Remark), 8);
        auto fromFile = FieldMapping::fromJson(R"({"columns": {"客户性别": "gender", "总价": "budget", "顾问": "owner"}})",
                                               {"手机", "客户性别", "总价", "顾问"});
        QVERIFY2(fromFile.ok(), fromFile.ok() ? "" : qPrintable(fromFile.error().message));
        QCOMPARE(fromFile->columnFor(LeadField::Gender), 1);
        QCOMPARE(fromFile->columnFor(LeadField::Budget), 2);
        QCOMPARE(fromFile->columnFor(LeadField::Owner), 3);
        QVERIFY(QString::fromUtf8(fromFile->toJson({"手机", "客户性别", "总价", "顾问"})).contains(QStringLiteral("\"budget\"")));
    }

    void firstMatchWins()
    {
        const QStringList header{"姓名", "手机", "客户名称", "电话", "open_id", "openid", "备注"};
        const auto mapping = FieldMapping::fromHeader(header);
        QCOMPARE(mapping.columnFor(LeadField::Name), 0);
        QCOMPARE(mapping.columns().at(2).field, LeadField::Ignore); // second name column
        QCOMPARE(mapping.columns().at(1).field, LeadField::Phone);
        QCOMPARE(mapping.columns().at(3).field, LeadField::Phone); // several phones allowed
        QCOMPARE(mapping.columns().at(4).field, LeadField::PlatformId);
        QCOMPARE(mapping.columns().at(5).field, LeadField::Ignore);
        QCOMPARE(mapping.columnFor(LeadField::Remark), 6);
        QCOMPARE(mapping.columnFor(LeadField::Time), -1);
        QVERIFY(mapping.hasIdentityColumn());
        QVERIFY(!FieldMapping::fromHeader({"姓名", "备注"}).hasIdentityColumn());
    }

    void jsonOverride()
    {
        const QStringList header{"用户昵称", "联系手机", "open_id", "客户", "无关列", "备注"};
        const QByteArray json = R"({ "channel": "抖音",
            "columns": { "用户昵称": "name", "联系手机": "phone",
                         "open_id": { "field": "platform_id", "platform": "douyin" },
                         "无关列": "ignore" } })";
        auto mapping = FieldMapping::fromJson(json, header);
        QVERIFY2(mapping.ok(), qPrintable(mapping.ok() ? QString() : mapping.error().message));
        QCOMPARE(mapping->defaultChannel(), QStringLiteral("抖音"));
        QCOMPARE(mapping->columnFor(LeadField::Name), 0);
        QCOMPARE(mapping->columns().at(3).field, LeadField::Ignore); // the explicit name wins
        QCOMPARE(mapping->columns().at(1).field, LeadField::Phone);
        QCOMPARE(mapping->columns().at(2).platform, QStringLiteral("douyin"));
        QCOMPARE(mapping->columns().at(4).field, LeadField::Ignore);
        QCOMPARE(mapping->columns().at(5).field, LeadField::Remark); // kept from the guess

        // toJson round-trips.
        const QByteArray saved = mapping->toJson(header);
        auto again = FieldMapping::fromJson(saved, header);
        QVERIFY(again.ok());
        QCOMPARE(again->defaultChannel(), mapping->defaultChannel());
        QCOMPARE(again->columns().size(), mapping->columns().size());
        for (int i = 0; i < header.size(); ++i) {
            QCOMPARE(again->columns().at(i).field, mapping->columns().at(i).field);
            QCOMPARE(again->columns().at(i).platform, mapping->columns().at(i).platform);
        }

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mapping.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(saved);
        file.close();
        auto fromFile = FieldMapping::fromJsonFile(path, header);
        QVERIFY(fromFile.ok());
        QCOMPARE(fromFile->columnFor(LeadField::PlatformId), 2);
    }

    void badJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("not JSON") << QByteArray("{ columns: ") << QStringList{"not valid JSON"};
        QTest::newRow("array") << QByteArray("[]") << QStringList{"object"};
        QTest::newRow("unknown field") << QByteArray(R"({"columns": {"姓名": "foo"}})")
                                       << QStringList{"\"foo\"", "\"姓名\"", "resident_id"};
        QTest::newRow("unknown column") << QByteArray(R"({"columns": {"X": "name"}})")
                                        << QStringList{"\"X\"", "not in the file header", "\"姓名\", \"手机\""};
        QTest::newRow("platform missing") << QByteArray(R"({"columns": {"手机": {"field": "platform_id"}}})")
                                          << QStringList{"\"手机\"", "platform"};
        QTest::newRow("unknown top key") << QByteArray(R"({"colums": {}})") << QStringList{"\"colums\""};
        QTest::newRow("channel not string") << QByteArray(R"({"channel": 3})") << QStringList{"\"channel\""};
        QTest::newRow("bad column value") << QByteArray(R"({"columns": {"手机": 3}})") << QStringList{"\"手机\""};
        QTest::newRow("unknown spec key") << QByteArray(R"({"columns": {"手机": {"field": "phone", "x": 1}}})")
                                          << QStringList{"\"x\"", "\"手机\""};
    }
    void badJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, mentions);
        auto mapping = FieldMapping::fromJson(json, {QStringLiteral("姓名"), QStringLiteral("手机")});
        QVERIFY(!mapping.ok());
        QCOMPARE(mapping.error().code, QStringLiteral("io.mapping"));
        for (const auto &m : mentions)
            QVERIFY2(mapping.error().message.contains(m), qPrintable(mapping.error().message));
    }

    void missingFile()
    {
        auto mapping = FieldMapping::fromJsonFile(QStringLiteral("/nonexistent/映射.json"), {});
        QVERIFY(!mapping.ok());
        QVERIFY(mapping.error().message.contains(QStringLiteral("映射.json")));
    }

    void keys()
    {
        for (auto f : {LeadField::Ignore, LeadField::Name, LeadField::Phone, LeadField::ResidentId, LeadField::Channel, LeadField::Time,
                       LeadField::Remark, LeadField::PlatformId}) {
            LeadField back = LeadField::Ignore;
            QVERIFY(leadFieldFromKey(leadFieldKey(f), &back));
            QCOMPARE(back, f);
        }
        QCOMPARE(leadFieldKey(LeadField::ResidentId), QStringLiteral("resident_id"));
        QVERIFY(!leadFieldFromKey(QStringLiteral("foo"), nullptr));
    }
};

QTEST_GUILESS_MAIN(TestFieldMapping)
#include "tst_fieldmapping.moc"
