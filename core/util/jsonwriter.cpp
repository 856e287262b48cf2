#include "jsonwriter.h"

namespace shoulou {

void JsonWriter::separator()
{
    if (!m_first)
        m_out += ',';
    m_first = false;
}

void JsonWriter::key(const char *key)
{
    separator();
    m_out += '"';
    m_out += key;
    m_out += "\":";
}

void JsonWriter::string(const QString &value)
{
    static const char *hex = "0123456789abcdef";
    const QByteArray utf8 = value.toUtf8();
    m_out += '"';
    // Copy runs that need no escaping in one go; only quotes, backslashes and control
    // characters are rewritten.
    qsizetype run = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c != '"' && c != '\\' && c >= 0x20)
            continue;
        m_out.append(utf8.constData() + run, i - run);
        run = i + 1;
        if (c == '"' || c == '\\') {
            m_out += '\\';
            m_out += char(c);
        } else {
            m_out += "\\u00";
            m_out += hex[c >> 4];
            m_out += hex[c & 0xF];
        }
    }
    m_out.append(utf8.constData() + run, utf8.size() - run);
    m_out += '"';
}

JsonWriter &JsonWriter::beginObject(const char *k)
{
    if (k)
        key(k);
    else if (!m_out.isEmpty())
        separator();
    m_out += '{';
    m_first = true;
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out += '}';
    m_first = false;
    return *this;
}

JsonWriter &JsonWriter::beginArray(const char *k)
{
    if (k)
        key(k);
    else
        separator();
    m_out += '[';
    m_first = true;
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out += ']';
    m_first = false;
    return *this;
}

JsonWriter &JsonWriter::field(const char *k, const QString &value)
{
    key(k);
    string(value);
    return *this;
}

JsonWriter &JsonWriter::field(const QString &k, const QString &value)
{
    separator();
    string(k);
    m_out += ':';
    string(value);
    return *this;
}

JsonWriter &JsonWriter::field(const char *k, qint64 value)
{
    key(k);
    m_out += QByteArray::number(value);
    return *this;
}

JsonWriter &JsonWriter::field(const char *k, bool value)
{
    key(k);
    m_out += value ? "true" : "false";
    return *this;
}

JsonWriter &JsonWriter::fieldBase64(const char *k, const QByteArray &bytes)
{
    key(k);
    m_out += '"';
    m_out += bytes.toBase64();
    m_out += '"';
    return *this;
}

JsonWriter &JsonWriter::value(const QString &v)
{
    separator();
    string(v);
    return *this;
}

} // namespace shoulou
