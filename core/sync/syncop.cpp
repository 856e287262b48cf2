#include "syncop.h"

#include "mutation/args.h"

namespace shoulou::sync {

QJsonObject SyncOp::toJson() const
{
    QJsonObject o{{QStringLiteral("op_id"), opId},
                  {QStringLiteral("workstation_id"), workstationId},
                  {QStringLiteral("client_seq"), double(clientSeq)},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("version"), version},
                  {QStringLiteral("args"), args},
                  {QStringLiteral("hlc"), QString::number(hlc)}, // 64 bits: beyond a JSON number's 53
                  {QStringLiteral("user_id"), userId},
                  {QStringLiteral("created_at"), double(createdAtMs)}};
    if (hubSeq > 0)
        o.insert(QStringLiteral("hub_seq"), double(hubSeq));
    if (!result.isEmpty())
        o.insert(QStringLiteral("result"), result);
    return o;
}

Result<SyncOp> SyncOp::fromJson(const QJsonObject &json)
{
    const mutation::Args a(QStringLiteral("sync op"), json);
    SyncOp op;
    auto text = [&](const char *field, QString &out, bool required) -> std::optional<Error> {
        const QJsonValue v = json.value(QLatin1String(field));
        if ((v.isUndefined() || v.isNull()) && !required)
            return std::nullopt;
        if (!v.isString() || (required && v.toString().isEmpty()))
            return a.invalid(field, QStringLiteral("must be a non-empty text"));
        out = v.toString();
        return std::nullopt;
    };
    auto number = [&](const char *field, qint64 &out, bool required) -> std::optional<Error> {
        const QJsonValue v = json.value(QLatin1String(field));
        if (v.isUndefined() && !required)
            return std::nullopt;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d != double(qint64(d)) || d > 9007199254740992.0)
            return a.invalid(field, QStringLiteral("must be a whole number ≥ 0"));
        out = qint64(d);
        return std::nullopt;
    };
    qint64 version = 0;
    for (auto e : {text("op_id", op.opId, true), text("workstation_id", op.workstationId, true), text("name", op.name, true),
                   text("user_id", op.userId, false), number("client_seq", op.clientSeq, true), number("version", version, true),
                   number("created_at", op.createdAtMs, true), number("hub_seq", op.hubSeq, false)})
        if (e)
            return *e;
    if (version < 1 || version > 1000)
        return a.invalid("version", QStringLiteral("must be a mutation version"));
    op.version = int(version);
    bool hlcOk = false;
    op.hlc = json.value(QLatin1String("hlc")).toString().toULongLong(&hlcOk);
    if (!hlcOk)
        return a.invalid("hlc", QStringLiteral("must be the clock as a decimal text"));
    const QJsonValue args = json.value(QLatin1String("args"));
    if (!args.isObject())
        return a.invalid("args", QStringLiteral("must be an object"));
    op.args = args.toObject();
    const QJsonValue result = json.value(QLatin1String("result"));
    if (!result.isUndefined() && !result.isObject())
        return a.invalid("result", QStringLiteral("must be an object"));
    op.result = result.toObject();
    return op;
}

} // namespace shoulou::sync
