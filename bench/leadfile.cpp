#include "leadfile.h"

#include "identity/residentid.h"

#include <QDate>
#include <QFile>
#include <QRandomGenerator>

namespace shoulou::bench {

namespace {

const char16_t *const kSurnames[] = {u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵", u"吴", u"周", u"徐", u"孙",
                                     u"马", u"朱", u"胡", u"郭", u"何", u"高", u"林", u"罗", u"郑", u"梁", u"谢", u"宋",
                                     u"唐", u"许", u"韩", u"冯", u"邓", u"曹", u"彭", u"曾", u"肖", u"田", u"董", u"袁"};
const char16_t *const kGiven[] = {u"伟", u"芳", u"娜", u"敏", u"静", u"丽", u"强", u"磊", u"军", u"洋", u"勇", u"艳",
                                  u"杰", u"娟", u"涛", u"明", u"超", u"霞", u"平", u"刚", u"华", u"建", u"国", u"文",
                                  u"辉", u"玲", u"鹏", u"宇", u"浩", u"婷", u"雪", u"晨", u"欣", u"怡", u"涵", u"轩",
                                  u"博", u"思", u"雨", u"嘉", u"佳", u"俊", u"志", u"海", u"波", u"琳", u"丹", u"晓"};
// Traditional forms offices receive from HK/TW agencies for some of the characters above.
const char16_t *const kTraditional[][2] = {{u"陈", u"陳"}, {u"刘", u"劉"}, {u"杨", u"楊"}, {u"黄", u"黃"}, {u"赵", u"趙"},
                                           {u"吴", u"吳"}, {u"伟", u"偉"}, {u"丽", u"麗"}, {u"军", u"軍"}, {u"华", u"華"}};
const char *const kChannels[] = {"抖音", "小红书", "安居客", "微信小程序", "分销机构", "自然到访", "老带新", "Douyin"};
const char *const kPrefixes[] = {"130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "155",
                                 "156", "157", "158", "159", "166", "173", "176", "177", "180", "181", "182", "183",
                                 "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"};
const char *const kRegions[] = {"330106", "330102", "330108", "110105", "310104", "440305", "320106", "510107"};

struct Person {
    QString name, phone, rid;
};

QString csvField(const QString &v)
{
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))) {
        QString q = v;
        q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    return v;
}

} // namespace

LeadFileStats writeLeadFile(const QString &path, qint64 rows, quint32 seed)
{
    QRandomGenerator rng(seed);
    QFile f(path);
    LeadFileStats stats;
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return stats;
    f.write("\xEF\xBB\xBF客户姓名,手机号码,身份证号,来源渠道,留资时间,备注\n");
    QList<Person> recent; // persons that may come back on another channel
    const QDateTime start(QDate(2025, 1, 1), QTime(8, 0));
    QByteArray buffer;
    for (qint64 i = 0; i < rows; ++i) {
        Person p;
        const bool repeat = !recent.isEmpty() && rng.bounded(100) < 30;
        if (repeat) {
            p = recent[int(rng.bounded(recent.size()))];
            ++stats.repeatRows;
        } else {
            p.name = QString::fromUtf16(kSurnames[rng.bounded(int(std::size(kSurnames)))]);
            for (int g = rng.bounded(10) < 7 ? 2 : 1; g > 0; --g)
                p.name += QString::fromUtf16(kGiven[rng.bounded(int(std::size(kGiven)))]);
            p.phone = QString::fromLatin1(kPrefixes[rng.bounded(int(std::size(kPrefixes)))]) +
                      QStringLiteral("%1").arg(rng.bounded(100000000), 8, 10, QLatin1Char('0'));
            if (rng.bounded(4) == 0) {
                const QDate birth = QDate(1955, 1, 1).addDays(rng.bounded(365 * 44));
                const QString first17 = QString::fromLatin1(kRegions[rng.bounded(int(std::size(kRegions)))]) +
                                        birth.toString(QStringLiteral("yyyyMMdd")) +
                                        QStringLiteral("%1").arg(rng.bounded(1000), 3, 10, QLatin1Char('0'));
                p.rid = first17 + identity::residentIdCheckChar(first17);
            }
            ++stats.persons;
            if (recent.size() < 50000)
                recent.append(p);
            else
                recent[int(rng.bounded(recent.size()))] = p;
        }
        QString name = p.name, phone = p.phone, rid = p.rid;
        if (repeat) {
            // The same person written differently on another channel.
            const int how = int(rng.bounded(10));
            if (how < 3)
                phone = QStringLiteral("+86 %1 %2 %3").arg(phone.left(3), phone.mid(3, 4), phone.mid(7));
            else if (how < 5)
                phone = phone.left(3) + QLatin1Char('-') + phone.mid(3, 4) + QLatin1Char('-') + phone.mid(7);
            else if (how < 7 && !rid.isEmpty())
                phone.clear(); // only the resident id links this row
            if (!rid.isEmpty() && rng.bounded(3) == 0)
                rid = rid.left(6) + QLatin1Char(' ') + rid.mid(6, 8) + QLatin1Char(' ') + rid.mid(14).toLower();
            for (const auto &t : kTraditional)
                if (rng.bounded(2) == 0)
                    name.replace(QString::fromUtf16(t[0]), QString::fromUtf16(t[1]));
        }
        const int damage = int(rng.bounded(100));
        if (damage == 0)
            phone = QStringLiteral("1.38123E+10"), rid.clear();
        else if (damage == 1 && !rid.isEmpty())
            rid[16] = QChar(u'0' + (rid[16].digitValue() + 1) % 10); // wrong check digit
        const QDateTime at = start.addSecs(qint64(i) * 25 + rng.bounded(20));
        const QString line = csvField(name) + QLatin1Char(',') + csvField(phone) + QLatin1Char(',') + rid + QLatin1Char(',') +
                             QString::fromUtf8(kChannels[rng.bounded(int(std::size(kChannels)))]) + QLatin1Char(',') +
                             at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1Char(',') +
                             (rng.bounded(5) == 0 ? QStringLiteral("\"关注学区, 预算300万\"") : QString()) + QLatin1Char('\n');
        buffer += line.toUtf8();
        if (buffer.size() > (1 << 20)) {
            f.write(buffer);
            buffer.clear();
        }
        ++stats.rows;
    }
    f.write(buffer);
    stats.bytes = f.size();
    return stats;
}

} // namespace shoulou::bench
