#include "leadnormalizer.h"

#include "identity/identifiertext.h"
#include "identity/residentid.h"
#include "io/leadtime.h"
#include "office/channeldirectory.h"
#include "security/officekey.h"
#include "util/clock.h"
#include "util/jsonwriter.h"
#include "util/officetime.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace shoulou::io {

namespace {

constexpr qsizetype kMaxNameCodePoints = 100;

// "13812345678/13912345678", "138…；139…", "138…、139…": several numbers in one cell.
QStringList splitPhones(const QString &cell)
{
    static const QRegularExpression sep(QStringLiteral("[/;；、，,|\\n]+"));
    QStringList out;
    for (const QString &part : cell.split(sep, Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

} // namespace

LeadNormalizer::LeadNormalizer(const security::OfficeKey &key, const Clock &clock, QStringList header, FieldMapping mapping,
                               QString defaultChannel, QString source)
    : m_key(key)
    , m_clock(clock)
    , m_header(std::move(header))
    , m_mapping(std::move(mapping))
    , m_defaultChannel(std::move(defaultChannel))
    , m_source(std::move(source))
{}

QString LeadNormalizer::fieldLabel(int column) const
{
    return column >= 0 && column < m_header.size() ? m_header[column] : QString::number(column + 1);
}

NormalizedRow LeadNormalizer::normalize(const TableRow &row)
{
    NormalizedRow out;
    out.row = row.number;
    if (!row.error.isEmpty()) {
        out.rejected = true;
        out.reason = row.error;
        return out;
    }
    identity::LeadInput &lead = out.lead;
    QStringList problems;
    QString name, residentCanonical, timeText, channelText, remark;
    bool timeNumeric = false;

    for (const ColumnMapping &cm : m_mapping.columns()) {
        if (cm.column < 0 || cm.column >= row.cells.size())
            continue;
        const QString cell = row.cells[cm.column];
        const bool numeric = cm.column < row.numeric.size() && row.numeric[cm.column];
        const QString label = fieldLabel(cm.column);
        if (cell.trimmed().isEmpty())
            continue;
        switch (cm.field) {
        case LeadField::Ignore:
            break;
        case LeadField::Name:
            if (name.isEmpty())
                name = cell;
            break;
        case LeadField::Phone:
            if (numeric) {
                problems << QCoreApplication::translate("LeadNormalizer",
                                                        "%1 \"%2\": the cell is stored as a number, so Excel may have changed its digits; "
                                                        "format the column as text and export again")
                                .arg(label, cell);
                break;
            }
            for (const QString &p : splitPhones(cell)) {
                auto r = m_phones.normalize(p);
                if (!r) {
                    problems << QStringLiteral("%1: %2").arg(label, r.error().message);
                    continue;
                }
                const QString key = r->matchKey();
                if (std::any_of(lead.phones.begin(), lead.phones.end(), [&](const identity::LeadPhone &x) { return x.matchKey == key; }))
                    continue;
                QString digits;
                for (const QChar c : r->display())
                    if (c.isDigit())
                        digits += c;
                lead.phones.append({key, r->e164, r->extension, r->kindName(), digits, p});
            }
            break;
        case LeadField::ResidentId: {
            if (numeric) {
                problems << QCoreApplication::translate("LeadNormalizer",
                                                        "%1 \"%2\": the cell is stored as a number, so Excel kept only 15 digits; format "
                                                        "the column as text and export again")
                                .arg(label, cell);
                break;
            }
            if (!residentCanonical.isEmpty())
                break;
            auto r = identity::parseResidentId(cell, OfficeTime::today(m_clock));
            if (!r) {
                problems << QStringLiteral("%1: %2").arg(label, r.error().message);
                break;
            }
            residentCanonical = r->number;
            if (r->needsReview)
                problems << QCoreApplication::translate("LeadNormalizer", "%1: birth date %2 makes the holder older than 120; please check")
                                .arg(label, r->birthDate.toString(Qt::ISODate));
            lead.residentId = identity::sealResidentId(m_key, *r);
            break;
        }
        case LeadField::Channel:
            if (channelText.isEmpty())
                channelText = cell.trimmed();
            break;
        case LeadField::Time:
            if (timeText.isEmpty()) {
                timeText = cell;
                timeNumeric = numeric;
            }
            break;
        case LeadField::Remark:
            remark = remark.isEmpty() ? cell.trimmed() : remark + QLatin1Char('\n') + cell.trimmed();
            break;
        case LeadField::PlatformId: {
            const QString id = identity::cleanIdentifier(cell);
            if (id.isEmpty() || identity::looksExcelMangled(cell)) {
                problems << QCoreApplication::translate("LeadNormalizer", "%1 \"%2\" is not a usable platform id").arg(label, cell);
                break;
            }
            const QString platform = cm.platform.isEmpty() ? QStringLiteral("platform") : cm.platform;
            lead.devices.append({platform, platform + QLatin1Char(':') + id});
            break;
        }
        }
    }

    if (!name.isEmpty()) {
        const auto keys = m_names.keys(name);
        if (identity::codePointLength(keys.display) > kMaxNameCodePoints) {
            out.rejected = true;
            out.reason = QCoreApplication::translate("LeadNormalizer", "name is longer than %1 characters").arg(kMaxNameCodePoints);
            return out;
        }
        lead.name = keys.display;
        lead.nameKey = keys.matchKey;
        lead.pinyin = keys.pinyin;
        lead.initials = keys.initials;
    }

    if (!lead.hasHardKey()) {
        out.rejected = true;
        problems.prepend(QCoreApplication::translate("LeadNormalizer", "no valid phone, resident id or platform id"));
        out.reason = problems.join(QStringLiteral("; "));
        return out;
    }

    const bool hasTime = !timeText.trimmed().isEmpty();
    if (hasTime) {
        auto t = parseLeadTime(timeText, timeNumeric);
        if (!t) {
            out.rejected = true;
            out.reason = QStringLiteral("%1: %2").arg(fieldLabel(m_mapping.columnFor(LeadField::Time)), t.error().message);
            return out;
        }
        lead.receivedAt = *t;
    } else {
        lead.receivedAt = m_clock.nowMs();
    }

    out.channelText = channelText.isEmpty() ? m_defaultChannel : channelText;
    lead.remark = remark;
    lead.source = m_source;

    // Same content, same lead: a re-import finds it. A row without a time of its own is
    // keyed without one, so importing it again later still matches.
    QStringList phoneKeys, deviceKeys;
    for (const auto &p : lead.phones)
        phoneKeys << p.matchKey;
    for (const auto &d : lead.devices)
        deviceKeys << d.matchKey;
    phoneKeys.sort();
    deviceKeys.sort();
    const QString canonical = QStringList{office::ChannelDirectory::aliasKey(out.channelText),
                                          hasTime ? QString::number(lead.receivedAt) : QStringLiteral("-"),
                                          lead.name,
                                          phoneKeys.join(QLatin1Char(',')),
                                          residentCanonical,
                                          deviceKeys.join(QLatin1Char(',')),
                                          remark}
                                  .join(QChar(0x1F));
    lead.dedupKey = m_key.blindIndex("lead", canonical.toUtf8());
    // The row verbatim, as {"header": "cell", …, "_row": n}, sealed.
    JsonWriter raw;
    raw.beginObject();
    for (int c = 0; c < row.cells.size(); ++c)
        raw.field(fieldLabel(c), row.cells[c]);
    raw.field("_row", row.number).endObject();
    lead.rawSealed = m_key.seal(raw.take());
    out.reason = problems.join(QStringLiteral("; "));
    return out;
}

} // namespace shoulou::io
