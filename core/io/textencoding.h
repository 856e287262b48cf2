#pragma once

namespace shoulou::io {

// The text encodings a CSV/TSV file may use (BAD-INPUT.md §4.4).
enum class TextEncoding { Utf8, Utf8Bom, Gb18030, Utf16Le, Utf16Be };

} // namespace shoulou::io
