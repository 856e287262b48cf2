#include "io/fieldmapping.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>

namespace shoulou::io {

namespace {

struct Alias {
    const char *text; // already in normalized form (see normalizeHeader)
    LeadField field;
    const char *platform;
};

// Normalized header names. Order matters only between fields: the first alias table entry
// that equals a header decides its field.
const Alias kAliases[] = {
    {"姓名", LeadField::Name, nullptr},
    {"客户姓名", LeadField::Name, nullptr},
    {"客户名称", LeadField::Name, nullptr},
    {"客户名", LeadField::Name, nullptr},
    {"名字", LeadField::Name, nullptr},
    {"name", LeadField::Name, nullptr},
    {"customername", LeadField::Name, nullptr},
    {"fullname", LeadField::Name, nullptr},
    {"客户", LeadField::Name, nullptr},
    {"联系人", LeadField::Name, nullptr},
    {"联系人姓名", LeadField::Name, nullptr},
    {"手机", LeadField::Phone, nullptr},
    {"手机号", LeadField::Phone, nullptr},
    {"手机号码", LeadField::Phone, nullptr},
    {"电话", LeadField::Phone, nullptr},
    {"电话号码", LeadField::Phone, nullptr},
    {"联系电话", LeadField::Phone, nullptr},
    {"联系方式", LeadField::Phone, nullptr},
    {"联系手机", LeadField::Phone, nullptr},
    {"客户电话", LeadField::Phone, nullptr},
    {"客户手机", LeadField::Phone, nullptr},
    {"phone", LeadField::Phone, nullptr},
    {"phonenumber", LeadField::Phone, nullptr},
    {"mobile", LeadField::Phone, nullptr},
    {"mobilephone", LeadField::Phone, nullptr},
    {"cellphone", LeadField::Phone, nullptr},
    {"tel", LeadField::Phone, nullptr},
    {"telephone", LeadField::Phone, nullptr},
    {"身份证", LeadField::ResidentId, nullptr},
    {"身份证号", LeadField::ResidentId, nullptr},
    {"身份证号码", LeadField::ResidentId, nullptr},
    {"证件号", LeadField::ResidentId, nullptr},
    {"证件号码", LeadField::ResidentId, nullptr},
    {"idnumber", LeadField::ResidentId, nullptr},
    {"idcard", LeadField::ResidentId, nullptr},
    {"idno", LeadField::ResidentId, nullptr},
    {"渠道", LeadField::Channel, nullptr},
    {"来源", LeadField::Channel, nullptr},
    {"来源渠道", LeadField::Channel, nullptr},
    {"渠道来源", LeadField::Channel, nullptr},
    {"客户来源", LeadField::Channel, nullptr},
    {"channel", LeadField::Channel, nullptr},
    {"source", LeadField::Channel, nullptr},
    {"时间", LeadField::Time, nullptr},
    {"留资时间", LeadField::Time, nullptr},
    {"创建时间", LeadField::Time, nullptr},
    {"到访时间", LeadField::Time, nullptr},
    {"登记时间", LeadField::Time, nullptr},
    {"提交时间", LeadField::Time, nullptr},
    {"日期", LeadField::Time, nullptr},
    {"createdat", LeadField::Time, nullptr},
    {"createtime", LeadField::Time, nullptr},
    {"time", LeadField::Time, nullptr},
    {"date", LeadField::Time, nullptr},
    {"备注", LeadField::Remark, nullptr},
    {"说明", LeadField::Remark, nullptr},
    {"remark", LeadField::Remark, nullptr},
    {"remarks", LeadField::Remark, nullptr},
    {"note", LeadField::Remark, nullptr},
    {"notes", LeadField::Remark, nullptr},
    {"性别", LeadField::Gender, nullptr},
    {"gender", LeadField::Gender, nullptr},
    {"sex", LeadField::Gender, nullptr},
    {"预算", LeadField::Budget, nullptr},
    {"购房预算", LeadField::Budget, nullptr},
    {"总价预算", LeadField::Budget, nullptr},
    {"意向总价", LeadField::Budget, nullptr},
    {"预算(万)", LeadField::Budget, nullptr},
    {"预算(万元)", LeadField::Budget, nullptr},
    {"budget", LeadField::Budget, nullptr},
    {"户型", LeadField::Layout, nullptr},
    {"意向户型", LeadField::Layout, nullptr},
    {"需求户型", LeadField::Layout, nullptr},
    {"layout", LeadField::Layout, nullptr},
    {"面积", LeadField::Area, nullptr},
    {"意向面积", LeadField::Area, nullptr},
    {"需求面积", LeadField::Area, nullptr},
    {"面积(m2)", LeadField::Area, nullptr},
    {"area", LeadField::Area, nullptr},
    {"意向楼栋", LeadField::Building, nullptr},
    {"楼栋", LeadField::Building, nullptr},
    {"意向楼号", LeadField::Building, nullptr},
    {"building", LeadField::Building, nullptr},
    {"归属顾问", LeadField::Owner, nullptr},
    {"所属顾问", LeadField::Owner, nullptr},
    {"负责顾问", LeadField::Owner, nullptr},
    {"归属置业顾问", LeadField::Owner, nullptr},
    {"owner", LeadField::Owner, nullptr},
    {"openid", LeadField::PlatformId, "douyin"},
    {"unionid", LeadField::PlatformId, "wechat"},
    {"memberid", LeadField::PlatformId, "anjuke"},
    {"fingerprint", LeadField::PlatformId, "fingerprint"},
    {"deviceid", LeadField::PlatformId, "fingerprint"},
};

// Case-, width- and spacing-insensitive form of a header cell: NFKC (full-width letters and
// parentheses), case folding, no whitespace/format characters or `_ - .`, and without the
// "required" decorations templates add: `*姓名`, `手机号（必填）`, `备注：`.
QString normalizeHeader(const QString &header)
{
    // Bind first: in Qt 6.4 rvalue case-folding of normalized() of a literal writes to static data.
    const QString folded = header.normalized(QString::NormalizationForm_KC);
    QString s = folded.toCaseFolded();
    s.removeIf([](QChar c) {
        return c.isSpace() || c.category() == QChar::Other_Format || c == QLatin1Char('_') || c == QLatin1Char('-') ||
               c == QLatin1Char('.');
    });
    for (bool changed = true; changed;) {
        changed = false;
        for (const char *decoration : {"*", ":", "(必填)", "(选填)", "(必须)", "[必填]"}) {
            const QString d = QString::fromUtf8(decoration);
            if (s.startsWith(d)) {
                s.remove(0, d.size());
                changed = true;
            }
            if (s.endsWith(d)) {
                s.chop(d.size());
                changed = true;
            }
        }
    }
    return s;
}

const Alias *findAlias(const QString &header)
{
    QString key = normalizeHeader(header);
    for (int pass = 0; pass < 2; ++pass) {
        for (const auto &alias : kAliases) {
            if (key == QString::fromUtf8(alias.text))
                return &alias;
        }
        // Second pass: "手机2", "电话1" — numbered copies of a known column.
        while (!key.isEmpty() && key.back().isDigit())
            key.chop(1);
    }
    return nullptr;
}

// Columns like "客户手机号码" or "购房人身份证号" that name no alias exactly.
const Alias *findByKeyword(const QString &header)
{
    static const Alias phone{"手机", LeadField::Phone, nullptr};
    static const Alias residentId{"身份证", LeadField::ResidentId, nullptr};
    const QString key = normalizeHeader(header);
    if (key.contains(QStringLiteral("身份证")))
        return &residentId;
    if ((key.contains(QStringLiteral("手机")) || key.contains(QStringLiteral("电话"))) && !key.contains(QStringLiteral("时间")))
        return &phone;
    return nullptr;
}

Error mappingError(const QString &message)
{
    return makeError(QStringLiteral("io.mapping"), message);
}

QStringList fieldKeys()
{
    QStringList keys;
    for (auto f : {LeadField::Ignore, LeadField::Name, LeadField::Phone, LeadField::ResidentId, LeadField::Channel, LeadField::Time,
                   LeadField::Remark, LeadField::PlatformId, LeadField::Gender, LeadField::Budget, LeadField::Layout, LeadField::Area,
                   LeadField::Building, LeadField::Owner})
        keys.append(leadFieldKey(f));
    return keys;
}

QString quotedList(const QStringList &items)
{
    QStringList quoted;
    for (const auto &item : items)
        quoted.append(QCoreApplication::translate("FieldMapping", "\"%1\"").arg(item));
    return quoted.join(QCoreApplication::translate("FieldMapping", ", "));
}

} // namespace

FieldMapping FieldMapping::fromHeader(const QStringList &header)
{
    FieldMapping mapping;
    for (int i = 0; i < header.size(); ++i)
        mapping.m_columns.append({i, LeadField::Ignore, {}});

    // A field is taken by its first column; phones may repeat (手机, 电话2 …) and each
    // platform id is taken once.
    auto taken = [&mapping](const Alias &alias) {
        if (alias.field == LeadField::Phone)
            return false;
        return std::any_of(mapping.m_columns.cbegin(), mapping.m_columns.cend(), [&alias](const ColumnMapping &c) {
            return c.field == alias.field && (alias.field != LeadField::PlatformId || c.platform == QLatin1String(alias.platform));
        });
    };
    for (auto finder : {&findAlias, &findByKeyword}) {
        for (int i = 0; i < header.size(); ++i) {
            if (mapping.m_columns[i].field != LeadField::Ignore)
                continue;
            const Alias *alias = finder(header.at(i));
            if (!alias || taken(*alias))
                continue;
            mapping.m_columns[i].field = alias->field;
            mapping.m_columns[i].platform = alias->platform ? QString::fromLatin1(alias->platform) : QString();
        }
    }
    return mapping;
}

Result<FieldMapping> FieldMapping::fromJsonFile(const QString &path, const QStringList &header)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return mappingError(
            QCoreApplication::translate("FieldMapping", "Cannot open the mapping file \"%1\": %2").arg(path, file.errorString()));
    }
    auto mapping = fromJson(file.read(1 << 20), header);
    if (!mapping) {
        return mappingError(QCoreApplication::translate("FieldMapping", "Mapping file \"%1\": %2").arg(path, mapping.error().message));
    }
    return mapping;
}

