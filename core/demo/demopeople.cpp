#include "demopeople.h"

#include "identity/namenormalizer.h"
#include "identity/residentid.h"
#include "office/channeldirectory.h"
#include "security/officekey.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace shoulou::demo {

namespace {

const char16_t *const kSurnames[] = {u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵", u"吴",   u"周",   u"徐",  u"孙", u"马",
                                     u"朱", u"胡", u"郭", u"何", u"高", u"林", u"罗", u"郑", u"梁",   u"谢",   u"宋",  u"唐", u"许",
                                     u"韩", u"冯", u"邓", u"曹", u"彭", u"曾", u"肖", u"田", u"董",   u"袁",   u"潘",  u"于", u"蒋",
                                     u"蔡", u"余", u"杜", u"叶", u"程", u"苏", u"魏", u"吕", u"丁",   u"任",   u"沈",  u"姚", u"卢",
                                     u"姜", u"崔", u"钟", u"谭", u"陆", u"汪", u"范", u"金", u"欧阳", u"司马", u"上官"};
const char16_t *const kGiven[] = {u"伟", u"芳", u"娜", u"秀", u"英", u"敏", u"静", u"丽", u"强", u"磊", u"军", u"洋", u"勇", u"艳", u"杰",
                                  u"娟", u"涛", u"明", u"超", u"秀", u"霞", u"平", u"刚", u"桂", u"华", u"建", u"国", u"文", u"辉", u"玲",
                                  u"鹏", u"宇", u"浩", u"婷", u"雪", u"晨", u"欣", u"怡", u"子", u"涵", u"梓", u"轩", u"博", u"思", u"雨",
                                  u"嘉", u"佳", u"俊", u"志", u"海", u"波", u"琳", u"丹", u"倩", u"晓", u"红", u"蕾", u"瑶", u"凯", u"斌",
                                  u"慧", u"颖", u"飞", u"宁", u"龙", u"云", u"燕", u"琴", u"亮", u"林", u"峰", u"翔"};
// Mobile ranges in live use (checked through libphonenumber when numbers are made).
const char *const kPrefixes[] = {"130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153",
                                 "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181", "182",
                                 "183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "196", "198", "199"};
const char *const kRegions[] = {"330106", "330102", "330108", "330110", "330109", "330381", "320106", "310104",
                                "110105", "440305", "510107", "420106", "340104", "360102", "370202"};

} // namespace

DemoPeople::DemoPeople(QRandomGenerator &rng, const security::OfficeKey &key)
    : m_rng(rng)
    , m_key(key)
{
    // Keys of whole names are the keys of their parts joined, so ICU runs once per part.
    identity::NameNormalizer names;
    for (const char16_t *s : kSurnames)
        m_surnames.append({QString::fromUtf16(s), names.keys(QString::fromUtf16(s)).pinyin});
    for (const char16_t *g : kGiven)
        m_given.append({QString::fromUtf16(g), names.keys(QString::fromUtf16(g)).pinyin});
}

QList<DemoMember> DemoPeople::team()
{
    return {{"wangjl", QStringLiteral("王建立"), "manager"},   {"qiantai", QStringLiteral("前台 小何"), "kiosk"},
            {"qudao", QStringLiteral("渠道 罗斌"), "channel"}, {"zhangwei", QStringLiteral("张伟"), "consultant"},
            {"lina", QStringLiteral("李娜"), "consultant"},    {"chenjing", QStringLiteral("陈静"), "consultant"},
            {"liuyang", QStringLiteral("刘洋"), "consultant"}, {"zhaomin", QStringLiteral("赵敏"), "consultant"},
            {"sunhao", QStringLiteral("孙浩"), "consultant"},  {"zhouting", QStringLiteral("周婷"), "consultant"},
            {"wujun", QStringLiteral("吴军"), "consultant"},   {"xuli", QStringLiteral("徐丽"), "consultant"},
            {"hutao", QStringLiteral("胡涛"), "consultant"},   {"guoxin", QStringLiteral("郭欣"), "consultant"},
            {"heyu", QStringLiteral("何宇"), "consultant"}};
}

identity::LeadPhone DemoPeople::phoneFor(const QString &digits, const QString &raw)
{
    // Every number made here lies in a range checked once against libphonenumber (see
    // validatePrefixes), so the E.164 form is built directly: a million parses would cost
    // more than the rest of the demo.
    const QString e164 = QStringLiteral("+86") + digits;
    return {e164, e164, {}, QStringLiteral("mobile"), digits, raw};
}

QString DemoPeople::randomMobile()
{
    const char *prefix = kPrefixes[m_rng.bounded(int(std::size(kPrefixes)))];
    return QString::fromLatin1(prefix) + QStringLiteral("%1").arg(m_rng.bounded(100000000), 8, 10, QLatin1Char('0'));
}

bool DemoPeople::validatePrefixes()
{
    // A whole 3-digit range is live only if its lowest and highest numbers both are.
    identity::PhoneNormalizer phones;
    for (const char *prefix : kPrefixes) {
        for (const char *tail : {"00000000", "99999999", "12345678"}) {
            auto p = phones.normalize(QString::fromLatin1(prefix) + QLatin1String(tail));
            if (!p || p->kind != identity::PhoneNumber::Kind::Mobile)
                return false;
        }
    }
    return true;
}

DemoPerson DemoPeople::next()
{
    DemoPerson p;
    const Part &s = m_surnames[int(m_rng.bounded(m_surnames.size()))];
    const int givenCount = m_rng.bounded(10) < 7 ? 2 : 1;
    p.name = s.text;
    p.pinyin = s.pinyin;
    p.initials = s.pinyin.left(1);
    if (s.text.size() == 2) // compound surnames: two syllables
        p.initials = s.pinyin.left(1) + (s.text == QStringLiteral("欧阳")   ? QStringLiteral("y")
                                         : s.text == QStringLiteral("司马") ? QStringLiteral("m")
                                                                            : QStringLiteral("g"));
    for (int i = 0; i < givenCount; ++i) {
        const Part &g = m_given[int(m_rng.bounded(m_given.size()))];
        p.name += g.text;
        p.pinyin += g.pinyin;
        p.initials += g.pinyin.left(1);
    }
    p.nameKey = p.name;
    const QString digits = randomMobile();
    // Phones as people type them: plain, spaced, +86.
    const int style = int(m_rng.bounded(6));
    const QString raw = style == 0   ? QStringLiteral("+86 %1 %2 %3").arg(digits.left(3), digits.mid(3, 4), digits.mid(7))
                        : style == 1 ? digits.left(3) + QLatin1Char('-') + digits.mid(3, 4) + QLatin1Char('-') + digits.mid(7)
                                     : digits;
    p.phone = phoneFor(digits, raw);
    if (m_rng.bounded(5) == 0) {
        const QDate birth = QDate(1960, 1, 1).addDays(m_rng.bounded(365 * 40));
        const QString first17 = QString::fromLatin1(kRegions[m_rng.bounded(int(std::size(kRegions)))]) +
                                birth.toString(QStringLiteral("yyyyMMdd")) +
                                QStringLiteral("%1").arg(m_rng.bounded(1000), 3, 10, QLatin1Char('0'));
        p.residentId = first17 + identity::residentIdCheckChar(first17);
    }
    if (m_rng.bounded(3) == 0)
        p.device = QStringLiteral("douyin:") + QString::number(m_rng.generate64(), 36);
    p.remark = m_rng.bounded(4) == 0
                   ? QStringLiteral("关注%1，预算%2万左右").arg(m_rng.bounded(2) ? "学区" : "地铁").arg(200 + 20 * m_rng.bounded(20))
                   : QString();
    ++m_serial;
    return p;
}

identity::LeadInput DemoPeople::lead(const DemoPerson &p, int index, int total, const office::ChannelInfo &channel, qint64 at)
{
    const bool bridge = total == 3 && !p.device.isEmpty();
    identity::LeadInput l;
    l.name = p.name;
    l.nameKey = p.nameKey;
    l.pinyin = p.pinyin;
    l.initials = p.initials;
    const int carry = index == 0 ? -1 : int(m_rng.bounded(100));
    const bool typo = carry >= 97; // a mistyped number: a new record and a soft-match suggestion
    if (index == 0 || carry < 70 || (carry < 85 && p.residentId.isEmpty()) || (carry < 97 && p.device.isEmpty()))
        l.phones.append(p.phone);
    if (typo) {
        QString d = p.phone.digits;
        const int pos = 3 + int(m_rng.bounded(8)); // keep the live 3-digit range
        d[pos] = QChar(u'0' + (d[pos].digitValue() + 1 + int(m_rng.bounded(8))) % 10);
        l.phones = {phoneFor(d, d)};
    }
    if (!p.residentId.isEmpty() && (index == 0 || (carry >= 70 && carry < 85))) {
        identity::ResidentId id;
        id.number = p.residentId;
        l.residentId = identity::sealResidentId(m_key, id);
    }
    if (!p.device.isEmpty() && ((index == 0 && !bridge) || (carry >= 85 && carry < 97) || (bridge && index > 0)))
        l.devices.append({QStringLiteral("douyin"), p.device});
    if (bridge && index == 1) {
        l.phones.clear();
        l.residentId.reset();
    }
    if (bridge && index == 2 && l.phones.isEmpty())
        l.phones.append(p.phone);
    if (!l.hasHardKey())
        l.phones.append(p.phone);
    l.channelId = channel.id;
    l.weightPermille = channel.weightPermille;
    l.touchKind = channel.kind == QLatin1String("walk_in")  ? QStringLiteral("visit")
                  : channel.kind == QLatin1String("agency") ? QStringLiteral("showing")
                                                            : QStringLiteral("lead");
    l.receivedAt = at;
    l.remark = index == 0 ? p.remark : QString();
    l.source = QStringLiteral("demo");
    const QByteArray content = QStringLiteral("demo|%1|%2|%3").arg(m_serial).arg(index).arg(at).toUtf8();
    l.dedupKey = m_key.blindIndex("lead", content);
    l.rawSealed = m_key.seal(
        QJsonDocument(QJsonObject{{"name", p.name}, {"phone", p.phone.raw}, {"channel", channel.name}}).toJson(QJsonDocument::Compact));
    return l;
}

customer::Requirement DemoPeople::requirement()
{
    static const QStringList layouts{QStringLiteral("两室两厅"), QStringLiteral("三室两厅"), QStringLiteral("四室两厅")};
    // Drawn in this order (budget, layout, area), so a seed still gives the same office.
    customer::Requirement r;
    r.budgetFen = qint64(200 + 20 * m_rng.bounded(40)) * 10000 * 100;
    r.layout = layouts[int(m_rng.bounded(layouts.size()))];
    r.areaM2 = 89 + 10 * int(m_rng.bounded(7));
    return r;
}

QPair<QString, QString> DemoPeople::followUpNote()
{
    static const QList<QPair<QString, QString>> notes{{"call", QStringLiteral("电话沟通，客户关注首付比例，约周末到访")},
                                                      {"wechat", QStringLiteral("微信发送户型图和价格表")},
                                                      {"visit", QStringLiteral("到访售楼处，看了样板间，对三室户型感兴趣")},
                                                      {"showing", QStringLiteral("带看工地和周边配套，客户比较满意")},
                                                      {"call", QStringLiteral("客户还在比较其他楼盘，一周后再联系")},
                                                      {"sms", QStringLiteral("发送开盘活动短信")}};
    return notes[int(m_rng.bounded(notes.size()))];
}

} // namespace shoulou::demo
