#pragma once

#include "customer/customerdetail.h"
#include "mutation/changeset.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace shoulou::ui {

class FollowUpBar;
class OfficeSession;
class OwnershipBar;
class ProfileEditor;
class TimelineModel;

// One customer on one screen (issue #3): who they are (masked phones and resident id, each
// revealed on request and recorded), the editable profile and requirement, the channels
// with their contribution weights and first touch, and a timeline with a quick follow-up
// line on top. Non-modal; Esc closes (asking first about unsaved edits). Every change goes
// through OfficeSession::apply.
class CustomerDetailDialog final : public QDialog {
    Q_OBJECT
public:
    CustomerDetailDialog(OfficeSession &session, const QString &customerId, QWidget *parent = nullptr);

    // Shows the customer's dialog, raising one already open for them under `parent`.
    static CustomerDetailDialog *openFor(OfficeSession &session, const QString &customerId, QWidget *parent);

    // The live customer shown (a merged-away id resolves to its survivor).
    QString customerId() const { return m_customerId; }
    const customer::CustomerDetail &detail() const { return m_detail; }
    // False until the first load has arrived.
    bool isLoaded() const { return m_isLoaded; }

    ProfileEditor *profile() const { return m_profile; }
    OwnershipBar *ownershipBar() const { return m_ownership; }
    FollowUpBar *followUpBar() const { return m_followUp; }
    TimelineModel *timeline() const { return m_timeline; }
    QLabel *phonesLabel() const { return m_phones; }
    QLabel *residentIdLabel() const { return m_residentIds; }
    QPushButton *showPhonesButton() const { return m_showPhones; }
    QPushButton *showResidentIdButton() const { return m_showResidentId; }
    QTableWidget *channelTable() const { return m_channels; }
    QLabel *statusLabel() const { return m_status; }
    QTableView *timelineView() const { return m_timelineView; }

    // Esc or Close with unsaved profile edits asks first: save, discard or go back.
    void reject() override;

    // A line under the dialog about what just happened (e.g. "already a customer").
    void showNotice(const QString &text) { showStatus(text, false); }

public slots:
    void reload();

signals:
    // A load has been shown (the first, or a reload after a change).
    void detailShown();

private:
    // Reloads when `changes` name this customer (its row, phones, follow-ups, touches…), the
    // users or channels it shows by name, or may have changed anything.
    void onChanged(const mutation::ChangeSet &changes);
    // The timeline again, keeping the entry at the top of the view and the selected one.
    void refillTimeline(const customer::CustomerDetail &detail);
    QWidget *buildLeft();
    QWidget *buildRight();
    void applyDetail(const customer::CustomerDetail &detail);
    void askAboutUnsavedEdits();
    void fillIdentifiers();
    void fillChannels();
    void save();
    void addFollowUp(const QString &kind, const QString &note, qint64 nextAtMs);
    void reveal(const QString &field);
    void showStatus(const QString &text, bool error);

    OfficeSession &m_session;
    QString m_customerId;
    customer::CustomerDetail m_detail;
    bool m_isLoaded = false;
    bool m_closeAfterSave = false;
    bool m_resetProfile = true; // next load replaces the form even if it was edited
    QStringList m_revealedPhones, m_revealedIds;
    QLabel *m_title;
    QLabel *m_summary;
    OwnershipBar *m_ownership;
    ProfileEditor *m_profile;
    QLabel *m_phones;
    QPushButton *m_showPhones;
    QLabel *m_residentIds;
    QPushButton *m_showResidentId;
    QTableWidget *m_channels;
    FollowUpBar *m_followUp;
    TimelineModel *m_timeline;
    QTableView *m_timelineView;
    QLabel *m_status;
};

} // namespace shoulou::ui
