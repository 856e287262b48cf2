#pragma once

#include "identity/leadinput.h"
#include "identity/namenormalizer.h"
#include "identity/phonenormalizer.h"
#include "io/fieldmapping.h"
#include "io/leadtime.h"
#include "io/tablerow.h"

#include <QStringList>

namespace shoulou {
class Clock;
namespace security {
class OfficeKey;
}
} // namespace shoulou

namespace shoulou::io {

// What became of one source row before it reaches the database.
struct NormalizedRow final {
    qint64 row = 0;
    bool rejected = false;
    QString reason;      // why it was rejected, or the warnings of an accepted row
    QString channelText; // as written in the row (or the import's default channel)
    identity::LeadInput lead;
    QByteArray jsonBody; // lead.jsonBody(), made on the reader thread (accepted rows)
};

// Problems of one row as one reason text, with the separator of the user's language.
QString joinProblems(const QStringList &problems);

// Turns a raw row into lead.ingest@1 arguments: identifiers normalised (BAD-INPUT.md), the
// resident id sealed and blind-indexed, the raw payload sealed, a dedup key computed.
// Runs on the import's reader thread: one instance per thread.
class LeadNormalizer final {
public:
    LeadNormalizer(const security::OfficeKey &key, const Clock &clock, QStringList header, FieldMapping mapping, QString defaultChannel,
                   QString source);

    NormalizedRow normalize(const TableRow &row);
    // How year-last dates whose day and month could be either way round are read (Unknown:
    // such a row gets the import time and a warning).
    void setDateOrder(DateOrder order) { m_dateOrder = order; }

private:
    QString fieldLabel(int column) const;

    const security::OfficeKey &m_key;
    const Clock &m_clock;
    QStringList m_header;
    FieldMapping m_mapping;
    QString m_defaultChannel;
    QString m_source;
    identity::PhoneNormalizer m_phones;
    identity::NameNormalizer m_names;
    DateOrder m_dateOrder = DateOrder::Unknown;
};

} // namespace shoulou::io