Result<FieldMapping> FieldMapping::fromJson(const QByteArray &json, const QStringList &header)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return mappingError(QCoreApplication::translate("FieldMapping", "The mapping is not valid JSON: %1 (at byte %2)")
                                .arg(parseError.errorString())
                                .arg(parseError.offset));
    }
    if (!document.isObject())
        return mappingError(QCoreApplication::translate("FieldMapping", "The mapping must be a JSON object with \"columns\""));

    FieldMapping mapping = fromHeader(header);
    const QJsonObject root = document.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() == QLatin1String("channel")) {
            if (!it.value().isString())
                return mappingError(QCoreApplication::translate("FieldMapping", "\"channel\" must be a string"));
            mapping.m_defaultChannel = it.value().toString();
        } else if (it.key() != QLatin1String("columns")) {
            return mappingError(QCoreApplication::translate("FieldMapping", "Unknown key \"%1\" in the mapping (expected \"channel\" or "
                                                                            "\"columns\")")
                                    .arg(it.key()));
        }
    }
    const QJsonValue columns = root.value(QLatin1String("columns"));
    if (!columns.isUndefined() && !columns.isObject())
        return mappingError(QCoreApplication::translate("FieldMapping", "\"columns\" must be an object of column name → field"));

    const QJsonObject object = columns.toObject();
    QList<int> explicitColumns;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString column = it.key();
        QString key;
        QString platform;
        if (it.value().isString()) {
            key = it.value().toString();
        } else if (it.value().isObject()) {
            const QJsonObject spec = it.value().toObject();
            for (auto s = spec.begin(); s != spec.end(); ++s) {
                if (s.key() != QLatin1String("field") && s.key() != QLatin1String("platform")) {
                    return mappingError(QCoreApplication::translate("FieldMapping", "Unknown key \"%1\" for column \"%2\" (expected "
                                                                                    "\"field\" or \"platform\")")
                                            .arg(s.key(), column));
                }
            }
            if (!spec.value(QLatin1String("field")).isString()) {
                return mappingError(QCoreApplication::translate("FieldMapping", "Column \"%1\": \"field\" must be a string").arg(column));
            }
            key = spec.value(QLatin1String("field")).toString();
            platform = spec.value(QLatin1String("platform")).toString().trimmed();
        } else {
            return mappingError(QCoreApplication::translate("FieldMapping", "Column \"%1\": expected a field name or an object with "
                                                                            "\"field\"")
                                    .arg(column));
        }
        LeadField field = LeadField::Ignore;
        if (!leadFieldFromKey(key, &field)) {
            return mappingError(QCoreApplication::translate("FieldMapping", "Unknown field \"%1\" for column \"%2\" (known fields: %3)")
                                    .arg(key, column, quotedList(fieldKeys())));
        }
        if (field == LeadField::PlatformId && platform.isEmpty()) {
            return mappingError(QCoreApplication::translate("FieldMapping", "Column \"%1\" maps to \"platform_id\" but names no "
                                                                            "\"platform\"")
                                    .arg(column));
        }
        // Exact name first; then the same normalization as the automatic guess.
        QList<int> matches;
        for (int i = 0; i < header.size(); ++i) {
            if (header.at(i) == column)
                matches.append(i);
        }
        for (int i = 0; matches.isEmpty() && i < header.size(); ++i) {
            if (normalizeHeader(header.at(i)) == normalizeHeader(column))
                matches.append(i);
        }
        if (matches.isEmpty()) {
            return mappingError(QCoreApplication::translate("FieldMapping", "Column \"%1\" is not in the file header (the header is: %2)")
                                    .arg(column, quotedList(header)));
        }
        for (int i : matches) {
            mapping.set(i, field, field == LeadField::PlatformId ? platform : QString());
            explicitColumns.append(i);
        }
    }
    // A field the file assigns explicitly is no longer guessed elsewhere: "用户昵称": "name"
    // means the nickname is the name, not an extra candidate behind an auto-mapped "客户".
    for (auto &c : mapping.m_columns) {
        if (explicitColumns.contains(c.column) || c.field == LeadField::Ignore || c.field == LeadField::Phone)
            continue;
        for (int i : explicitColumns) {
            const auto &e = mapping.m_columns.at(i);
            if (e.field == c.field && e.platform == c.platform) {
                c.field = LeadField::Ignore;
                c.platform.clear();
                break;
            }
        }
    }
    return mapping;
}

