#include "leadnormalizer.h"

#include "identity/identifiertext.h"
#include "identity/residentid.h"
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

// "300万", "300 万元", "约300万", "300-350万", "300万-350万", "3000000", "3,000,000元": a budget
// in 万元 (a number below 100 000 without a unit is taken as 万, as offices write it) as fen.
bool parseBudget(const QString &cell, qint64 *lowFen, qint64 *highFen)
{
    QString s = cell.normalized(QString::NormalizationForm_KC).simplified();
    s.remove(QLatin1Char(' '));
    s.remove(QLatin1Char(','));
    static const QRegularExpression re(QStringLiteral(
        R"(^(?:约|大约|预算)?(\d+(?:\.\d+)?)(万元|万|元)?(?:[-~～—至到](\d+(?:\.\d+)?)(万元|万|元)?)?(?:左右|以内|以下|以上)?$)"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return false;
    const QString unit = !m.capturedView(2).isEmpty() ? m.captured(2) : m.captured(4);
    auto toFen = [&](QStringView number) -> qint64 {
        const double v = number.toDouble();
        const bool yuan = unit == QLatin1String("元") || (unit.isEmpty() && v >= 100000);
        return qRound64(yuan ? v * 100 : v * 1000000);
    };
    *lowFen = toFen(m.capturedView(1));
    *highFen = m.capturedView(3).isEmpty() ? -1 : toFen(m.capturedView(3));
    if (*highFen >= 0 && *highFen < *lowFen)
        std::swap(*lowFen, *highFen);
    return *lowFen >= 0;
}

// "89", "89.5㎡", "89平", "89平米", "89m²", "90-120㎡": m², between 1 and 100 000.
bool parseArea(const QString &cell, double *low, double *high)
{
    QString s = cell.normalized(QString::NormalizationForm_KC).simplified().toLower(); // ㎡, m² → m2
    s.remove(QLatin1Char(' '));
    static const QRegularExpression re(QStringLiteral(
        R"(^(?:约)?(\d+(?:\.\d+)?)(?:m2|平方米|平米|平|方)?(?:[-~～—至到](\d+(?:\.\d+)?)(?:m2|平方米|平米|平|方)?)?(?:左右)?$)"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return false;
    *low = m.capturedView(1).toDouble();
    *high = m.capturedView(2).isEmpty() ? 0 : m.capturedView(2).toDouble();
    if (*high > 0 && *high < *low)
        std::swap(*low, *high);
    return *low > 0 && *low <= 100000 && *high <= 100000;
}

QString parseGender(const QString &cell)
{
    const QString s = cell.normalized(QString::NormalizationForm_KC).trimmed().toLower();
    if (s == QStringLiteral("男") || s == QLatin1String("m") || s == QLatin1String("male") || s == QStringLiteral("先生"))
        return QStringLiteral("male");
    if (s == QStringLiteral("女") || s == QLatin1String("f") || s == QLatin1String("female") || s == QStringLiteral("女士") ||
        s == QStringLiteral("小姐"))
        return QStringLiteral("female");
    return {};
}

// "手机号码：…" — the separators are translated, so a zh_CN reason reads with Chinese
// punctuation throughout.
QString labelled(const QString &label, const QString &message)
{
    return QCoreApplication::translate("LeadNormalizer", "%1: %2").arg(label, message);
}

} // namespace

QString joinProblems(const QStringList &problems)
{
    // A sentence's own full stop is dropped before the separator ("…号码。；…" would read badly).
    QStringList parts;
    for (qsizetype i = 0; i < problems.size(); ++i) {
        QString p = problems.at(i);
        if (i + 1 < problems.size() && (p.endsWith(QChar(0x3002)) || p.endsWith(QLatin1Char('.'))))
            p.chop(1);
        parts << p;
    }
    return parts.join(QCoreApplication::translate("LeadNormalizer", "; "));
}

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
                    problems << labelled(label, r.error().message);
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
                problems << labelled(label, r.error().message);
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
        case LeadField::Gender:
            if (out.profile.gender.isEmpty()) {
                out.profile.gender = parseGender(cell);
                if (out.profile.gender.isEmpty())
                    problems << QCoreApplication::translate("LeadNormalizer", "%1 \"%2\" is not 男 or 女; not imported").arg(label, cell);
            }
            break;
        case LeadField::Budget:
            if (out.profile.budgetFen < 0 && !parseBudget(cell, &out.profile.budgetFen, &out.profile.budgetMaxFen)) {
                out.profile.budgetFen = out.profile.budgetMaxFen = -1;
                problems << QCoreApplication::translate("LeadNormalizer", "%1 \"%2\" is not a budget such as 300万 or 300-350万; not "
                                                                          "imported")
                                .arg(label, cell);
            }
            break;
        case LeadField::Area:
            if (out.profile.areaM2 <= 0 && !parseArea(cell, &out.profile.areaM2, &out.profile.areaMaxM2)) {
                out.profile.areaM2 = out.profile.areaMaxM2 = 0;
                problems << QCoreApplication::translate("LeadNormalizer", "%1 \"%2\" is not an area such as 89 or 90-120㎡; not imported")
                                .arg(label, cell);
            }
            break;
        case LeadField::Layout:
            if (out.profile.layout.isEmpty())
                out.profile.layout = cell.trimmed();
            break;
        case LeadField::Building:
            if (out.profile.building.isEmpty())
                out.profile.building = cell.trimmed();
            break;
        case LeadField::Owner:
            if (out.profile.ownerName.isEmpty()) {
                out.profile.ownerName = cell.trimmed();
                out.profile.ownerCol = label;
            }
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
        out.reason = joinProblems(problems);
        return out;
    }

    // A row with a valid key is never turned away for its date alone: it gets the import time
    // and a warning, and is keyed as a row without a time (a re-import still finds it).
    bool hasTime = !timeText.trimmed().isEmpty();
    if (hasTime) {
        auto t = parseLeadTime(timeText, timeNumeric, m_dateOrder);
        if (t) {
            lead.receivedAt = *t;
        } else {
            hasTime = false;
            problems << QCoreApplication::translate("LeadNormalizer", "%1: %2; the import time is used instead")
                            .arg(fieldLabel(m_mapping.columnFor(LeadField::Time)), t.error().message);
        }
    }
    if (!hasTime)
        lead.receivedAt = m_clock.nowMs();

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
    out.reason = joinProblems(problems);
    return out;
}

} // namespace shoulou::io
