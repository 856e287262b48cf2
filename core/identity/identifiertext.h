#pragma once

#include <QString>

namespace shoulou::identity {

// BAD-INPUT.md normalization for identifiers (phones, resident ids, platform ids):
// NFKC, drop Cf/Zs characters (ZWSP, BOM, NBSP, ideographic space), drop separators
// (- space ( ) . U+2010..U+2015). Not for names (see NameNormalizer).
QString cleanIdentifier(const QString &raw);

// True when the text looks like a number Excel converted to floating point
// ("1.38123E+10", "8.61381E+12", "1.10105E+17") — the digits are already lost.
bool looksExcelMangled(const QString &raw);

// Length in Unicode code points (a supplementary-plane Han counts as one, not two).
qsizetype codePointLength(const QString &text);

} // namespace shoulou::identity
