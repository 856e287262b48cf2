#pragma once

#include <QByteArrayView>
#include <QStringView>

#include <vector>

namespace shoulou::storage {
class Database;
}

namespace shoulou::identity {

// A Bloom filter over every identity key of the office: phone match keys, the soft-match
// halves, resident id blind indexes, platform ids and lead dedup keys.
//
// Why: in a bulk import most rows are new people, and every lookup that finds nothing (is
// this lead known? does anyone own this phone? is there a customer one digit away?) cost a
// B-tree probe of a random-keyed index — a quarter of the writer's time. A filter answers
// "certainly not stored" from memory; "maybe" still goes to SQLite, so a false positive only
// costs the probe it would have cost anyway. It never gives a false negative as long as every
// key written while it is in use is add()ed (CustomerStore does that) and nobody else writes
// the office meanwhile (the importer checks PRAGMA data_version before each batch).
// About 12 bits a key: 5 MB for a 1 M-lead office.
class KnownKeys final {
public:
    enum class Kind : unsigned char { Phone = 1, Soft, ResidentId, Device, Lead };

    // Every key already in the office, sized for `expectedNewKeys` more.
    static KnownKeys load(storage::Database &db, qint64 expectedNewKeys);

    bool mayContain(Kind kind, QStringView key) const;
    bool mayContain(Kind kind, QByteArrayView key) const;
    void add(Kind kind, QStringView key);
    void add(Kind kind, QByteArrayView key);

    qint64 keyCount() const { return m_keys; }
    qint64 bitCount() const { return qint64(m_bits.size()) * 64; }

private:
    explicit KnownKeys(qint64 capacity);
    struct Hashes {
        quint64 h1, h2;
    };
    static Hashes hash(Kind kind, const void *data, qsizetype bytes);
    bool test(Hashes h) const;
    void set(Hashes h);

    static constexpr int kProbes = 7; // optimal for ~12 bits a key: about 0.3 % false positives
    std::vector<quint64> m_bits;
    quint64 m_mask = 0; // bit count - 1 (a power of two)
    qint64 m_keys = 0;
};

} // namespace shoulou::identity
