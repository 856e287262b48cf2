#include "demogenerator.h"

#include "customer/customerupdate.h"
#include "customer/followupadd.h"
#include "demo/demopeople.h"
#include "demo/demoplanner.h"
#include "identity/leadingest.h"
#include "mutation/applier.h"
#include "office/channeldirectory.h"
#include "office/projectcreate.h"
#include "office/usercreate.h"
#include "security/officekey.h"
#include "storage/backgroundcheckpointer.h"
#include "storage/database.h"
#include "util/batchproducer.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

namespace shoulou::demo {

namespace {

constexpr int kBatch = 40000;            // customers per transaction: fewer commits rewrite fewer index pages (1 M: 367 s; 20 000: 427 s)
constexpr int kPlanChunk = 1000;         // customers the planner hands over at a time
constexpr size_t kPlannedWaiting = 4000; // at most this many planned customers wait for the writer

office::ProjectCreate project(const QString &name, const QString &city, const QString &address, int buildings, int floors,
                              qint64 pricePerM2Yuan)
{
    office::ProjectCreate p{name, city, address, {}, {}};
    p.layouts = {{QStringLiteral("A户型 三室两厅"), 3, 11500},
                 {QStringLiteral("B户型 四室两厅"), 4, 14300},
                 {QStringLiteral("C户型 两室两厅"), 2, 8900}};
    for (int b = 1; b <= buildings; ++b)
        p.buildings.append({QStringLiteral("%1幢").arg(b), floors, 4, pricePerM2Yuan * 100});
    return p;
}

} // namespace

Result<void> DemoGenerator::applyCustomer(const DemoCustomer &c, qint64 index, DemoSummary &summary)
{
    QString customerId;
    for (qsizetype l = 0; l < c.leads.size(); ++l) {
        auto r = identity::ingestLead(m_applier, c.leads[l], false, c.leadJson[l]);
        if (!r)
            return makeError(r.error().code,
                             QCoreApplication::translate("DemoGenerator", "Demo lead %1 failed: %2").arg(index).arg(r.error().message));
        customerId = r->customerId;
        ++summary.leads;
    }
    // Version 2 of both, like the desk: the demo never sets a status by hand (so 已认购/已签约,
    // which update@2 refuses, stay for sales to set — no demo customer has subscribed yet);
    // statuses come from the follow-ups alone — following after any, 已到访 after a 到访 visit.
    if (!c.owner.isEmpty()) {
        customer::CustomerUpdate u;
        u.customerId = customerId;
        u.ownerId = c.owner;
        u.assignedAtMs = c.assignedAt;
        u.grade = c.grade;
        u.requirement = c.requirement;
        if (auto r = m_applier.applyInBatch(u); !r)
            return r.error();
    }
    for (const DemoFollowUp &f : c.followUps) {
        customer::FollowUpAdd add;
        add.customerId = customerId;
        add.kind = f.kind;
        add.note = f.note;
        add.occurredAtMs = f.occurredAt;
        add.nextAtMs = f.nextAt;
        add.consultantId = c.owner;
        if (auto r = m_applier.applyInBatch(add); !r)
            return r.error();
        ++summary.followUps;
    }
    return {};
}

Result<void> DemoGenerator::writeCustomers(BatchQueue<DemoCustomer> &queue, const DemoOptions &options, DemoSummary &summary,
                                           storage::BackgroundCheckpointer &checkpointer)
{
    qint64 done = 0;
    std::vector<DemoCustomer> planned;
    bool open = false;
    while (queue.pop(planned)) {
        for (const DemoCustomer &c : planned) {
            if (!open) {
                // Generated data does not fail; if it ever does, the whole demo stops with the reason.
                if (auto r = m_applier.beginBatch(mutation::Applier::Isolation::Whole); !r)
                    return r;
                open = true;
            }
            if (auto r = applyCustomer(c, done, summary); !r) {
                m_applier.rollbackBatch();
                return r;
            }
            ++done;
            if (done % kBatch == 0 || done == options.customers) {
                if (auto r = m_applier.commitBatch(); !r)
                    return r;
                checkpointer.committed();
                open = false;
                if (options.progress)
                    options.progress(done, options.customers);
            }
        }
    }
    if (open)
        if (auto r = m_applier.commitBatch(); !r)
            return r;
    return {};
}

DemoGenerator::DemoGenerator(mutation::Applier &applier, const security::OfficeKey &key, const Clock &clock)
    : m_applier(applier)
    , m_key(key)
    , m_clock(clock)
{}

Result<DemoSummary> DemoGenerator::run(const DemoOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    auto &db = m_applier.database();
    if (db.queryInt("SELECT count(*) FROM customer") > 0)
        return makeError(
            QStringLiteral("demo.not_empty"),
            QCoreApplication::translate("DemoGenerator", "This database already has customers; make the demo office in a new file."));
    if (!DemoPeople::validatePrefixes())
        return makeError(
            QStringLiteral("demo.phone_ranges"),
            QCoreApplication::translate("DemoGenerator", "The demo's mobile ranges are not all valid for this libphonenumber."));
    DemoSummary summary;
    QRandomGenerator rng(options.seed);
    DemoPeople people(rng, m_key);

    // Office structure: projects, units and the team, one mutation each.
    if (auto r = m_applier.beginBatch(); !r)
        return r.error();
    for (const office::ProjectCreate &p :
         {project(QStringLiteral("云栖湾"), QStringLiteral("杭州"), QStringLiteral("西湖区云栖路88号"), 8, 26, 42000),
          project(QStringLiteral("滨江壹号"), QStringLiteral("杭州"), QStringLiteral("滨江区江南大道1号"), 6, 32, 56000)}) {
        auto r = m_applier.applyInBatch(p);
        if (!r)
            return r.error();
        summary.units += r->units;
    }
    QStringList consultants;
    const auto team = DemoPeople::team();
    for (int i = 0; i < team.size(); ++i) {
        const auto role = fromCode<office::Role>(team[i].role);
        auto r = m_applier.applyInBatch(office::UserCreate{team[i].login, team[i].name, role.value_or(office::Role::Consultant)});
        if (!r)
            return r.error();
        if (role == office::Role::Consultant)
            consultants << r->userId;
    }
    summary.consultants = consultants.size();
    if (auto r = m_applier.commitBatch(); !r)
        return r.error();

    office::ChannelDirectory channels(db);
    QList<office::ChannelInfo> chan;
    for (const auto &c : office::ChannelDirectory::defaults())
        chan << channels.find(c.code);

    // The planner (names, phones, sealing, every random choice) runs on a second thread, a
    // batch ahead of the writer; the writer only applies mutations.
    BatchQueue<DemoCustomer> queue(kPlannedWaiting);
    DemoPlanner planner(rng, people, chan, consultants, m_clock.nowMs(), options.repeatShare);
    // An exception in the planner ends the run with an error (the producer catches it), and
    // a write error stops and joins the planner on the way out.
    BatchProducer<DemoCustomer> producer(queue, [&](BatchQueue<DemoCustomer> &out, std::stop_token stop) {
        for (qint64 done = 0; done < options.customers && !stop.stop_requested();) {
            std::vector<DemoCustomer> batch;
            const qint64 end = qMin(options.customers, done + kPlanChunk);
            batch.reserve(size_t(end - done));
            for (; done < end; ++done)
                batch.push_back(planner.next());
            if (!out.push(std::move(batch)))
                break;
        }
    });
    Result<void> result;
    {
        storage::BackgroundCheckpointer checkpointer(db);
        result = writeCustomers(queue, options, summary, checkpointer);
    }
    producer.join();
    if (!result)
        return result.error();
    if (producer.error())
        return *producer.error();
    summary.customers = db.queryInt("SELECT count(*) FROM customer WHERE merged_into IS NULL");
    summary.elapsedMs = timer.elapsed();
    return summary;
}

} // namespace shoulou::demo
