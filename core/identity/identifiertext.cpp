#include "identity/identifiertext.h"

namespace shoulou::identity {

namespace {

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// Invisible characters that spreadsheets and chat apps smuggle into cells: format characters
// (ZWSP U+200B, BOM U+FEFF, bidi marks), every kind of space (NBSP, U+3000), and control
// characters (a trailing tab or newline copied out of a cell). None can be part of an identifier.
bool isInvisible(QChar c)
{
    const ushort u = c.unicode();
    if (u < 0x80)
        return u <= 0x20 || u == 0x7f;
    switch (c.category()) {
    case QChar::Other_Format:
    case QChar::Other_Control:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

// Grouping punctuation people type inside numbers. U+2212 (minus sign) is what some
// word processors substitute for '-'.
bool isSeparator(QChar c)
{
    const ushort u = c.unicode();
    return u == '-' || u == '(' || u == ')' || u == '.' || (u >= 0x2010 && u <= 0x2015) || u == 0x2212;
}

QString toNfkc(const QString &raw)
{
    // ASCII is already in NFKC; skipping normalized() keeps the import hot path cheap.
    return isAscii(raw) ? raw : raw.normalized(QString::NormalizationForm_KC);
}

bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

} // namespace

QString cleanIdentifier(const QString &raw)
{
    const QString nfkc = toNfkc(raw);
    QString out;
    out.reserve(nfkc.size());
    for (const QChar c : nfkc) {
        if (isInvisible(c) || isSeparator(c))
            continue;
        out.append(c);
    }
    return out;
}

bool looksExcelMangled(const QString &raw)
{
    // Cheap rejection first: this runs once per imported cell, and almost none contain an E.
    bool hasE = false;
    for (const QChar c : raw) {
        const ushort u = c.unicode();
        if (u == 'E' || u == 'e' || u == 0xFF25 || u == 0xFF45) {
            hasE = true;
            break;
        }
    }
    if (!hasE)
        return false;

    // Excel's General format renders a long number as mantissa E exponent: "1.38123E+10",
    // "1.10105E+17", "1.38E10"; locales with a decimal comma write "1,38123E+10". Full-width
    // input is folded by NFKC; invisible characters are dropped first.
    QString text;
    for (const QChar c : toNfkc(raw)) {
        if (!isInvisible(c))
            text.append(c);
    }
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (i < n && (text[i] == u'+' || text[i] == u'-'))
        ++i;
    const qsizetype mantissaStart = i;
    while (i < n && isDigit(text[i]))
        ++i;
    if (i == mantissaStart)
        return false;
    if (i < n && (text[i] == u'.' || text[i] == u',')) {
        ++i;
        const qsizetype fractionStart = i;
        while (i < n && isDigit(text[i]))
            ++i;
        if (i == fractionStart)
            return false;
    }
    if (i >= n || (text[i] != u'E' && text[i] != u'e'))
        return false;
    ++i;
    if (i < n && (text[i] == u'+' || text[i] == u'-'))
        ++i;
    const qsizetype exponentStart = i;
    while (i < n && isDigit(text[i]))
        ++i;
    const qsizetype exponentDigits = i - exponentStart;
    return i == n && exponentDigits >= 1 && exponentDigits <= 3;
}

qsizetype codePointLength(const QString &text)
{
    qsizetype count = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        // A well-formed surrogate pair is one code point; a lone surrogate still counts once.
        if (text[i].isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

} // namespace shoulou::identity
