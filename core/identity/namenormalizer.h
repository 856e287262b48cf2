#pragma once

#include "identity/namekeys.h"

#include <QHash>
#include <QString>

#include <memory>

namespace shoulou::identity {

// Names: NFC (never NFKC: it would turn U+FF0E into '.'), an explicit interpunct map, and
// match/search keys through ICU transliterators (Traditional-Simplified, Han-Latin).
// ICU transliterators are not thread-safe: use one NameNormalizer per thread. Keys are
// memoised because an office sees the same names again and again.
class NameNormalizer final {
public:
    NameNormalizer();
    ~NameNormalizer();
    NameNormalizer(const NameNormalizer &) = delete;
    NameNormalizer &operator=(const NameNormalizer &) = delete;

    // The instance of the calling thread: building the ICU transliterators costs ~0.1 s, so
    // short-lived users (a mutation handler, a search box) share one per thread.
    static NameNormalizer &forThisThread();

    NameKeys keys(const QString &raw);
    // Folds a search query the same way as matchKey (so 陳大文 finds 陈大文).
    QString matchKey(const QString &raw);

private:
    struct Icu;
    std::unique_ptr<Icu> m_icu;
    QHash<QString, NameKeys> m_cache;
};

} // namespace shoulou::identity
