#pragma once

#include "customer/customerlist.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

#include <cstdlib>
#include <memory>
#include <new>
#include <utility>
#include <vector>

namespace shoulou::ui {

// The rows of a customer list kept small enough for a million of them: fixed-size slots in
// chunks of 4 096 (appending never moves what is stored, clearing frees a few big blocks),
// text in one buffer per chunk, ids as 16-byte UUIDs, owners and channels as small numbers.
// About 90 bytes a customer instead of ~800 as ListRow with its seven QStrings.
class CompactRows final {
public:
    CompactRows();
    ~CompactRows();

    qsizetype size() const { return m_size; }
    void append(const customer::ListRow &row);
    customer::ListRow at(qsizetype i) const;
    QString idAt(qsizetype i) const;
    qint64 nextFollowUpAt(qsizetype i) const;
    void clear();

    // Where the customer `id` is, or -1: a hash lookup (the index is kept as rows are appended),
    // so a change set naming a few customers never scans a million rows.
    qsizetype indexOf(const QString &id) const;
    // Overwrites row i (its id stays the same).
    void replace(qsizetype i, const customer::ListRow &row);
    // Removes row i, moving the rows after it up: O(n), for the rare row that leaves the list
    // (merged away, no longer matching the filter). Remove several from the last one first and
    // call reindex() after the last.
    void remove(qsizetype i);
    void reindex();
    // Inserts a row before row i, moving the later ones down: O(n) as well (a new customer
    // inside the loaded range), the index adjusted in one pass.
    void insert(qsizetype i, const customer::ListRow &row);

private:
    static constexpr int kChunk = 4096;
    struct Slot {
        QUuid id;
        qint64 last = 0, next = 0, created = 0;
        quint32 nameAt = 0, phoneAt = 0; // offsets into the chunk's text
        quint16 nameLength = 0;
        quint8 phoneLength = 0;
        char grade = 0;
        quint8 status = 0;
        quint16 owner = 0;   // index into m_codes, 0 = none
        quint16 channel = 0; // index into m_codes, 0 = none
    };
    struct Chunk {
        Slot cells[kChunk];
        QString text;
    };
    quint16 code(const QString &value);
    void write(Slot &s, Chunk &chunk, const customer::ListRow &r);
    void index(qsizetype i);
    static quint64 hashOf(const QUuid &id);

    std::vector<std::unique_ptr<Chunk>> m_chunks;
    qsizetype m_size = 0;
    QList<QString> m_codes; // statuses, owner ids, channel ids (a few dozen)
    QHash<QString, quint16> m_codeIndex;
    QHash<qsizetype, QString> m_oddIds; // ids that are not UUIDs (none are made today)
    // Open addressing, row + 1 per used slot (0 = empty), at most half full: 4 bytes a slot,
    // about 8 MB for a million rows (a QHash would take ~40 MB).
    // Index tables come from calloc and are not written when sized: the kernel's zero pages
    // fill in as slots are used, so growing to 16 MB at a million rows costs no memset.
    template <typename T>
    struct ZeroedAllocator {
        using value_type = T;
        ZeroedAllocator() = default;
        template <typename U>
        ZeroedAllocator(const ZeroedAllocator<U> &)
        {}
        T *allocate(size_t n)
        {
            void *p = std::calloc(n, sizeof(T));
            if (!p)
                throw std::bad_alloc();
            return static_cast<T *>(p);
        }
        void deallocate(T *p, size_t) { std::free(p); }
        template <typename U>
        void construct(U *p) noexcept
        {
            ::new (static_cast<void *>(p)) U; // default-initialised: calloc's zeros stay
        }
        template <typename U, typename... A>
        void construct(U *p, A &&...a)
        {
            ::new (static_cast<void *>(p)) U(std::forward<A>(a)...);
        }
        bool operator==(const ZeroedAllocator &) const { return true; }
    };
    using Index = std::vector<quint32, ZeroedAllocator<quint32>>;
    Index m_index;
    Index m_oldIndex; // while growing: rows [m_migrateNext, m_migrateEnd) are only here
    qsizetype m_migrateNext = 0, m_migrateEnd = 0;
};

} // namespace shoulou::ui
