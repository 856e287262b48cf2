#pragma once

#include "customer/requirement.h"
#include "identity/leadinput.h"
#include "office/channeldirectory.h"

#include <QList>
#include <QStringList>

class QRandomGenerator;

namespace shoulou::demo {

class DemoPeople;

struct DemoFollowUp final {
    QString kind, note;
    qint64 occurredAt = 0, nextAt = 0;
};

// Everything the demo will write for one person, decided before anything is written: the
// leads (with their outbox JSON), and for a worked customer the consultant, grade,
// requirement and follow-ups.
struct DemoCustomer final {
    QList<identity::LeadInput> leads;
    QList<QByteArray> leadJson; // leads[i].toJson()
    QString owner;              // empty: nobody works on this customer yet
    qint64 assignedAt = 0;
    QString grade;
    customer::Requirement requirement;
    QList<DemoFollowUp> followUps;
};

// Decides the demo office's customers one by one. It makes every random choice, so it can
// run on a thread of its own while the writer applies the previous customers: the same seed
// gives the same office.
class DemoPlanner final {
public:
    DemoPlanner(QRandomGenerator &rng, DemoPeople &people, QList<office::ChannelInfo> channels, QStringList consultants, qint64 now,
                double repeatShare);
    DemoCustomer next();

private:
    const office::ChannelInfo &pickFirstChannel();

    QRandomGenerator &m_rng;
    DemoPeople &m_people;
    const QList<office::ChannelInfo> m_channels;
    const QStringList m_consultants;
    const qint64 m_now, m_start;
    const double m_repeatShare;
};

} // namespace shoulou::demo
