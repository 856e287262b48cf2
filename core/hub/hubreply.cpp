#include "hubreply.h"

namespace shoulou::hub::reply {

QJsonObject ok(const QString &type, qint64 id, QJsonObject body)
{
    body.insert(QStringLiteral("t"), type);
    body.insert(QStringLiteral("id"), id);
    body.insert(QStringLiteral("ok"), true);
    return body;
}

QJsonObject error(qint64 id, const QString &code, const QString &message, const QJsonObject &extra)
{
    QJsonObject e = extra;
    e.insert(QStringLiteral("code"), code);
    e.insert(QStringLiteral("message"), message);
    return error(id, e);
}

QJsonObject error(qint64 id, const QJsonObject &error)
{
    return {{QStringLiteral("t"), QStringLiteral("error")},
            {QStringLiteral("id"), id},
            {QStringLiteral("ok"), false},
            {QStringLiteral("error"), error}};
}

} // namespace shoulou::hub::reply
