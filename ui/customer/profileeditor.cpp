#include "profileeditor.h"

#include "auth/permissions.h"
#include "common/displayformat.h"
#include "common/fielderror.h"
#include "common/officesession.h"
#include "customer/customerstatus.h"
#include "customer/fieldconflict.h"
#include "customer/requirementfields.h"
#include "util/clock.h"

#include <QApplication>
#include <QCollator>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>

namespace shoulou::ui {

namespace {

constexpr int kMaxName = 100;
constexpr int kMaxTag = 20;

} // namespace

ProfileEditor::ProfileEditor(OfficeSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_name(new QLineEdit(this))
    , m_nameError(fieldErrorLabel(this))
    , m_grade(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_tags(new QLineEdit(this))
    , m_tagsError(fieldErrorLabel(this))
    , m_budget(new QDoubleSpinBox(this))
    , m_layout(new QComboBox(this))
    , m_area(new QDoubleSpinBox(this))
    , m_areaError(fieldErrorLabel(this))
    , m_note(new QLineEdit(this))
    , m_formError(fieldErrorLabel(this))
    , m_save(new QPushButton(tr("Save changes"), this))
{
    m_name->setMaxLength(kMaxName);
    m_grade->addItem(DisplayFormat::grade(QString()), QString());
    for (const QString &g : DisplayFormat::gradeCodes())
        if (!g.isEmpty())
            m_grade->addItem(DisplayFormat::grade(g), g);
    for (const QString &s : DisplayFormat::statusCodes()) {
        m_status->addItem(DisplayFormat::status(s), s);
        // 已认购 and 已签约 follow from a subscription or contract (sales sets them): shown when a
        // customer has them, never offered by hand.
        if (customer::isSetBySales(*fromCode<customer::CustomerStatus>(s)))
            if (auto *model = qobject_cast<QStandardItemModel *>(m_status->model()))
                model->item(m_status->count() - 1)->setEnabled(false);
    }
    m_owner->addItem(tr("Nobody (public pool)"), QString());
    // People by pinyin (白 before 张), as a Chinese office looks them up.
    QList<UserInfo> users = m_session.users();
    QCollator collator{QLocale(QLocale::Chinese, QLocale::China)};
    std::stable_sort(users.begin(), users.end(),
                     [&collator](const UserInfo &a, const UserInfo &b) { return collator.compare(a.displayName, b.displayName) < 0; });
    for (const UserInfo &u : std::as_const(users))
        m_owner->addItem(u.displayName, u.id);
    // Assigning customers is a site manager's (the permission table): the others see the owner
    // and why they cannot change it, rather than an error after saving.
    const auth::Verdict assign = auth::mayApply(m_session.actor(), QStringLiteral("customer.update"),
                                                {{QStringLiteral("owner_id"), QString()}});
    m_owner->setEnabled(assign.allowed);
    m_owner->setToolTip(assign.reason);
    m_tags->setPlaceholderText(tr("e.g. school district, second home — separate with commas"));
    RequirementFields::setUpBudget(m_budget);
    RequirementFields::setUpLayout(m_layout);
    RequirementFields::setUpArea(m_area);
    m_note->setPlaceholderText(tr("Floor, orientation, school, parking…"));
    m_save->setAutoDefault(false);
    m_save->setEnabled(false);

    setUpFields();

    // Each field with its error line (if it has one) and its conflict marker underneath.
    auto *form = new QFormLayout;
    auto row = [this, form](const QString &label, Field field, QWidget *shown) {
        form->addRow(label, withFieldConflict(shown, m_fields[field].conflict));
    };
    row(tr("Name"), Name, withFieldError(m_name, m_nameError));
    row(tr("Grade"), Grade, m_grade);
    row(tr("Status"), Status, m_status);
    row(tr("Owner"), Owner, m_owner);
    row(tr("Tags"), Tags, withFieldError(m_tags, m_tagsError));
    row(tr("Budget"), Budget, m_budget);
    row(tr("Layout"), Layout, m_layout);
    row(tr("Area"), Area, withFieldError(m_area, m_areaError));
    row(tr("Requirement note"), Note, m_note);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->addLayout(form);
    v->addWidget(m_formError);
    v->addWidget(m_save, 0, Qt::AlignRight);

    connect(m_save, &QPushButton::clicked, this, &ProfileEditor::saveRequested);
    for (QLineEdit *e : {m_name, m_tags, m_note})
        connect(e, &QLineEdit::textEdited, this, &ProfileEditor::updateSaveEnabled);
    // An error shown next to a field goes as soon as the field's value is right again.
    for (QLineEdit *e : {m_name, m_tags})
        connect(e, &QLineEdit::textChanged, this, &ProfileEditor::recheck);
    connect(m_area, &QDoubleSpinBox::valueChanged, this, [this] { setFieldError(m_areaError, QString()); });
    for (QComboBox *c : {m_grade, m_status, m_owner})
        connect(c, &QComboBox::currentIndexChanged, this, &ProfileEditor::updateSaveEnabled);
    connect(m_layout, &QComboBox::currentTextChanged, this, &ProfileEditor::updateSaveEnabled);
    for (QDoubleSpinBox *s : {m_budget, m_area})
        connect(s, &QDoubleSpinBox::valueChanged, this, &ProfileEditor::updateSaveEnabled);
}

void ProfileEditor::setUpFields()
{
    using customer::CustomerDetail;
    const auto fen = [](const CustomerDetail &d) { return d.requirement.budgetFen.value_or(0); };
    const auto area = [](const CustomerDetail &d) { return d.requirement.areaM2.value_or(0); };
    m_fields[Name] = {m_name,
                      nullptr,
                      [](const CustomerDetail &d) { return QVariant(d.name); },
                      [this] { return QVariant(m_name->text().trimmed()); },
                      [this](const CustomerDetail &d) { m_name->setText(d.name); },
                      [](const CustomerDetail &d) { return d.name; }};
    m_fields[Grade] = {m_grade,
                       nullptr,
                       [](const CustomerDetail &d) { return QVariant(d.grade); },
                       [this] { return m_grade->currentData(); },
                       [this](const CustomerDetail &d) { m_grade->setCurrentIndex(qMax(0, m_grade->findData(d.grade))); },
                       [](const CustomerDetail &d) { return DisplayFormat::grade(d.grade); }};
    m_fields[Status] = {m_status,
                        nullptr,
                        [](const CustomerDetail &d) { return QVariant(d.status); },
                        [this] { return m_status->currentData(); },
                        [this](const CustomerDetail &d) { m_status->setCurrentIndex(qMax(0, m_status->findData(d.status))); },
                        [](const CustomerDetail &d) { return DisplayFormat::status(d.status); }};
    m_fields[Owner] = {m_owner,
                       nullptr,
                       [](const CustomerDetail &d) { return QVariant(d.ownerId); },
                       [this] { return QVariant(m_owner->currentData().toString()); },
                       [this](const CustomerDetail &d) { m_owner->setCurrentIndex(qMax(0, m_owner->findData(d.ownerId))); },
                       [](const CustomerDetail &d) { return d.ownerId.isEmpty() ? tr("Nobody (public pool)") : d.owner; }};
    m_fields[Tags] = {m_tags,
                      nullptr,
                      [](const CustomerDetail &d) { return QVariant(d.tags); },
                      [this] { return QVariant(currentTags()); },
                      [this](const CustomerDetail &d) { m_tags->setText(d.tags.join(tr(", "))); },
                      [](const CustomerDetail &d) { return d.tags.join(tr(", ")); }};
    m_fields[Budget] = {
        m_budget,
        nullptr,
        [fen](const CustomerDetail &d) { return QVariant(fen(d)); },
        [this] { return QVariant(qRound64(m_budget->value() * double(RequirementFields::kFenPerWan))); },
        [this, fen](const CustomerDetail &d) { m_budget->setValue(double(fen(d)) / double(RequirementFields::kFenPerWan)); },
        [this, fen](const CustomerDetail &d) {
            return fen(d) ? m_budget->textFromValue(double(fen(d)) / double(RequirementFields::kFenPerWan)) + m_budget->suffix()
                          : m_budget->specialValueText();
        }};
    m_fields[Layout] = {m_layout,
                        nullptr,
                        [](const CustomerDetail &d) { return QVariant(d.requirement.layout); },
                        [this] { return QVariant(m_layout->currentText().trimmed()); },
                        [this](const CustomerDetail &d) { m_layout->setCurrentText(d.requirement.layout); },
                        [](const CustomerDetail &d) { return d.requirement.layout; }};
    m_fields[Area] = {m_area,
                      nullptr,
                      [area](const CustomerDetail &d) { return QVariant(area(d)); },
                      [this] { return QVariant(m_area->value()); },
                      [this, area](const CustomerDetail &d) { m_area->setValue(area(d)); },
                      [this, area](const CustomerDetail &d) {
                          return area(d) != 0.0 ? m_area->textFromValue(area(d)) + m_area->suffix() : m_area->specialValueText();
                      }};
    m_fields[Note] = {m_note,
                      nullptr,
                      [](const CustomerDetail &d) { return QVariant(d.requirement.note); },
                      [this] { return QVariant(m_note->text().trimmed()); },
                      [this](const CustomerDetail &d) { m_note->setText(d.requirement.note); },
                      [](const CustomerDetail &d) { return d.requirement.note; }};
    for (int i = 0; i < FieldCount; ++i) {
        auto *c = new FieldConflict(this);
        c->setObjectName(QStringLiteral("fieldConflict%1").arg(i));
        m_fields[i].conflict = c;
        connect(c, &FieldConflict::keepMine, this, [this, c] {
            // What is stored is already the base Save compares with: the typed value goes out.
            c->clear();
            updateSaveEnabled();
        });
        connect(c, &FieldConflict::takeTheirs, this, [this, i] { takeTheirs(Field(i)); });
    }
}

bool ProfileEditor::isBeingEdited(const FieldAccess &f, const customer::CustomerDetail &base) const
{
    // Spin boxes and editable combo boxes hold the focus in an inner line edit.
    const QWidget *focus = QApplication::focusWidget();
    const bool focused = focus && (focus == f.widget || f.widget->isAncestorOf(focus));
    return focused || f.conflict->isOpen() || f.current() != f.stored(base);
}

void ProfileEditor::mergeDetail(const customer::CustomerDetail &detail)
{
    const customer::CustomerDetail before = m_loaded;
    // The stored customer is the base from now on, for every field (and for the requirement's
    // keys this form does not show).
    m_loaded = detail;
    const QString when = changedWhen(detail.updatedAtMs);
    for (FieldAccess &f : m_fields) {
        if (f.stored(detail) == f.stored(before))
            continue; // not changed by anyone else: an edit in progress stays as it is
        if (!isBeingEdited(f, before)) {
            const QSignalBlocker block(f.widget);
            f.show(detail);
            f.conflict->clear();
        } else if (f.current() == f.stored(detail)) {
            f.conflict->clear(); // the other desk made the same change: nothing to choose
        } else {
            f.conflict->showValue(f.text(detail), when);
        }
    }
    updateSaveEnabled();
}

void ProfileEditor::takeTheirs(Field field)
{
    FieldAccess &f = m_fields[field];
    {
        const QSignalBlocker block(f.widget);
        f.show(m_loaded);
    }
    f.conflict->clear();
    recheck();
    updateSaveEnabled();
}

bool ProfileEditor::hasConflicts() const
{
    return std::any_of(m_fields.begin(), m_fields.end(), [](const FieldAccess &f) { return f.conflict->isOpen(); });
}

void ProfileEditor::clearConflicts()
{
    for (FieldAccess &f : m_fields)
        f.conflict->clear();
}

QString ProfileEditor::changedWhen(qint64 ms) const
{
    if (!ms)
        return {};
    // Today's changes by the clock time alone (as a person says it), older ones with the date.
    const QString full = DisplayFormat::dateTime(ms);
    return DisplayFormat::startOfDay(ms) == DisplayFormat::startOfDay(m_session.clock().nowMs()) ? full.section(QLatin1Char(' '), 1) : full;
}

void ProfileEditor::setDetail(const customer::CustomerDetail &detail)
{
    m_loaded = detail;
    const customer::Requirement &req = detail.requirement;
    const QSignalBlocker blocks[] = {QSignalBlocker(m_grade),  QSignalBlocker(m_status), QSignalBlocker(m_owner),
                                     QSignalBlocker(m_layout), QSignalBlocker(m_budget), QSignalBlocker(m_area)};
    m_name->setText(detail.name);
    m_grade->setCurrentIndex(qMax(0, m_grade->findData(detail.grade)));
    m_status->setCurrentIndex(qMax(0, m_status->findData(detail.status)));
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(detail.ownerId)));
    m_tags->setText(detail.tags.join(tr(", ")));
    m_budget->setValue(double(req.budgetFen.value_or(0)) / double(RequirementFields::kFenPerWan));
    m_layout->setCurrentText(req.layout);
    m_area->setValue(req.areaM2.value_or(0));
    m_note->setText(req.note);
    clearErrors();
    clearConflicts();
    updateSaveEnabled();
}

QStringList ProfileEditor::currentTags() const
{
    static const QRegularExpression sep(QStringLiteral("[,，、;；]"));
    QStringList tags;
    for (const QString &t : m_tags->text().split(sep, Qt::SkipEmptyParts))
        if (const QString s = t.trimmed(); !s.isEmpty() && !tags.contains(s))
            tags << s;
    return tags;
}

customer::Requirement ProfileEditor::currentRequirement() const
{
    // Keys this form does not edit are kept as loaded.
    customer::Requirement req = m_loaded.requirement;
    const qint64 fen = qRound64(m_budget->value() * double(RequirementFields::kFenPerWan));
    req.budgetFen = fen ? std::optional<qint64>(fen) : std::nullopt;
    req.layout = m_layout->currentText().trimmed();
    req.areaM2 = m_area->value() != 0.0 ? std::optional<double>(m_area->value()) : std::nullopt;
    req.note = m_note->text().trimmed();
    return req;
}

QString ProfileEditor::tagError(const QStringList &tags) const
{
    for (const QString &t : tags)
        if (t.size() > kMaxTag)
            return tr("Tags: \"%1\" is longer than %n character(s)", nullptr, kMaxTag).arg(t);
    return {};
}

bool ProfileEditor::changes(customer::CustomerUpdate *out)
{
    clearErrors();
    customer::CustomerUpdate u;
    u.customerId = m_loaded.customerId;
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        setFieldError(m_nameError, tr("Name: enter the customer's name"));
        m_name->setFocus();
        return false;
    }
    const QStringList tags = currentTags();
    if (const QString e = tagError(tags); !e.isEmpty()) {
        setFieldError(m_tagsError, e);
        m_tags->setFocus();
        return false;
    }
    if (name != m_loaded.name)
        u.name = name;
    if (const QString grade = m_grade->currentData().toString(); grade != m_loaded.grade)
        u.grade = grade;
    if (const QString status = m_status->currentData().toString(); status != m_loaded.status)
        u.status = status;
    if (const QString owner = m_owner->currentData().toString(); owner != m_loaded.ownerId)
        u.ownerId = owner;
    if (tags != m_loaded.tags)
        u.tags = tags;
    if (const customer::Requirement req = currentRequirement(); !(req == m_loaded.requirement))
        u.requirement = req;
    *out = u;
    return true;
}

