#pragma once

#include "customer/customerlist.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

#include <memory>
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

    std::vector<std::unique_ptr<Chunk>> m_chunks;
    qsizetype m_size = 0;
    QList<QString> m_codes; // statuses, owner ids, channel ids (a few dozen)
    QHash<QString, quint16> m_codeIndex;
    QHash<qsizetype, QString> m_oddIds; // ids that are not UUIDs (none are made today)
};

} // namespace shoulou::ui
