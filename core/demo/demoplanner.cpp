#include "demoplanner.h"

#include "demo/demopeople.h"

#include <QRandomGenerator>

namespace shoulou::demo {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
// Share of first leads per channel (in ChannelDirectory::defaults() order), roughly as a
// Hangzhou office sees them.
const int kChannelWeight[] = {30, 12, 14, 10, 14, 12, 5, 3};

} // namespace

DemoPlanner::DemoPlanner(QRandomGenerator &rng, DemoPeople &people, QList<office::ChannelInfo> channels, QStringList consultants,
                         qint64 now, double repeatShare)
    : m_rng(rng)
    , m_people(people)
    , m_channels(std::move(channels))
    , m_consultants(std::move(consultants))
    , m_now(now)
    , m_start(now - 182 * kDayMs)
    , m_repeatShare(repeatShare)
{}

const office::ChannelInfo &DemoPlanner::pickFirstChannel()
{
    int total = 0;
    for (qsizetype c = 0; c < m_channels.size(); ++c)
        total += kChannelWeight[c];
    int x = int(m_rng.bounded(total));
    for (qsizetype c = 0; c < m_channels.size(); ++c)
        if ((x -= kChannelWeight[c]) < 0)
            return m_channels[c];
    return m_channels.last();
}

DemoCustomer DemoPlanner::next()
{
    // The order of the random draws is the office: keep it when changing this function.
    DemoCustomer out;
    const DemoPerson person = m_people.next();
    const qint64 firstAt = m_start + qint64(m_rng.bounded(181.0) * double(kDayMs));
    // The first lead, and for ~30 % of persons one to three more from other channels.
    int leads = 1;
    if (m_rng.bounded(1.0) < m_repeatShare)
        leads += 1 + int(m_rng.bounded(3)) / 2;
    for (int l = 0; l < leads; ++l) {
        const office::ChannelInfo &ch = l == 0 ? pickFirstChannel() : m_channels[int(m_rng.bounded(m_channels.size()))];
        const qint64 at = qMin(m_now - 60000, firstAt + (l == 0 ? 0 : qint64(m_rng.bounded(30.0) * double(kDayMs))));
        out.leads << m_people.lead(person, l, leads, ch, at);
        out.leadJson << out.leads.last().toJson();
    }
    // Four in ten customers are being worked on: an owner and one to three follow-ups.
    if (m_rng.bounded(10) >= 4)
        return out;
    static const QStringList grades{"A", "B", "B", "C", "C", "D"};
    out.owner = m_consultants[int(m_rng.bounded(m_consultants.size()))];
    out.assignedAt = qMin(m_now - 60000, firstAt + qint64(m_rng.bounded(4.0) * 3600000.0));
    out.grade = grades[int(m_rng.bounded(grades.size()))];
    out.requirement = m_people.requirement();
    const int n = 1 + int(m_rng.bounded(3));
    qint64 at = firstAt;
    qint64 lastAt = firstAt; // the last follow-up actually made
    for (int f = 0; f < n && at < m_now - kDayMs; ++f) {
        at += qint64((1.0 + m_rng.bounded(19.0)) * double(kDayMs));
        if (at >= m_now)
            break;
        const qint64 next = at + qint64((1.0 + m_rng.bounded(9.0)) * double(kDayMs));
        const auto note = m_people.followUpNote();
        out.followUps << DemoFollowUp{note.first, note.second, at, next};
        lastAt = at;
    }
    // An office keeps most worked customers scheduled: push the latest next time of two in
    // three of them into the coming week (some today), the rest stay overdue.
    if (m_rng.bounded(3) < 2 && lastAt > firstAt) {
        const qint64 next = m_now + qint64((m_rng.bounded(8.0) - 0.3) * double(kDayMs));
        const QString note = m_people.followUpNote().second;
        const qint64 occurred = qMin(m_now - 60000, qMax(lastAt + kDayMs, m_now - qint64(m_rng.bounded(6.0) * double(kDayMs))));
        out.followUps << DemoFollowUp{QStringLiteral("wechat"), note, occurred, qMax(next, m_now + 60000)};
    }
    return out;
}

} // namespace shoulou::demo
