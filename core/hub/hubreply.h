#pragma once

#include <QJsonObject>
#include <QString>

// The two shapes of a reply frame (ISSUE11-PLAN, wire protocol v1):
//   {"t":"<type>","id":n,"ok":true,…}   {"t":"error","id":n,"ok":false,"error":{"code","message",…}}
namespace shoulou::hub::reply {

QJsonObject ok(const QString &type, qint64 id, QJsonObject body = {});
// `extra` goes into "error" beside code and message (field, expected_client_seq, retry_after_ms).
QJsonObject error(qint64 id, const QString &code, const QString &message, const QJsonObject &extra = {});
QJsonObject error(qint64 id, const QJsonObject &error); // an already built {"code","message",…}

} // namespace shoulou::hub::reply
