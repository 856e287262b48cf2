#pragma once

#include "customer/customerdetail.h"

#include <QWidget>

class QPushButton;

namespace shoulou::ui {

class OfficeSession;

// 认领 and 退回公海 on a customer's screen: a consultant claims an unowned customer or gives
// one of theirs back to the public pool. Claims race (class A): in an office with a hub the
// hub decides who was first, so the button needs the hub within reach, and a claim the hub
// gives to someone else is undone here — the bar then says who was first.
class OwnershipBar final : public QWidget {
    Q_OBJECT
public:
    explicit OwnershipBar(OfficeSession &session, QWidget *parent = nullptr);

    // The customer as loaded (again): which button shows, and whether a claim of ours lost.
    void setDetail(const customer::CustomerDetail &detail);

    QPushButton *claimButton() const { return m_claim; }
    QPushButton *releaseButton() const { return m_release; }

signals:
    void notice(const QString &text, bool error);

private:
    void claim();
    void release();
    void updateButtons();

    OfficeSession &m_session;
    QString m_customerId;
    QString m_ownerId;
    bool m_claimPending = false; // our claim waits for the hub's order
    bool m_busy = false;
    QPushButton *m_claim;
    QPushButton *m_release;
};

} // namespace shoulou::ui
