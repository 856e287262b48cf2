#pragma once

#include "io/textencoding.h"

#include <QByteArray>
#include <QString>

namespace shoulou::io {

// Guesses the encoding of a CSV file from its first bytes. Excel on zh-CN Windows writes
// UTF-8 with BOM, GBK/GB18030 ("CSV") or UTF-16LE with BOM ("Unicode Text"); hand-made files
// are often UTF-8 without BOM. Without a BOM we count invalid sequences under UTF-8 and
// under GB18030 and keep the cleaner reading, so one damaged row cannot flip a whole UTF-8
// file to GB18030 (that row is reported later as a row error instead).
class EncodingSniffer final {
public:
    struct Guess {
        TextEncoding encoding = TextEncoding::Utf8;
        int bomLength = 0;
    };

    // `atEof`: the sample is the whole file, so a truncated final sequence is an error.
    static Guess detect(const QByteArray &sample, bool atEof);

    // Offset of the first byte that does not start a valid UTF-8 sequence (overlongs,
    // surrogates and code points above U+10FFFF are invalid), or -1 when all is valid.
    // With `allowTruncatedTail` an incomplete sequence at the very end is accepted.
    static qsizetype utf8ErrorOffset(const char *data, qsizetype size, bool allowTruncatedTail);

    static int utf8ErrorCount(const char *data, qsizetype size, bool atEof);
    // Structural GB18030 check (1-, 2- and 4-byte forms), enough to compare readings.
    static int gb18030ErrorCount(const char *data, qsizetype size, bool atEof);

    static QString displayName(TextEncoding encoding);
};

} // namespace shoulou::io
