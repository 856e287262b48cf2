#include "customerdetaildialog.h"

#include "common/displayformat.h"
#include "common/officesession.h"
#include "common/windowplacement.h"
#include "customer/customerdetail.h"
#include "customer/customerreveal.h"
#include "customer/followupadd.h"
#include "customer/followupbar.h"
#include "customer/ownershipbar.h"
#include "customer/profileeditor.h"
#include "customer/timelinemodel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>
#include <utility>

namespace shoulou::ui {

CustomerDetailDialog::CustomerDetailDialog(OfficeSession &session, const QString &customerId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_customerId(customerId)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_ownership(new OwnershipBar(session, this))
    , m_profile(new ProfileEditor(session, this))
    , m_phones(new QLabel(this))
    , m_showPhones(new QPushButton(tr("Show"), this))
    , m_residentIds(new QLabel(this))
    , m_showResidentId(new QPushButton(tr("Show"), this))
    , m_channels(new QTableWidget(this))
    , m_followUp(new FollowUpBar(session.clock(), this))
    , m_timeline(new TimelineModel(this))
    , m_timelineView(new QTableView(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Customer"));
    setModal(false);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setText(tr("Loading…"));
    m_summary->setObjectName(QStringLiteral("customerSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildLeft());
    splitter->addWidget(buildRight());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({500, 680});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    // The claim buttons beside the summary, their room kept when hidden: a customer changing
    // hands (another desk's claim) must not shift the timeline under the reader.
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_ownership);
    layout->addLayout(summaryRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1180, 720);

    connect(m_profile, &ProfileEditor::saveRequested, this, &CustomerDetailDialog::save);
    connect(m_ownership, &OwnershipBar::notice, this, &CustomerDetailDialog::showStatus);
    connect(m_followUp, &FollowUpBar::addRequested, this, &CustomerDetailDialog::addFollowUp);
    connect(m_showPhones, &QPushButton::clicked, this, [this] { reveal(QStringLiteral("phone")); });
    connect(m_showResidentId, &QPushButton::clicked, this, [this] { reveal(QStringLiteral("resident_id")); });
    connect(&m_session, &OfficeSession::changed, this, &CustomerDetailDialog::onChanged);
    reload();
}

CustomerDetailDialog *CustomerDetailDialog::openFor(OfficeSession &session, const QString &customerId, QWidget *parent)
{
    if (parent)
        for (CustomerDetailDialog *open : parent->findChildren<CustomerDetailDialog *>(Qt::FindDirectChildrenOnly))
            if (open->customerId() == customerId || open->detail().redirectedFrom == customerId) {
                open->show();
                open->raise();
                open->activateWindow();
                return open;
            }
    auto *dialog = new CustomerDetailDialog(session, customerId, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    placeOverParent(dialog, parent);
    dialog->show();
    return dialog;
}

QWidget *CustomerDetailDialog::buildLeft()
{
    auto *left = new QWidget(this);
    auto *v = new QVBoxLayout(left);
    v->setContentsMargins(0, 0, 0, 0);

    auto *profileBox = new QGroupBox(tr("Profile and requirement"), left);
    auto *pv = new QVBoxLayout(profileBox);
    pv->addWidget(m_profile);
    v->addWidget(profileBox);

    auto *idBox = new QGroupBox(tr("Phones and resident ID"), left);
    auto *form = new QFormLayout(idBox);
    for (QPushButton *b : {m_showPhones, m_showResidentId}) {
        b->setAutoDefault(false);
        b->setToolTip(tr("Shows the full number; who looked and when is recorded"));
    }
    auto row = [idBox](QLabel *label, QPushButton *button) {
        auto *w = new QWidget(idBox);
        auto *h = new QHBoxLayout(w);
        h->setContentsMargins(0, 0, 0, 0);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        h->addWidget(label, 1);
        h->addWidget(button);
        return w;
    };
    form->addRow(tr("Phones"), row(m_phones, m_showPhones));
    form->addRow(tr("Resident ID"), row(m_residentIds, m_showResidentId));
    v->addWidget(idBox);

    auto *channelBox = new QGroupBox(tr("Channels"), left);
    auto *cv = new QVBoxLayout(channelBox);
    m_channels->setColumnCount(4);
    m_channels->setHorizontalHeaderLabels({tr("Channel"), tr("Contribution"), tr("First touch"), tr("Touches")});
    m_channels->verticalHeader()->hide();
    m_channels->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_channels->setSelectionMode(QAbstractItemView::NoSelection);
    m_channels->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_channels->horizontalHeader()->setStretchLastSection(true);
    m_channels->setMinimumHeight(110);
    // Tab moves on to the follow-up line instead of from cell to cell (a read-only table).
    m_channels->setTabKeyNavigation(false);
    cv->addWidget(m_channels);
    v->addWidget(channelBox, 1);
    return left;
}

QWidget *CustomerDetailDialog::buildRight()
{
    auto *box = new QGroupBox(tr("Timeline"), this);
    auto *v = new QVBoxLayout(box);
    v->addWidget(m_followUp);
    m_timelineView->setModel(m_timeline);
    m_timelineView->verticalHeader()->hide();
    m_timelineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timelineView->setTabKeyNavigation(false);
    // Notes can be long and multi-line: rows wrap to show them whole (and the tooltip has them).
    m_timelineView->setWordWrap(true);
    m_timelineView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timelineView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timelineView->horizontalHeader()->setSectionResizeMode(TimelineModel::Details, QHeaderView::Stretch);
    v->addWidget(m_timelineView, 1);
    // The keyboard's way through the dialog: profile, identifiers, channels, then the
    // follow-up line, then the timeline.
    setTabOrder(m_channels, m_followUp);
    setTabOrder(m_followUp->addButton(), m_timelineView);
    return box;
}

void CustomerDetailDialog::onChanged(const mutation::ChangeSet &changes)
{
    if (changes.isEverything() || changes.touches(QStringLiteral("app_user")) || changes.touches(QStringLiteral("channel"))) {
        reload();
        return;
    }
    const QSet<QString> customers = changes.customerIds();
    // A merge names both records: the one asked for and the survivor shown.
    if (customers.contains(m_customerId) || (!m_detail.redirectedFrom.isEmpty() && customers.contains(m_detail.redirectedFrom)))
        reload();
}

void CustomerDetailDialog::reload()
{
    const QString id = m_customerId;
    m_session.reader().run<Result<customer::CustomerDetail>>(
        this, [id](ReadContext &ctx) { return customer::CustomerDetail::load(ctx.db, id); },
        [this](Result<customer::CustomerDetail> r) {
            if (!r) {
                // A failed read is said as such (and logged by core); what was shown stays.
                showStatus(r.error().message, true);
                const bool notFound = r.error().code == QLatin1String("customer.not_found");
                if (notFound)
                    m_title->setText(tr("Customer not found"));
                if (notFound || !m_isLoaded) {
                    m_profile->setEnabled(false);
                    m_followUp->setEnabled(false);
                }
                return;
            }
            applyDetail(*r);
        });
}

void CustomerDetailDialog::applyDetail(const customer::CustomerDetail &detail)
{
    m_detail = detail;
    m_isLoaded = true;
    // A merged-away id now shows its survivor; later edits go straight to it.
    m_customerId = detail.customerId;
    setWindowTitle(tr("Customer %1").arg(detail.name));
    m_title->setText(detail.name);
    QStringList summary{detail.phones.value(0, tr("no phone")), DisplayFormat::status(detail.status), DisplayFormat::grade(detail.grade),
                        detail.owner.isEmpty() ? tr("no owner") : tr("Owner: %1").arg(detail.owner)};
    if (detail.nextFollowUpAtMs)
        summary << tr("Next follow-up %1").arg(DisplayFormat::dateTime(detail.nextFollowUpAtMs));
    // What the desk noted when the person came in (the new-customer form).
    const customer::Requirement &req = detail.requirement;
    if (!req.gender.isEmpty())
        summary << (req.gender == QLatin1String("male") ? tr("Male") : tr("Female"));
    if (req.visitors)
        summary << tr("Came %n together", nullptr, req.visitors);
    if (!req.heardVia.isEmpty())
        summary << tr("Heard of us via %1").arg(req.heardVia);
    if (!req.building.isEmpty())
        summary << tr("Intended building %1").arg(req.building);
    m_summary->setText(summary.join(QStringLiteral("  ·  ")));
    // The first load and the one after our own save replace the form; any other (another
    // desk's change arriving) updates only the fields nobody is editing here.
    if (m_resetProfile)
        m_profile->setDetail(detail);
    else
        m_profile->mergeDetail(detail);
    m_resetProfile = false;
    m_profile->setEnabled(true);
    m_followUp->setEnabled(true);
    m_ownership->setDetail(detail);
    fillIdentifiers();
    fillChannels();
    refillTimeline(detail);
    emit detailShown();
}

void CustomerDetailDialog::refillTimeline(const customer::CustomerDetail &detail)
{
    QScrollBar *bar = m_timelineView->verticalScrollBar();
    // Scrolled to the top, the view stays there and shows what is new; scrolled down, the same
    // entry stays at the top of the view. Entries have no id here: one is told by all it shows.
    const int top = bar->value() > bar->minimum() ? m_timelineView->rowAt(0) : -1;
    const std::optional<TimelineEntry> topEntry = top >= 0 ? std::optional(m_timeline->row(top)) : std::nullopt;
    const int topOffset = top >= 0 ? m_timelineView->rowViewportPosition(top) : 0;
    const QModelIndex current = m_timelineView->currentIndex();
    const std::optional<TimelineEntry> currentEntry = current.isValid() ? std::optional(m_timeline->row(current.row())) : std::nullopt;

    const QList<TimelineEntry> before = m_timeline->rows();
    m_timeline->setDetail(detail);
    if (m_timeline->rows() == before)
        return; // not reset: the view kept its place by itself
    // The reset is laid out later; the rows must be measured before one can be scrolled to.
    m_timelineView->doItemsLayout();
    auto rowOf = [this](const TimelineEntry &entry) {
        return m_timeline->findRow([&entry](const TimelineEntry &e) { return e == entry; });
    };
    if (currentEntry)
        if (const int r = rowOf(*currentEntry); r >= 0)
            m_timelineView->setCurrentIndex(m_timeline->index(r, current.column()));
    if (topEntry)
        if (const int r = rowOf(*topEntry); r >= 0) {
            m_timelineView->scrollTo(m_timeline->index(r, 0), QAbstractItemView::PositionAtTop);
            // Scrolling by pixels: the part of the row that was above the view stays above it.
            if (m_timelineView->verticalScrollMode() == QAbstractItemView::ScrollPerPixel)
                bar->setValue(bar->value() - topOffset);
        }
}

void CustomerDetailDialog::fillIdentifiers()
{
    const QStringList &phones = m_detail.phones;
    QStringList ids;
    for (const auto &r : m_detail.residentIds)
        ids << r.masked;
    // A reveal stays on screen while the same numbers are shown; a new number is masked again.
    if (m_revealedPhones.size() != phones.size())
        m_revealedPhones.clear();
    if (m_revealedIds.size() != ids.size())
        m_revealedIds.clear();
    const QStringList shownPhones = m_revealedPhones.isEmpty() ? phones : m_revealedPhones;
    const QStringList shownIds = m_revealedIds.isEmpty() ? ids : m_revealedIds;
    m_phones->setText(phones.isEmpty() ? tr("None recorded") : shownPhones.join(QLatin1Char('\n')));
    m_residentIds->setText(ids.isEmpty() ? tr("None recorded") : shownIds.join(QLatin1Char('\n')));
    m_showPhones->setVisible(!phones.isEmpty() && m_revealedPhones.isEmpty());
    m_showResidentId->setVisible(!ids.isEmpty() && m_revealedIds.isEmpty());
}

void CustomerDetailDialog::fillChannels()
{
    const auto &channels = m_detail.channels;
    m_channels->setRowCount(int(channels.size()));
    for (int i = 0; i < channels.size(); ++i) {
        const auto &c = channels[i];
        // Channels come in the order they reached the customer: the first is the first touch.
        m_channels->setItem(i, 0, new QTableWidgetItem(i == 0 ? tr("%1 (first touch)").arg(c.channel) : c.channel));
        m_channels->setItem(i, 1, new QTableWidgetItem(DisplayFormat::weight(qRound(c.share * 1000))));
        m_channels->setItem(i, 2, new QTableWidgetItem(DisplayFormat::dateTime(c.firstAtMs)));
        m_channels->setItem(i, 3, new QTableWidgetItem(QString::number(c.touches)));
    }
}

void CustomerDetailDialog::save()
{
    customer::CustomerUpdate update;
    if (!m_profile->changes(&update)) {
        m_closeAfterSave = false;
        return;
    }
    if (update.isEmpty()) {
        showStatus(tr("Nothing changed."), false);
        if (std::exchange(m_closeAfterSave, false))
            QDialog::reject();
        return;
    }
    update.customerId = m_customerId;
    m_profile->setBusy(true);
    m_session.apply(update, this, [this](Result<customer::CustomerUpdate::Outcome> r) {
        m_profile->setBusy(false);
        const bool close = std::exchange(m_closeAfterSave, false);
        if (!r) {
            m_profile->showError(r.error().message);
            return;
        }
        m_resetProfile = true;       // the reload that changed() triggers shows what was stored
        m_profile->clearConflicts(); // the value typed here was saved over the other desk's
        showStatus(tr("Saved."), false);
        if (close)
            QDialog::reject();
    });
}

void CustomerDetailDialog::reject()
{
    if (!m_isLoaded || !m_profile->isEnabled() || !m_profile->isDirty()) {
        QDialog::reject();
        return;
    }
    askAboutUnsavedEdits();
}

void CustomerDetailDialog::askAboutUnsavedEdits()
{
    if (findChild<QMessageBox *>(QStringLiteral("unsavedEdits")))
        return; // already asking
    // Opened window-modal, not exec()'d: no nested event loop; the answer arrives as a signal.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved changes"),
                                tr("The changes to %1 have not been saved. Save them before closing?").arg(m_detail.name),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedEdits"));
    box->button(QMessageBox::Save)->setText(tr("Save"));
    box->button(QMessageBox::Discard)->setText(tr("Discard changes"));
    box->button(QMessageBox::Cancel)->setText(tr("Go back"));
    box->setDefaultButton(QMessageBox::Save);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box] {
        const QMessageBox::StandardButton answer = box->standardButton(box->clickedButton());
        if (answer == QMessageBox::Save) {
            m_closeAfterSave = true;
            save();
        } else if (answer == QMessageBox::Discard) {
            m_resetProfile = true;
            m_profile->setDetail(m_detail);
            QDialog::reject();
        }
    });
    box->open();
}

void CustomerDetailDialog::addFollowUp(const QString &kind, const QString &note, qint64 nextAtMs)
{
    customer::FollowUpAdd followUp;
    followUp.customerId = m_customerId;
    followUp.kind = kind;
    followUp.note = note;
    followUp.nextAtMs = nextAtMs;
    followUp.consultantId = m_session.currentUserId();
    m_followUp->setBusy(true);
    m_session.apply(followUp, this, [this, nextAtMs](Result<customer::FollowUpAdd::Outcome> r) {
        m_followUp->setBusy(false);
        if (!r) {
            showStatus(tr("The follow-up was not added: %1").arg(r.error().message), true);
            return;
        }
        m_followUp->clearNote();
        showStatus(nextAtMs ? tr("Follow-up added; next one due %1.").arg(DisplayFormat::dateTime(nextAtMs)) : tr("Follow-up added."),
                   false);
    });
}

void CustomerDetailDialog::reveal(const QString &field)
{
    const QString id = m_customerId;
    QPushButton *button = field == QLatin1String("phone") ? m_showPhones : m_showResidentId;
    button->setEnabled(false);
    // On the writer: the reveal is recorded (a mutation) before the plaintext is read.
    m_session.writer().run<Result<QStringList>>(
        this, [id, field](WriteContext &ctx) { return customer::CustomerReveal::reveal(ctx.applier, ctx.key, id, field); },
        [this, field, button](Result<QStringList> r) {
            button->setEnabled(true);
            if (!r) {
                showStatus(tr("Could not show the number: %1").arg(r.error().message), true);
                return;
            }
            (field == QLatin1String("phone") ? m_revealedPhones : m_revealedIds) = *r;
            fillIdentifiers();
            showStatus(tr("Shown in full; this look is recorded under your name."), false);
        });
}

void CustomerDetailDialog::showStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
    m_status->setText(text);
}

} // namespace shoulou::ui