bool ProfileEditor::isDirty() const
{
    return m_name->text().trimmed() != m_loaded.name || m_grade->currentData().toString() != m_loaded.grade ||
           m_status->currentData().toString() != m_loaded.status || m_owner->currentData().toString() != m_loaded.ownerId ||
           currentTags() != m_loaded.tags || !(currentRequirement() == m_loaded.requirement);
}

void ProfileEditor::recheck()
{
    if (m_nameError->isVisible() && !m_name->text().trimmed().isEmpty())
        setFieldError(m_nameError, QString());
    if (m_tagsError->isVisible() && tagError(currentTags()).isEmpty())
        setFieldError(m_tagsError, QString());
}

void ProfileEditor::showError(const QString &message)
{
    // The write path names the field it refused: field "requirement.area_m2" (字段“…” in zh_CN).
    auto names = [&message](const char *field) {
        const QString f = QLatin1String(field);
        return message.contains(QLatin1Char('"') + f + QLatin1Char('"')) || message.contains(QChar(0x201C) + f + QChar(0x201D));
    };
    if (names("requirement.area_m2"))
        setFieldError(m_areaError, message);
    else if (names("name"))
        setFieldError(m_nameError, message);
    else if (names("tags"))
        setFieldError(m_tagsError, message);
    else
        setFieldError(m_formError, message);
}

void ProfileEditor::clearErrors()
{
    for (QLabel *l : {m_nameError, m_tagsError, m_areaError, m_formError})
        setFieldError(l, QString());
}

void ProfileEditor::setBusy(bool busy)
{
    m_busy = busy;
    updateSaveEnabled();
}

void ProfileEditor::updateSaveEnabled()
{
    if (m_busy) {
        m_save->setEnabled(false);
        return;
    }
    // Only what differs from the loaded customer is worth a save.
    m_save->setEnabled(isDirty());
}

} // namespace shoulou::ui
