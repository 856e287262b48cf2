#include "ownershipbar.h"

#include "common/officesession.h"
#include "customer/customerclaim.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace shoulou::ui {

OwnershipBar::OwnershipBar(OfficeSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_claim(new QPushButton(tr("Claim this customer"), this))
    , m_release(new QPushButton(tr("Give back to the public pool"), this))
{
    m_claim->setObjectName(QStringLiteral("claimCustomer"));
    m_release->setObjectName(QStringLiteral("releaseCustomer"));
    for (QPushButton *b : {m_claim, m_release}) {
        b->setAutoDefault(false);
        QSizePolicy policy = b->sizePolicy();
        policy.setRetainSizeWhenHidden(true); // the screen does not jump when the owner changes
        b->setSizePolicy(policy);
        b->hide();
    }
    auto *h = new QHBoxLayout(this);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(m_claim);
    h->addWidget(m_release);
    connect(m_claim, &QPushButton::clicked, this, &OwnershipBar::claim);
    connect(m_release, &QPushButton::clicked, this, &OwnershipBar::release);
    connect(&m_session, &OfficeSession::hubStateChanged, this, &OwnershipBar::updateButtons);
    connect(&m_session, &OfficeSession::currentUserChanged, this, &OwnershipBar::updateButtons);
}

void OwnershipBar::setDetail(const customer::CustomerDetail &detail)
{
    m_customerId = detail.customerId;
    m_ownerId = detail.ownerId;
    const QString me = m_session.currentUserId();
    if (m_claimPending && m_ownerId != me) {
        // The hub ordered another claim (or an assignment) first: ours was undone here.
        m_claimPending = false;
        emit notice(detail.owner.isEmpty() ? tr("Your claim was not accepted by the office hub; see the sync issues for why.")
                                           : tr("%1 was first: the customer is theirs now.").arg(detail.owner),
                    true);
    }
    updateButtons();
}

void OwnershipBar::updateButtons()
{
    const QString me = m_session.currentUserId();
    const bool loaded = !m_customerId.isEmpty();
    m_claim->setVisible(loaded && m_ownerId.isEmpty() && !me.isEmpty() && m_session.mayApply(QStringLiteral("customer.claim")).allowed);
    m_release->setVisible(loaded && !me.isEmpty() && m_ownerId == me);
    // Who was first is the hub's to say: without it a claim would only be a guess.
    const bool reachable = !m_session.isEnrolled() || m_session.isHubOnline();
    m_claim->setEnabled(!m_busy && reachable);
    m_claim->setToolTip(reachable ? tr("The customer becomes yours; if someone else claims them at the same moment, the first to reach "
                                       "the office hub has them.")
                                  : tr("Claiming needs the office hub, which decides who was first; it is out of reach just now."));
    m_release->setEnabled(!m_busy);
}

void OwnershipBar::claim()
{
    m_busy = true;
    updateButtons();
    m_session.apply(customer::CustomerClaim{m_customerId}, this, [this](Result<customer::CustomerClaim::Outcome> r) {
        m_busy = false;
        if (!r) {
            emit notice(tr("The customer was not claimed: %1").arg(r.error().message), true);
            updateButtons();
            return;
        }
        m_claimPending = m_session.isEnrolled();
        emit notice(m_claimPending ? tr("Claimed; the office hub confirms who was first in a moment.") : tr("The customer is yours now."),
                    false);
        updateButtons();
    });
}

void OwnershipBar::release()
{
    m_busy = true;
    updateButtons();
    m_session.apply(customer::CustomerRelease{m_customerId}, this, [this](Result<customer::CustomerClaim::Outcome> r) {
        m_busy = false;
        m_claimPending = false;
        emit notice(r ? tr("The customer is back in the public pool.") : tr("The customer was not given back: %1").arg(r.error().message),
                    !r);
        updateButtons();
    });
}

} // namespace shoulou::ui
