#include "identity/namenormalizer.h"

#include "util/logging.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace shoulou::identity {

namespace {

// Memoised names before the cache is dropped: ~200 bytes each, so a few tens of MB at most.
constexpr qsizetype kCacheLimit = 200'000;

constexpr char16_t kMiddleDot = 0x00B7;

icu::UnicodeString toIcu(const QString &s)
{
    return icu::UnicodeString(reinterpret_cast<const UChar *>(s.utf16()), int32_t(s.size()));
}

QString fromIcu(const icu::UnicodeString &s)
{
    return QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
}

std::unique_ptr<icu::Transliterator> makeTransliterator(const char *id)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
    if (U_FAILURE(status)) {
        // Without ICU data the names still store and display; only the fuzzy keys degrade.
        qCWarning(lcIdentity) << "ICU transliterator" << id << "unavailable:" << u_errorName(status);
        return nullptr;
    }
    return t;
}

// Invisible characters that only ever arrive by accident and would make two equal names
// differ: bidi embeddings/overrides/isolates and marks (U+202E can make a name display
// backwards), ZWSP, BOM, Arabic letter mark. ZWJ/ZWNJ are kept: emoji and some scripts need them.
bool isStrippedControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x200B || c == 0xFEFF ||
           c == 0x061C;
}

// Dots people type between the parts of a transliterated name (阿卜杜·热合曼): bullet,
// katakana middle dot (and its half-width form), hyphenation point (Taiwan), dot operator,
// bullet operator, full-width and ASCII full stop.
bool isDotVariant(char32_t c)
{
    return c == 0x2022 || c == 0x30FB || c == 0xFF65 || c == 0x2027 || c == 0x22C5 || c == 0x2219 || c == 0xFF0E || c == u'.';
}

bool isAsciiLetter(char32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isNameChar(char32_t c)
{
    return QChar::isLetter(c) || QChar::isMark(c);
}

} // namespace

struct NameNormalizer::Icu final {
    std::unique_ptr<icu::Transliterator> toSimplified = makeTransliterator("Traditional-Simplified");
    std::unique_ptr<icu::Transliterator> hanToPinyin = makeTransliterator("Han-Latin; Latin-ASCII; Lower");
    std::unique_ptr<icu::Transliterator> anyToAscii = makeTransliterator("Any-Latin; Latin-ASCII; Lower");
    // Han code point -> toneless syllable. Names reuse a few thousand characters, and one
    // Han-Latin call costs ~5 µs, so this makes even never-seen names cheap.
    QHash<char32_t, QString> syllables;

    QString transliterate(icu::Transliterator *t, const QString &text) const
    {
        if (!t)
            return text;
        icu::UnicodeString u = toIcu(text);
        t->transliterate(u);
        return fromIcu(u);
    }

    QString syllable(char32_t han)
    {
        auto it = syllables.constFind(han);
        if (it != syllables.cend())
            return *it;
        const QString out = asciiLetters(transliterate(hanToPinyin.get(), QString::fromUcs4(&han, 1)));
        syllables.insert(han, out);
        return out;
    }

    // Keeps [a-z0-9]: whatever ICU could not romanise (a rare Ext. B character) drops out of
    // the search keys instead of leaking into them.
    static QString asciiLetters(const QString &s)
    {
        QString out;
        for (const QChar c : s) {
            const ushort u = c.unicode();
            if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9'))
                out.append(c);
            else if (u >= 'A' && u <= 'Z')
                out.append(QChar(u + ('a' - 'A')));
        }
        return out;
    }
};

NameNormalizer::NameNormalizer()
    : m_icu(std::make_unique<Icu>())
{}

NameNormalizer::~NameNormalizer() = default;

namespace {

QString cleanDisplay(const QString &raw, bool *dotsChanged)
{
    // NFC, never NFKC: NFKC would turn U+FF0E into '.' and full-width letters into ASCII,
    // silently changing what the customer wrote.
    const QList<uint> cps = raw.normalized(QString::NormalizationForm_C).toUcs4();
    QList<char32_t> kept;
    kept.reserve(cps.size());
    for (const uint c : cps) {
        if (!isStrippedControl(c))
            kept.append(c);
    }

    QString before;
    QString after;
    for (qsizetype i = 0; i < kept.size(); ++i) {
        const char32_t c = kept[i];
        char32_t mapped = c;
        if (isDotVariant(c) && i > 0 && i + 1 < kept.size()) {
            const char32_t prev = kept[i - 1];
            const char32_t next = kept[i + 1];
            // ASCII and full-width full stops between Latin letters are initials ("J.K."):
            // only map them when the name around them is not Latin.
            const bool fullStop = c == u'.' || c == 0xFF0E;
            if (isNameChar(prev) && isNameChar(next) && !(fullStop && (isAsciiLetter(prev) || isAsciiLetter(next))))
                mapped = kMiddleDot;
        }
        before.append(QString::fromUcs4(&c, 1));
        after.append(QString::fromUcs4(&mapped, 1));
    }
    *dotsChanged = before.trimmed() != after.trimmed();
    return after.trimmed();
}

QString foldForMatch(const QString &simplified)
{
    QString out;
    out.reserve(simplified.size());
    for (const QChar c : simplified) {
        const ushort u = c.unicode();
        if (u == kMiddleDot || c.isSpace() || isDotVariant(u))
            continue;
        // Full-width Latin letters and digits fold to ASCII so "Ｔｏｍ" finds "Tom"; the rest of
        // NFKC is not applied (it is not needed for Han, which NFC already unified).
        if (u >= 0xFF01 && u <= 0xFF5E)
            out.append(QChar(u - 0xFEE0));
        else
            out.append(c);
    }
    return out.toLower();
}

} // namespace

NameKeys NameNormalizer::keys(const QString &raw)
{
    auto cached = m_cache.constFind(raw);
    if (cached != m_cache.cend())
        return *cached;

    NameKeys k;
    k.display = cleanDisplay(raw, &k.dotsChanged);
    // Traditional is folded to Simplified only in the keys: the stored name stays as entered.
    const QString simplified = m_icu->transliterate(m_icu->toSimplified.get(), k.display);
    k.matchKey = foldForMatch(simplified);

    // Search keys: one syllable per Han character, one word per run of other letters/digits.
    QStringList parts;
    QString run;
    const auto flushRun = [&] {
        if (run.isEmpty())
            return;
        bool ascii = true;
        for (const QChar c : run)
            ascii = ascii && c.unicode() < 0x80;
        const QString word = Icu::asciiLetters(ascii ? run : m_icu->transliterate(m_icu->anyToAscii.get(), run));
        if (!word.isEmpty())
            parts.append(word);
        run.clear();
    };
    for (const uint u : simplified.toUcs4()) {
        const char32_t c = u;
        if (QChar::script(c) == QChar::Script_Han) {
            flushRun();
            const QString s = m_icu->syllable(c);
            if (!s.isEmpty())
                parts.append(s);
        } else if (QChar::isLetterOrNumber(c) || QChar::isMark(c)) {
            run.append(QString::fromUcs4(&c, 1));
        } else {
            flushRun();
        }
    }
    flushRun();
    for (const QString &p : std::as_const(parts)) {
        k.pinyin += p;
        k.initials += p.front();
    }

    if (m_cache.size() >= kCacheLimit)
        m_cache.clear();
    m_cache.insert(raw, k);
    return k;
}

QString NameNormalizer::matchKey(const QString &raw)
{
    return keys(raw).matchKey;
}

NameNormalizer &NameNormalizer::forThisThread()
{
    thread_local NameNormalizer instance;
    return instance;
}

} // namespace shoulou::identity
