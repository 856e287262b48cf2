#pragma once

#include <QString>

namespace shoulou::identity {

struct NameKeys final {
    QString display;          // NFC, interpunct variants mapped to U+00B7, bidi controls removed
    bool dotsChanged = false; // display differs from the input by the dot map (UI asks to confirm)
    QString matchKey;         // traditional folded to simplified, no dots/spaces, latin lower-cased
    QString pinyin;           // "zhangsan": toneless, lower-case, no separators; "" if no Han/latin
    QString initials;         // "zs"
};

} // namespace shoulou::identity
