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

// The customer's profile as a row gives it (the profile columns of LeadField), checked and
// converted on the reader thread; the writer applies it with customer.update.
struct RowProfile final {
    QString gender;              // "male" or "female"
    qint64 budgetFen = -1;       // the budget, or its lower end; -1: none
    qint64 budgetMaxFen = -1;    // the upper end of a range ("300-350万"); -1: none
    double areaM2 = 0;           // 0: none
    double areaMaxM2 = 0;        // the upper end of a range; 0: none
    QString layout, building;    // as written
    QString ownerName, ownerCol; // the consultant's display name, and the column it came from
    bool any() const
    {
        return !gender.isEmpty() || budgetFen >= 0 || areaM2 > 0 || !layout.isEmpty() || !building.isEmpty() || !ownerName.isEmpty();
    }
};

// What became of one source row before it reaches the database.
struct NormalizedRow final {
    qint64 row = 0;
    bool rejected = false;
    QString reason;      // why it was rejected, or the warnings of an accepted row
    QString channelText; // as written in the row (or the import's default channel)
    identity::LeadInput lead;
    QByteArray jsonBody; // lead.jsonBody(), made on the reader thread (accepted rows)
    RowProfile profile;  // empty for a file without profile columns
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
