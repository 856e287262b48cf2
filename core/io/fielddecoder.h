#pragma once

#include <QString>

struct UConverter;

namespace shoulou::io {

// Decodes one CSV field from UTF-8 or GB18030 bytes. Invalid input is reported with the
// offset of the first bad byte instead of being replaced by U+FFFD: a silently damaged
// name would later merge or split customers (BAD-INPUT.md §4.4).
class FieldDecoder final {
public:
    enum class Kind { Utf8, Gb18030 };

    explicit FieldDecoder(Kind kind);
    ~FieldDecoder();
    FieldDecoder(const FieldDecoder &) = delete;
    FieldDecoder &operator=(const FieldDecoder &) = delete;

    // False when the converter could not be created (ICU data missing).
    bool isValid() const;

    // On success fills `out` and returns true; otherwise sets `errorOffset` to the offset
    // of the first invalid byte within `data` and returns false.
    bool decode(const char *data, qsizetype size, QString *out, qsizetype *errorOffset);

private:
    bool decodeGb18030(const char *data, qsizetype size, QString *out, qsizetype *errorOffset);

    Kind m_kind;
    UConverter *m_converter = nullptr;
};

} // namespace shoulou::io
