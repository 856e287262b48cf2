#include "newcustomerdialog.h"

#include "common/fielderror.h"
#include "common/officesession.h"
#include "customer/customerdetaildialog.h"
#include "customer/deskentry.h"
#include "customer/requirementfields.h"
#include "identity/residentid.h"
#include "util/clock.h"
#include "util/officetime.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace shoulou::ui {

NewCustomerDialog::NewCustomerDialog(OfficeSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_name(new QLineEdit(this))
    , m_nameError(fieldErrorLabel(this, false))
    , m_phone(new QLineEdit(this))
    , m_phoneError(fieldErrorLabel(this, false))
    , m_residentId(new QLineEdit(this))
    , m_residentIdError(fieldErrorLabel(this, false))
    , m_channel(new QComboBox(this))
    , m_budget(new QDoubleSpinBox(this))
    , m_layout(new QComboBox(this))
    , m_area(new QDoubleSpinBox(this))
    , m_remark(new QLineEdit(this))
    , m_formError(fieldErrorLabel(this, false))
    , m_create(nullptr)
{
    setWindowTitle(tr("New customer"));
    m_name->setMaxLength(100);
    m_phone->setPlaceholderText(tr("Mobile or landline, e.g. 138 1234 5678"));
    m_residentId->setPlaceholderText(tr("Optional; 18 characters"));
    for (const ChannelRef &c : m_session.channels())
        m_channel->addItem(c.name, c.id);
    RequirementFields::setUpBudget(m_budget);
    RequirementFields::setUpLayout(m_layout);
    RequirementFields::setUpArea(m_area);
    m_remark->setPlaceholderText(tr("Who came with them, what they asked about…"));

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), withFieldError(m_name, m_nameError));
    form->addRow(tr("Phone"), withFieldError(m_phone, m_phoneError));
    form->addRow(tr("Resident ID"), withFieldError(m_residentId, m_residentIdError));
    form->addRow(tr("Channel"), m_channel);
    form->addRow(tr("Budget"), m_budget);
    form->addRow(tr("Layout"), m_layout);
    form->addRow(tr("Area"), m_area);
    form->addRow(tr("Remark"), m_remark);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_create = buttons->button(QDialogButtonBox::Ok);
    m_create->setText(tr("Create"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewCustomerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addWidget(m_formError);
    v->addWidget(buttons);
    // Error lines appear under their fields: let the dialog grow to fit them.
    v->setSizeConstraint(QLayout::SetMinimumSize);
    resize(520, sizeHint().height());

    // The walk-in channel is the usual case at the desk.
    if (const int i = m_channel->findData(m_session.walkInChannelId()); i >= 0)
        m_channel->setCurrentIndex(i);
}

NewCustomerDialog *NewCustomerDialog::openNew(OfficeSession &session, QWidget *parent)
{
    auto *dialog = new NewCustomerDialog(session, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->m_name->setFocus();
    return dialog;
}

void NewCustomerDialog::clearErrors()
{
    for (QLabel *l : {m_nameError, m_phoneError, m_residentIdError, m_formError})
        setFieldError(l, QString());
}

bool NewCustomerDialog::validate(DeskEntry *entry)
{
    clearErrors();
    QWidget *firstBad = nullptr;
    auto fail = [&firstBad](QLabel *label, QWidget *field, const QString &text) {
        setFieldError(label, text);
        if (!firstBad)
            firstBad = field;
    };
    entry->name = m_name->text().trimmed();
    if (entry->name.isEmpty())
        fail(m_nameError, m_name, tr("Name: enter the customer's name"));
    entry->phone = m_phone->text().trimmed();
    entry->residentId = m_residentId->text().trimmed();
    if (entry->phone.isEmpty() && entry->residentId.isEmpty())
        fail(m_phoneError, m_phone, tr("Phone: enter a phone number (or a resident ID) so the customer can be found again"));
    if (!entry->phone.isEmpty())
        if (auto p = m_phones.normalize(entry->phone); !p)
            fail(m_phoneError, m_phone, tr("Phone: %1").arg(p.error().message));
    if (!entry->residentId.isEmpty()) {
        const QDate today = OfficeTime::today(m_session.clock());
        auto r = identity::parseResidentId(entry->residentId, today);
        if (!r)
            fail(m_residentIdError, m_residentId, tr("Resident ID: %1").arg(r.error().message));
        else if (r->needsReview)
            fail(m_residentIdError, m_residentId,
                 tr("Resident ID: birth date %1 makes the holder older than 120; please check").arg(r->birthDate.toString(Qt::ISODate)));
    }
    if (m_channel->currentIndex() < 0)
        fail(m_formError, m_channel, tr("Channel: the office has no channels yet"));
    if (firstBad) {
        firstBad->setFocus();
        return false;
    }
    entry->channelId = m_channel->currentData().toString();
    entry->channelName = m_channel->currentText();
    for (const ChannelRef &c : m_session.channels())
        if (c.id == entry->channelId)
            entry->weightPermille = c.weightPermille;
    entry->remark = m_remark->text().trimmed();
    if (const qint64 fen = qRound64(m_budget->value() * double(RequirementFields::kFenPerWan)))
        entry->requirement.insert(QStringLiteral("budget_fen"), double(fen));
    if (const QString layout = m_layout->currentText().trimmed(); !layout.isEmpty())
        entry->requirement.insert(QStringLiteral("layout"), layout);
    if (m_area->value() > 0)
        entry->requirement.insert(QStringLiteral("area_m2"), m_area->value());
    return true;
}

void NewCustomerDialog::accept()
{
    DeskEntry entry;
    if (!validate(&entry))
        return;
    m_create->setEnabled(false);
    const Clock &clock = m_session.clock();
    m_session.writer().run<Result<DeskEntry::Outcome>>(
        this, [entry, &clock](WriteContext &ctx) { return entry.apply(ctx, clock); },
        [this, name = entry.name](Result<DeskEntry::Outcome> r) {
            m_create->setEnabled(true);
            if (!r) {
                setFieldError(m_formError, tr("Nothing was saved: %1").arg(r.error().message));
                return;
            }
            m_session.notifyDataChanged();
            QString message;
            if (r->status == QLatin1String("created"))
                message = tr("New customer %1 created.").arg(name);
            else if (r->status == QLatin1String("duplicate"))
                message = tr("This entry was already saved a moment ago; nothing new was added.");
            else if (r->matchedBy.contains(QLatin1String("resident_id")))
                message = tr("This person is already a customer (same resident ID): the contact was added to them, "
                             "no new customer was created.");
            else
                message = tr("This person is already a customer (same phone): the contact was added to them, "
                             "no new customer was created.");
            finished(r->customerId, message);
        });
}

void NewCustomerDialog::finished(const QString &customerId, const QString &message)
{
    emit customerCreated(customerId, message);
    QWidget *owner = parentWidget();
    m_session.requestOpenCustomer(customerId);
    // Whoever opened the detail (the workspace) opened it under the same window: say there
    // what happened, so a match with an existing customer is not mistaken for a new one.
    CustomerDetailDialog::openFor(m_session, customerId, owner)->showNotice(message);
    QDialog::accept();
}

} // namespace shoulou::ui
