#include "framereader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace shoulou::hub {

namespace {

Error badFrame(const QString &why)
{
    return makeError(QStringLiteral("bad_frame"), why);
}

// Deepest [ / { nesting outside strings. Counted on the bytes, before any parser sees them.
int nestingDepth(const QByteArray &text)
{
    int depth = 0, deepest = 0;
    bool inString = false, escaped = false;
    for (const char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '[' || c == '{')
            deepest = std::max(deepest, ++depth);
        else if (c == ']' || c == '}')
            --depth;
    }
    return deepest;
}

// A JSON number that is a whole number (Qt keeps 64-bit integers exact).
std::optional<qint64> wholeNumber(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const qint64 a = v.toInteger(0), b = v.toInteger(1);
    if (a != b)
        return std::nullopt;
    return a;
}

} // namespace

bool isUuid(const QString &text)
{
    if (text.size() != 36)
        return false;
    for (int i = 0; i < 36; ++i) {
        const QChar c = text.at(i);
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != QLatin1Char('-'))
                return false;
        } else if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f')))) {
            return false;
        }
    }
    return true;
}

Result<QJsonObject> parseFrame(const QByteArray &text)
{
    if (text.size() > kMaxFrameBytes)
        return badFrame(QCoreApplication::translate("HubFrame", "The frame is larger than 1 MiB."));
    if (nestingDepth(text) > kMaxFrameDepth)
        return badFrame(QCoreApplication::translate("HubFrame", "The frame is nested deeper than %1 levels.").arg(kMaxFrameDepth));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &err);
    if (err.error != QJsonParseError::NoError)
        return badFrame(QCoreApplication::translate("HubFrame", "The frame is not valid JSON (at byte %1).").arg(err.offset));
    if (!doc.isObject())
        return badFrame(QCoreApplication::translate("HubFrame", "The frame is not a JSON object."));
    return doc.object();
}

FrameReader::FrameReader(QJsonObject object, QString prefix)
    : m_object(std::move(object))
    , m_prefix(std::move(prefix))
{}

QString FrameReader::name(const char *field) const
{
    return m_prefix + QLatin1String(field);
}

void FrameReader::fail(const char *field, const QString &why)
{
    if (m_field)
        return;
    m_field = name(field);
    m_message = QCoreApplication::translate("HubFrame", "Field \"%1\" %2").arg(*m_field, why);
}

void FrameReader::absorb(const FrameReader &nested)
{
    if (!m_field && nested.m_field) {
        m_field = nested.m_field;
        m_message = nested.m_message;
    }
}

QJsonObject FrameReader::error() const
{
    return {{QStringLiteral("code"), QStringLiteral("bad_frame")},
            {QStringLiteral("message"), m_message},
            {QStringLiteral("field"), m_field.value_or(QString())}};
}

std::optional<QJsonValue> FrameReader::present(const char *field)
{
    const QJsonValue v = m_object.value(QLatin1String(field));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    return v;
}

QString FrameReader::text(const char *field, int maxLength)
{
    const auto v = present(field);
    if (!v) {
        fail(field, QCoreApplication::translate("HubFrame", "is missing"));
        return {};
    }
    if (!v->isString()) {
        fail(field, QCoreApplication::translate("HubFrame", "must be a text"));
        return {};
    }
    const QString s = v->toString();
    if (s.isEmpty())
        fail(field, QCoreApplication::translate("HubFrame", "must not be empty"));
    else if (s.size() > maxLength)
        fail(field, QCoreApplication::translate("HubFrame", "is longer than %1 characters").arg(maxLength));
    return s;
}

std::optional<QString> FrameReader::optionalText(const char *field, int maxLength)
{
    const auto v = present(field);
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        fail(field, QCoreApplication::translate("HubFrame", "must be a text"));
        return std::nullopt;
    }
    const QString s = v->toString();
    if (s.size() > maxLength)
        fail(field, QCoreApplication::translate("HubFrame", "is longer than %1 characters").arg(maxLength));
    return s;
}

qint64 FrameReader::integer(const char *field, qint64 min, qint64 max)
{
    if (!present(field)) {
        fail(field, QCoreApplication::translate("HubFrame", "is missing"));
        return 0;
    }
    return optionalInteger(field, min, max).value_or(0);
}

std::optional<qint64> FrameReader::optionalInteger(const char *field, qint64 min, qint64 max)
{
    const auto v = present(field);
    if (!v)
        return std::nullopt;
    const auto n = wholeNumber(*v);
    if (!n) {
        fail(field, QCoreApplication::translate("HubFrame", "must be a whole number"));
        return std::nullopt;
    }
    if (*n < min || *n > max) {
        fail(field, QCoreApplication::translate("HubFrame", "must be from %1 to %2").arg(min).arg(max));
        return std::nullopt;
    }
    return n;
}

bool FrameReader::boolean(const char *field)
{
    const auto v = present(field);
    if (!v) {
        fail(field, QCoreApplication::translate("HubFrame", "is missing"));
        return false;
    }
    if (!v->isBool()) {
        fail(field, QCoreApplication::translate("HubFrame", "must be true or false"));
        return false;
    }
    return v->toBool();
}

QJsonObject FrameReader::object(const char *field)
{
    if (!present(field)) {
        fail(field, QCoreApplication::translate("HubFrame", "is missing"));
        return {};
    }
    return optionalObject(field).value_or(QJsonObject());
}

std::optional<QJsonObject> FrameReader::optionalObject(const char *field)
{
    const auto v = present(field);
    if (!v)
        return std::nullopt;
    if (!v->isObject()) {
        fail(field, QCoreApplication::translate("HubFrame", "must be an object"));
        return std::nullopt;
    }
    return v->toObject();
}

QJsonArray FrameReader::array(const char *field, int maxItems)
{
    const auto v = present(field);
    if (!v) {
        fail(field, QCoreApplication::translate("HubFrame", "is missing"));
        return {};
    }
    if (!v->isArray()) {
        fail(field, QCoreApplication::translate("HubFrame", "must be a list"));
        return {};
    }
    const QJsonArray a = v->toArray();
    if (a.size() > maxItems) {
        fail(field, QCoreApplication::translate("HubFrame", "has more than %1 entries").arg(maxItems));
        return {};
    }
    return a;
}

QByteArray FrameReader::base64(const char *field, int exactBytes)
{
    const QString s = text(field, 4096);
    if (!ok())
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(s.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        fail(field, QCoreApplication::translate("HubFrame", "must be base64"));
        return {};
    }
    if (exactBytes >= 0 && decoded.decoded.size() != exactBytes) {
        fail(field, QCoreApplication::translate("HubFrame", "must hold %1 bytes").arg(exactBytes));
        return {};
    }
    return decoded.decoded;
}

QString FrameReader::uuid(const char *field)
{
    const QString s = text(field, 36);
    if (ok() && !isUuid(s))
        fail(field, QCoreApplication::translate("HubFrame", "must be a UUID in lowercase text"));
    return s;
}

FrameReader FrameReader::element(const QJsonArray &array, const char *field, int index)
{
    const QString prefix = name(field) + QStringLiteral("[%1].").arg(index);
    const QJsonValue v = array.at(index);
    FrameReader nested(v.toObject(), prefix);
    if (!v.isObject()) {
        nested.m_field = name(field) + QStringLiteral("[%1]").arg(index);
        nested.m_message = QCoreApplication::translate("HubFrame", "Field \"%1\" %2")
                               .arg(*nested.m_field, QCoreApplication::translate("HubFrame", "must be an object"));
    }
    return nested;
}

} // namespace shoulou::hub