QByteArray FieldMapping::toJson(const QStringList &header) const
{
    QJsonObject columns;
    for (const auto &c : m_columns) {
        if (c.column < 0 || c.column >= header.size())
            continue;
        if (c.field == LeadField::PlatformId) {
            columns.insert(header.at(c.column),
                           QJsonObject{{QStringLiteral("field"), leadFieldKey(c.field)}, {QStringLiteral("platform"), c.platform}});
        } else {
            columns.insert(header.at(c.column), leadFieldKey(c.field));
        }
    }
    QJsonObject root{{QStringLiteral("columns"), columns}};
    if (!m_defaultChannel.isEmpty())
        root.insert(QStringLiteral("channel"), m_defaultChannel);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

int FieldMapping::columnFor(LeadField field) const
{
    for (const auto &c : m_columns) {
        if (c.field == field)
            return c.column;
    }
    return -1;
}

void FieldMapping::set(int column, LeadField field, const QString &platform)
{
    for (auto &c : m_columns) {
        if (c.column == column) {
            c.field = field;
            c.platform = platform;
            return;
        }
    }
    m_columns.append({column, field, platform});
    std::sort(m_columns.begin(), m_columns.end(), [](const ColumnMapping &a, const ColumnMapping &b) { return a.column < b.column; });
}

bool FieldMapping::hasIdentityColumn() const
{
    return std::any_of(m_columns.cbegin(), m_columns.cend(), [](const ColumnMapping &c) {
        return c.field == LeadField::Phone || c.field == LeadField::ResidentId || c.field == LeadField::PlatformId;
    });
}

} // namespace shoulou::io
