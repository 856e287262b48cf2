#pragma once

#include <QByteArray>
#include <QString>

namespace shoulou {

// Writes compact JSON straight into a byte buffer. For hot paths (an import writes a million
// outbox rows) where building a QJsonObject and serialising it costs more than the SQL.
// The output parses with QJsonDocument; keys must be plain ASCII literals.
class JsonWriter final {
public:
    JsonWriter &beginObject(const char *key = nullptr); // key: a nested object field
    JsonWriter &endObject();
    JsonWriter &beginArray(const char *key = nullptr);
    JsonWriter &endArray();

    JsonWriter &field(const char *key, const QString &value);
    JsonWriter &field(const QString &key, const QString &value); // any key text, escaped
    JsonWriter &field(const char *key, qint64 value);
    JsonWriter &field(const char *key, int value) { return field(key, qint64(value)); }
    JsonWriter &field(const char *key, bool value);
    JsonWriter &fieldBase64(const char *key, const QByteArray &bytes);
    JsonWriter &value(const QString &value); // an array element

    QByteArray take() { return std::move(m_out); }

private:
    void separator();
    void key(const char *key);
    void string(const QString &value);

    QByteArray m_out;
    bool m_first = true;
};

} // namespace shoulou
