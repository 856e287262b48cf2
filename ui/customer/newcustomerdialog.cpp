#include "newcustomerdialog.h"

#include "common/fielderror.h"
#include "common/officesession.h"
#include "common/windowplacement.h"
#include "customer/customerdetaildialog.h"
#include "customer/deskentry.h"
#include "customer/requirementfields.h"
#include "identity/residentid.h"
#include "mutation/applier.h"
#include "util/clock.h"
#include "util/officetime.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
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
    , m_gender(new QComboBox(this))
    , m_visitors(new QSpinBox(this))
    , m_channel(new QComboBox(this))
    , m_heardVia(new QComboBox(this))
    , m_building(new QLineEdit(this))
    , m_budget(new QDoubleSpinBox(this))
    , m_layout(new QComboBox(this))
    , m_area(new QDoubleSpinBox(this))
    , m_remark(new QLineEdit(this))
    , m_formError(fieldErrorLabel(this, false))
    , m_create(nullptr)
    , m_cancel(nullptr)
{
    setWindowTitle(tr("New customer"));
    m_name->setMaxLength(100);
    m_phone->setPlaceholderText(tr("Mobile or landline, e.g. 138 1234 5678"));
    m_residentId->setPlaceholderText(tr("Optional; 18 characters"));
    m_gender->addItem(tr("Not given"), QString());
    m_gender->addItem(tr("Male"), QStringLiteral("male"));
    m_gender->addItem(tr("Female"), QStringLiteral("female"));
    m_visitors->setRange(0, 99);
    m_visitors->setSpecialValueText(tr("Not given"));
    m_visitors->setSuffix(tr(" people"));
    m_visitors->setAccessibleName(tr("Number of visitors"));
    for (const ChannelRef &c : m_session.channels())
        m_channel->addItem(c.name, c.id);
    m_heardVia->setEditable(true);
    m_heardVia->addItem(QString());
    m_heardVia->addItems(heardViaChoices());
    m_heardVia->setAccessibleName(tr("How they heard of us"));
    m_building->setPlaceholderText(tr("e.g. Building 3"));
    m_building->setMaxLength(100);
    m_building->setAccessibleName(tr("Intended building"));
    RequirementFields::setUpBudget(m_budget);
    RequirementFields::setUpLayout(m_layout);
    RequirementFields::setUpArea(m_area);
    m_remark->setPlaceholderText(tr("Who came with them, what they asked about…"));

    auto *buildingAndLayout = new QHBoxLayout;
    buildingAndLayout->setContentsMargins(0, 0, 0, 0);
    buildingAndLayout->addWidget(m_building, 1);
    buildingAndLayout->addWidget(m_layout, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), withFieldError(m_name, m_nameError));
    form->addRow(tr("Phone"), withFieldError(m_phone, m_phoneError));
    form->addRow(tr("Resident ID"), withFieldError(m_residentId, m_residentIdError));
    form->addRow(tr("Gender"), m_gender);
    form->addRow(tr("Visitors"), m_visitors);
    form->addRow(tr("Channel"), m_channel);
    form->addRow(tr("Heard of us via"), m_heardVia);
    form->addRow(tr("Building / layout"), buildingAndLayout);
    form->addRow(tr("Budget"), m_budget);
    form->addRow(tr("Area"), m_area);
    form->addRow(tr("Remark"), m_remark);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_create = buttons->button(QDialogButtonBox::Ok);
    m_create->setText(tr("Create"));
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewCustomerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addWidget(m_formError);
    v->addWidget(buttons);
    // Error lines appear under their fields: let the dialog grow to fit them.
    v->setSizeConstraint(QLayout::SetMinimumSize);
    resize(520, sizeHint().height());

    // Tab goes down the form as it reads, then to the buttons (the error lines and the
    // wrappers around fields are created later and would otherwise scramble the order).
    const QList<QWidget *> chain{m_name,     m_phone,  m_residentId, m_gender, m_visitors, m_channel, m_heardVia,
                                 m_building, m_layout, m_budget,     m_area,   m_remark,   m_create,  m_cancel};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);

    // The walk-in channel is the usual case at the desk.
    if (const int i = m_channel->findData(m_session.walkInChannelId()); i >= 0)
        m_channel->setCurrentIndex(i);
}

NewCustomerDialog *NewCustomerDialog::openNew(OfficeSession &session, QWidget *parent)
{
    auto *dialog = new NewCustomerDialog(session, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    placeOverParent(dialog, parent);
    dialog->show();
    dialog->m_name->setFocus();
    return dialog;
}

void NewCustomerDialog::clearErrors()
{
    for (QLabel *l : {m_nameError, m_phoneError, m_residentIdError, m_formError})
        setFieldError(l, QString());
}

QStringList NewCustomerDialog::heardViaChoices()
{
    return {tr("Friend's recommendation"), tr("Passing by"), tr("Outdoor advertising"), tr("Douyin"), tr("Xiaohongshu"), tr("Anjuke"),
            tr("Referred by an owner"),    tr("Other")};
}

bool NewCustomerDialog::validate(customer::DeskEntry *entry)
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
    entry->gender = m_gender->currentData().toString();
    entry->visitors = m_visitors->value();
    entry->heardVia = m_heardVia->currentText().trimmed();
    entry->building = m_building->text().trimmed();
    entry->layout = m_layout->currentText().trimmed();
    entry->budgetFen = qRound64(m_budget->value() * double(RequirementFields::kFenPerWan));
    entry->areaM2 = m_area->value();
    return true;
}

void NewCustomerDialog::accept()
{
    customer::DeskEntry entry;
    if (!validate(&entry))
        return;
    m_create->setEnabled(false);
    const Clock &clock = m_session.clock();
    // The entry's change set goes to the views, so the list updates the one customer it names
    // instead of reloading (and losing its scroll position).
    using Applied = std::pair<Result<customer::DeskEntry::Outcome>, mutation::ChangeSet>;
    m_session.writer().run<Applied>(
        this,
        [entry, &clock](WriteContext &ctx) {
            auto r = entry.apply(ctx.applier, ctx.key, clock);
            return Applied{std::move(r), ctx.applier.takeChanges()};
        },
        [this, name = entry.name](Applied applied) {
            m_create->setEnabled(true);
            const Result<customer::DeskEntry::Outcome> &r = applied.first;
            if (!r) {
                setFieldError(m_formError, tr("Nothing was saved: %1").arg(r.error().message));
                return;
            }
            m_session.notifyDataChanged(applied.second);
            QString message;
            if (r->status == identity::IngestStatus::Created)
                message = tr("New customer %1 created.").arg(name);
            else if (r->status == identity::IngestStatus::Duplicate)
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
