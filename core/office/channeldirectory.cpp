#include "channeldirectory.h"

#include "storage/database.h"

namespace shoulou::office {

const QList<ChannelInfo> &ChannelDirectory::defaults()
{
    // Online leads get 0.4 by default and agency showings 0.6 (DESIGN.md glossary example).
    static const QList<ChannelInfo> all{
        {{},
         QStringLiteral("douyin"),
         QStringLiteral("抖音"),
         QStringLiteral("online"),
         400,
         {QStringLiteral("douyin"), QStringLiteral("dy"), QStringLiteral("tiktok"), QStringLiteral("抖音直播")}},
        {{},
         QStringLiteral("xiaohongshu"),
         QStringLiteral("小红书"),
         QStringLiteral("online"),
         400,
         {QStringLiteral("xhs"), QStringLiteral("red"), QStringLiteral("rednote")}},
        {{},
         QStringLiteral("anjuke"),
         QStringLiteral("安居客"),
         QStringLiteral("online"),
         400,
         {QStringLiteral("ajk"), QStringLiteral("58安居客")}},
        {{},
         QStringLiteral("wechat_mp"),
         QStringLiteral("微信小程序"),
         QStringLiteral("online"),
         400,
         {QStringLiteral("小程序"), QStringLiteral("wechat"), QStringLiteral("微信"), QStringLiteral("miniprogram")}},
        {{},
         QStringLiteral("agency"),
         QStringLiteral("分销机构"),
         QStringLiteral("agency"),
         600,
         {QStringLiteral("中介"), QStringLiteral("分销"), QStringLiteral("渠道分销")}},
        {{},
         QStringLiteral("walk_in"),
         QStringLiteral("自然到访"),
         QStringLiteral("walk_in"),
         1000,
         {QStringLiteral("到访"), QStringLiteral("自然来访"), QStringLiteral("walk-in"), QStringLiteral("来访")}},
        {{},
         QStringLiteral("referral"),
         QStringLiteral("老带新"),
         QStringLiteral("referral"),
         600,
         {QStringLiteral("老客户推荐"), QStringLiteral("推荐")}},
        {{},
         QStringLiteral("other"),
         QStringLiteral("其他"),
         QStringLiteral("other"),
         500,
         {QStringLiteral("其它"), QStringLiteral("unknown")}},
    };
    return all;
}

QString ChannelDirectory::aliasKey(const QString &text)
{
    // Bind first: in Qt 6.4 an rvalue trimmed() on normalized() of a literal writes to static data.
    const QString folded = text.normalized(QString::NormalizationForm_KC);
    QString s = folded.trimmed().toLower();
    s.remove(QLatin1Char(' '));
    return s;
}

ChannelInfo ChannelDirectory::find(const QString &text)
{
    const QString key = aliasKey(text);
    if (auto it = m_cache.constFind(key); it != m_cache.constEnd())
        return *it;
    auto &st = m_db.prepare("SELECT c.id, c.code, c.name, c.kind, c.default_weight_permille FROM channel_alias a "
                            "JOIN channel c ON c.id = a.channel_id WHERE a.alias = ?1");
    st.bind(1, key);
    ChannelInfo info;
    if (st.step())
        info = {st.text(0), st.text(1), st.text(2), st.text(3), int(st.int64(4)), {}};
    st.reset();
    if (!info.id.isEmpty())
        m_cache.insert(key, info);
    return info;
}

} // namespace shoulou::office
