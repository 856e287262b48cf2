#pragma once

#include "io/leadfield.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace shoulou::io {

struct ColumnMapping final {
    int column = -1;
    LeadField field = LeadField::Ignore;
    QString platform; // for LeadField::PlatformId: "douyin", "anjuke", "wechat", "fingerprint", …
};

// How the columns of one file map to lead fields. Built automatically from the header
// (姓名/客户姓名/客户名称/name, 手机/手机号/…/phone/mobile, 身份证/…/id_number, 渠道/来源/…,
// 时间/留资时间/创建时间/到访时间/created_at, 备注/remark, open_id/union_id/member_id, and the
// profile: 性别, 预算, 户型, 面积, 意向楼栋, 归属顾问 …)
// or from a JSON mapping file:
//   { "channel": "抖音",
//     "columns": { "用户昵称": "name", "联系手机": "phone",
//                  "open_id": { "field": "platform_id", "platform": "douyin" },
//                  "无关列": "ignore" } }
// Columns named in the file override the automatic guess; others keep it.
class FieldMapping final {
public:
    static FieldMapping fromHeader(const QStringList &header);
    // Errors (io.mapping): unreadable JSON, unknown field key, a column the header lacks —
    // each message names the offending key.
    static Result<FieldMapping> fromJsonFile(const QString &path, const QStringList &header);
    static Result<FieldMapping> fromJson(const QByteArray &json, const QStringList &header);
    QByteArray toJson(const QStringList &header) const; // for "save mapping as…"

    const QList<ColumnMapping> &columns() const { return m_columns; }
    int columnFor(LeadField field) const; // first column with that field, or -1
    QString defaultChannel() const { return m_defaultChannel; }
    void setDefaultChannel(const QString &channel) { m_defaultChannel = channel; }
    void set(int column, LeadField field, const QString &platform = {});
    bool hasIdentityColumn() const; // phone, resident id or platform id mapped

private:
    QList<ColumnMapping> m_columns;
    QString m_defaultChannel;
};

} // namespace shoulou::io
