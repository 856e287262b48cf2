#include "demogenerator.h"

#include "demo/demopeople.h"
#include "identity/leadingest.h"
#include "mutation/applier.h"
#include "office/channeldirectory.h"
#include "security/officekey.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace shoulou::demo {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr int kBatch = 20000; // customers per transaction: fewer commits rewrite fewer index pages


QJsonObject project(const QString &name, const QString &city, const QString &address, int buildings, int floors,
                    qint64 pricePerM2Yuan)
{
    QJsonArray layouts{QJsonObject{{"name", QStringLiteral("A户型 三室两厅")}, {"bedrooms", 3}, {"area_dm2", 11500}},
                       QJsonObject{{"name", QStringLiteral("B户型 四室两厅")}, {"bedrooms", 4}, {"area_dm2", 14300}},
                       QJsonObject{{"name", QStringLiteral("C户型 两室两厅")}, {"bedrooms", 2}, {"area_dm2", 8900}}};
    QJsonArray blds;
    for (int b = 1; b <= buildings; ++b)
        blds.append(QJsonObject{{"name", QStringLiteral("%1幢").arg(b)},
                                {"floors", floors},
                                {"units_per_floor", 4},
                                {"price_fen_per_m2", pricePerM2Yuan * 100}});
    return {{"name", name}, {"city", city}, {"address", address}, {"layouts", layouts}, {"buildings", blds}};
}

} // namespace

DemoGenerator::DemoGenerator(mutation::Applier &applier, const security::OfficeKey &key, const Clock &clock)
    : m_applier(applier), m_key(key), m_clock(clock)
{
}

