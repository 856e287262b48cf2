#include "knownkeys.h"

#include "storage/database.h"

#include <QHashFunctions>

#include <bit>

namespace shoulou::identity {

KnownKeys::KnownKeys(qint64 capacity)
{
    // 12 bits a key, rounded up to a power of two so a probe is a mask, not a division.
    const quint64 wanted = quint64(qMax<qint64>(capacity, 1024)) * 12;
    const quint64 bits = std::bit_ceil(wanted);
    m_bits.assign(size_t(bits / 64), 0);
    m_mask = bits - 1;
}

KnownKeys KnownKeys::load(storage::Database &db, qint64 expectedNewKeys)
{
    const qint64 existing = db.queryInt("SELECT (SELECT count(*) FROM customer_phone) * 3"
                                        " + (SELECT count(*) FROM customer_resident_id)"
                                        " + (SELECT count(*) FROM customer_device)"
                                        " + (SELECT count(*) FROM touch WHERE dedup_key IS NOT NULL)");
    KnownKeys keys(existing + expectedNewKeys);
    // Index-only scans, in index order: a few hundred milliseconds for a million keys.
    auto scanText = [&](const char *sql, Kind kind) {
        auto &st = db.prepare(sql);
        while (st.step())
            keys.add(kind, st.text(0));
        st.reset();
    };
    auto scanBlob = [&](const char *sql, Kind kind) {
        auto &st = db.prepare(sql);
        while (st.step())
            keys.add(kind, st.blob(0));
        st.reset();
    };
    scanText("SELECT match_key FROM customer_phone", Kind::Phone);
    scanText("SELECT soft_a FROM customer_phone WHERE soft_a IS NOT NULL", Kind::Soft);
    scanText("SELECT soft_b FROM customer_phone WHERE soft_b IS NOT NULL", Kind::Soft);
    scanBlob("SELECT blind_index FROM customer_resident_id", Kind::ResidentId);
    scanText("SELECT match_key FROM customer_device", Kind::Device);
    scanBlob("SELECT dedup_key FROM touch WHERE dedup_key IS NOT NULL", Kind::Lead);
    return keys;
}

KnownKeys::Hashes KnownKeys::hash(Kind kind, const void *data, qsizetype bytes)
{
    // Two independent 64-bit hashes; the probes are h1 + i·h2 (Kirsch–Mitzenmacher). The
    // kind is part of the seed, so the same text as a phone and as a device are different keys.
    const auto k = size_t(kind);
    const quint64 h1 = qHashBits(data, size_t(bytes), 0x9E3779B97F4A7C15ull ^ k);
    const quint64 h2 = qHashBits(data, size_t(bytes), 0xC2B2AE3D27D4EB4Full + k) | 1;
    return {h1, h2};
}

bool KnownKeys::test(Hashes h) const
{
    for (int i = 0; i < kProbes; ++i) {
        const quint64 bit = (h.h1 + quint64(i) * h.h2) & m_mask;
        if (!(m_bits[bit >> 6] & (quint64(1) << (bit & 63))))
            return false;
    }
    return true;
}

void KnownKeys::set(Hashes h)
{
    for (int i = 0; i < kProbes; ++i) {
        const quint64 bit = (h.h1 + quint64(i) * h.h2) & m_mask;
        m_bits[bit >> 6] |= quint64(1) << (bit & 63);
    }
    ++m_keys;
}

bool KnownKeys::mayContain(Kind kind, QStringView key) const
{
    return test(hash(kind, key.data(), key.size() * qsizetype(sizeof(QChar))));
}

bool KnownKeys::mayContain(Kind kind, QByteArrayView key) const
{
    return test(hash(kind, key.data(), key.size()));
}

void KnownKeys::add(Kind kind, QStringView key)
{
    set(hash(kind, key.data(), key.size() * qsizetype(sizeof(QChar))));
}

void KnownKeys::add(Kind kind, QByteArrayView key)
{
    set(hash(kind, key.data(), key.size()));
}

} // namespace shoulou::identity
