#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace shoulou::hub {

// Limits every frame is held to before anything is read from it (ISSUE11-PLAN, wire protocol).
constexpr qsizetype kMaxFrameBytes = 1024 * 1024;
constexpr int kMaxFrameDepth = 32;

// Text → object, refusing what must never reach a handler: more than 1 MiB, nesting deeper than
// 32 (counted before parsing, so a hostile frame never makes the parser recurse), not JSON,
// not an object. The error's code is "bad_frame".
Result<QJsonObject> parseFrame(const QByteArray &text);

// Reads a frame's fields with their JSON types checked; the first problem is kept, naming the
// field ("mutations[3].client_seq"), and the handler answers bad_frame with it — before
// anything is changed. Keys nobody reads are ignored (a newer desk may send more).
class FrameReader final {
public:
    explicit FrameReader(QJsonObject object, QString prefix = {});

    QString text(const char *field, int maxLength = 1024);                        // required, non-empty
    std::optional<QString> optionalText(const char *field, int maxLength = 1024); // null or absent: unset
    qint64 integer(const char *field, qint64 min, qint64 max);                    // required whole number
    std::optional<qint64> optionalInteger(const char *field, qint64 min, qint64 max);
    bool boolean(const char *field);
    QJsonObject object(const char *field); // required object
    std::optional<QJsonObject> optionalObject(const char *field);
    QJsonArray array(const char *field, int maxItems);
    QByteArray base64(const char *field, int exactBytes = -1); // required, decoded
    // A UUID in canonical lowercase text (any version).
    QString uuid(const char *field);

    // A reader for an element of an array read above, whose errors name "field[i]…".
    FrameReader element(const QJsonArray &array, const char *field, int index);
    void absorb(const FrameReader &nested);

    bool ok() const { return !m_field.has_value(); }
    // The bad_frame error (code, message, field).
    QJsonObject error() const;
    const QString &failedField() const { return *m_field; }
    const QString &failedMessage() const { return m_message; }
    void fail(const char *field, const QString &why);

private:
    QString name(const char *field) const;
    std::optional<QJsonValue> present(const char *field);

    QJsonObject m_object;
    QString m_prefix;
    std::optional<QString> m_field;
    QString m_message;
};

bool isUuid(const QString &text);

} // namespace shoulou::hub