Result<DemoSummary> DemoGenerator::run(const DemoOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    auto &db = m_applier.database();
    if (db.queryInt("SELECT count(*) FROM customer") > 0)
        return makeError(QStringLiteral("demo.not_empty"),
                         QCoreApplication::translate("DemoGenerator", "This database already has customers; make the demo office in a new file."));
    if (!DemoPeople::validatePrefixes())
        return makeError(QStringLiteral("demo.phone_ranges"),
                         QCoreApplication::translate("DemoGenerator", "The demo's mobile ranges are not all valid for this libphonenumber."));
    DemoSummary summary;
    QRandomGenerator rng(options.seed);
    DemoPeople people(rng, m_key);

    // Office structure: projects, units and the team, one mutation each.
    if (auto r = m_applier.beginBatch(); !r)
        return r.error();
    for (const QJsonObject &p : {project(QStringLiteral("云栖湾"), QStringLiteral("杭州"),
                                         QStringLiteral("西湖区云栖路88号"), 8, 26, 42000),
                                 project(QStringLiteral("滨江壹号"), QStringLiteral("杭州"),
                                         QStringLiteral("滨江区江南大道1号"), 6, 32, 56000)}) {
        auto r = m_applier.applyInBatch(QStringLiteral("project.create"), 1, p);
        if (!r)
            return r.error();
        summary.units += r->value(QLatin1String("units")).toInt();
    }
    QStringList consultants;
    const auto team = DemoPeople::team();
    for (int i = 0; i < team.size(); ++i) {
        auto r = m_applier.applyInBatch(QStringLiteral("user.create"), 1,
                                        {{"login", team[i].login}, {"display_name", team[i].name}, {"role", team[i].role}});
        if (!r)
            return r.error();
        if (team[i].role == QLatin1String("consultant"))
            consultants << r->value(QLatin1String("user_id")).toString();
    }
    summary.consultants = consultants.size();
    if (auto r = m_applier.commitBatch(); !r)
        return r.error();

    office::ChannelDirectory channels(db);
    QList<office::ChannelInfo> chan;
    for (const auto &c : office::ChannelDirectory::defaults())
        chan << channels.find(c.code);
    // Share of first leads per channel, roughly as a Hangzhou office sees them.
    const QList<int> chanWeight{30, 12, 14, 10, 14, 12, 5, 3};

    const qint64 now = m_clock.nowMs();
    const qint64 start = now - 182 * kDayMs;
    qint64 done = 0;
    while (done < options.customers) {
        // Generated data does not fail; if it ever does, the whole demo stops with the reason.
        if (auto r = m_applier.beginBatch(mutation::Applier::Isolation::Whole); !r)
            return r.error();
        const qint64 end = qMin(options.customers, done + kBatch);
        for (qint64 i = done; i < end; ++i) {
            const DemoPerson person = people.next();
            const qint64 firstAt = start + qint64(rng.bounded(181.0) * double(kDayMs));
            int total = 0;
            for (int c = 0; c < chan.size(); ++c)
                total += chanWeight[c];
            auto pickChannel = [&]() -> const office::ChannelInfo & {
                int x = int(rng.bounded(total));
                for (int c = 0; c < chan.size(); ++c)
                    if ((x -= chanWeight[c]) < 0)
                        return chan[c];
                return chan.last();
            };
            // The first lead, and for ~30 % of persons one to three more from other channels.
            int leads = 1;
            if (rng.bounded(1.0) < options.repeatShare)
                leads += 1 + int(rng.bounded(3)) / 2;
            QString customerId;
            for (int l = 0; l < leads; ++l) {
                const office::ChannelInfo &ch = l == 0 ? pickChannel() : chan[int(rng.bounded(chan.size()))];
                const qint64 at = qMin(now - 60000, firstAt + (l == 0 ? 0 : qint64(rng.bounded(30.0) * double(kDayMs))));
                identity::LeadInput lead = people.lead(person, l, leads, ch, at);
                auto r = identity::ingestLead(m_applier, lead);
                if (!r)
                    return makeError(r.error().code, QCoreApplication::translate("DemoGenerator", "Demo lead %1 failed: %2").arg(i).arg(r.error().message));
                customerId = r->customerId;
                ++summary.leads;
            }
            // Four in ten customers are being worked on: an owner and one to three follow-ups.
            if (rng.bounded(10) < 4) {
                const QString owner = consultants[int(rng.bounded(consultants.size()))];
                static const QStringList grades{"A", "B", "B", "C", "C", "D"};
                auto u = m_applier.applyInBatch(QStringLiteral("customer.update"), 1,
                                                {{"customer_id", customerId},
                                                 {"owner_id", owner},
                                                 {"assigned_at", qMin(now - 60000, firstAt + qint64(rng.bounded(4.0) * 3600000.0))},
                                                 {"grade", grades[int(rng.bounded(grades.size()))]},
                                                 {"requirement", people.requirement()}});
                if (!u)
                    return u.error();
                const int n = 1 + int(rng.bounded(3));
                qint64 at = firstAt;
                qint64 lastAt = firstAt; // the last follow-up actually made
                for (int f = 0; f < n && at < now - kDayMs; ++f) {
                    at += qint64((1.0 + rng.bounded(19.0)) * double(kDayMs));
                    if (at >= now)
                        break;
                    const qint64 next = at + qint64((1.0 + rng.bounded(9.0)) * double(kDayMs));
                    const auto note = people.followUpNote();
                    auto fu = m_applier.applyInBatch(QStringLiteral("followup.add"), 1,
                                                     {{"customer_id", customerId},
                                                      {"kind", note.first},
                                                      {"note", note.second},
                                                      {"occurred_at", at},
                                                      {"next_at", next},
                                                      {"consultant_id", owner}});
                    if (!fu)
                        return fu.error();
                    ++summary.followUps;
                    lastAt = at;
                }
                // An office keeps most worked customers scheduled: push the latest next time of
                // two in three of them into the coming week (some today), the rest stay overdue.
                if (rng.bounded(3) < 2 && lastAt > firstAt) {
                    const qint64 next = now + qint64((rng.bounded(8.0) - 0.3) * double(kDayMs));
                    auto fu = m_applier.applyInBatch(QStringLiteral("followup.add"), 1,
                                                     {{"customer_id", customerId},
                                                      {"kind", QStringLiteral("wechat")},
                                                      {"note", people.followUpNote().second},
                                                      {"occurred_at", qMin(now - 60000, qMax(lastAt + kDayMs, now - qint64(rng.bounded(6.0) * double(kDayMs))))},
                                                      {"next_at", qMax(next, now + 60000)},
                                                      {"consultant_id", owner}});
                    if (!fu)
                        return fu.error();
                    ++summary.followUps;
                }
            }
        }
        if (auto r = m_applier.commitBatch(); !r)
            return r.error();
        done = end;
        if (options.progress)
            options.progress(done, options.customers);
    }
    summary.customers = db.queryInt("SELECT count(*) FROM customer WHERE merged_into IS NULL");
    summary.elapsedMs = timer.elapsed();
    return summary;
}

} // namespace shoulou::demo
