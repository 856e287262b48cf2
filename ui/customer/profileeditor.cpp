#include "profileeditor.h"

#include "common/displayformat.h"
#include "common/fielderror.h"
#include "common/officesession.h"
#include "customer/requirementfields.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

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
    for (const QString &s : DisplayFormat::statusCodes())
        m_status->addItem(DisplayFormat::status(s), s);
    m_owner->addItem(tr("Nobody (public pool)"), QString());
    for (const UserInfo &u : m_session.users())
        m_owner->addItem(u.displayName, u.id);
    m_tags->setPlaceholderText(tr("e.g. school district, second home — separate with commas"));
    RequirementFields::setUpBudget(m_budget);
    RequirementFields::setUpLayout(m_layout);
    RequirementFields::setUpArea(m_area);
    m_note->setPlaceholderText(tr("Floor, orientation, school, parking…"));
    m_save->setAutoDefault(false);
    m_save->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), withFieldError(m_name, m_nameError));
    form->addRow(tr("Grade"), m_grade);
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Owner"), m_owner);
    form->addRow(tr("Tags"), withFieldError(m_tags, m_tagsError));
    form->addRow(tr("Budget"), m_budget);
    form->addRow(tr("Layout"), m_layout);
    form->addRow(tr("Area"), withFieldError(m_area, m_areaError));
    form->addRow(tr("Requirement note"), m_note);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->addLayout(form);
    v->addWidget(m_formError);
    v->addWidget(m_save, 0, Qt::AlignRight);

    connect(m_save, &QPushButton::clicked, this, &ProfileEditor::saveRequested);
    for (QLineEdit *e : {m_name, m_tags, m_note})
        connect(e, &QLineEdit::textEdited, this, &ProfileEditor::updateSaveEnabled);
    for (QComboBox *c : {m_grade, m_status, m_owner})
        connect(c, &QComboBox::currentIndexChanged, this, &ProfileEditor::updateSaveEnabled);
    connect(m_layout, &QComboBox::currentTextChanged, this, &ProfileEditor::updateSaveEnabled);
    for (QDoubleSpinBox *s : {m_budget, m_area})
        connect(s, &QDoubleSpinBox::valueChanged, this, &ProfileEditor::updateSaveEnabled);
}

void ProfileEditor::setDetail(const QJsonObject &detail)
{
    m_loaded = detail;
    const QJsonObject req = detail.value(QLatin1String("requirement")).toObject();
    const QSignalBlocker blocks[] = {QSignalBlocker(m_grade),  QSignalBlocker(m_status), QSignalBlocker(m_owner),
                                     QSignalBlocker(m_layout), QSignalBlocker(m_budget), QSignalBlocker(m_area)};
    m_name->setText(detail.value(QLatin1String("name")).toString());
    m_grade->setCurrentIndex(qMax(0, m_grade->findData(detail.value(QLatin1String("grade")).toString())));
    m_status->setCurrentIndex(qMax(0, m_status->findData(detail.value(QLatin1String("status")).toString())));
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(detail.value(QLatin1String("owner_id")).toString())));
    QStringList tags;
    for (const QJsonValue &t : detail.value(QLatin1String("tags")).toArray())
        tags << t.toString();
    m_tags->setText(tags.join(tr(", ")));
    m_budget->setValue(double(qint64(req.value(QLatin1String("budget_fen")).toDouble())) / double(RequirementFields::kFenPerWan));
    m_layout->setCurrentText(req.value(QLatin1String("layout")).toString());
    m_area->setValue(req.value(QLatin1String("area_m2")).toDouble());
    m_note->setText(req.value(QLatin1String("note")).toString());
    clearErrors();
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

QJsonObject ProfileEditor::currentRequirement() const
{
    // Keys this form does not edit are kept as loaded.
    QJsonObject req = m_loaded.value(QLatin1String("requirement")).toObject();
    auto put = [&req](const char *key, const QJsonValue &value, bool empty) {
        if (empty)
            req.remove(QLatin1String(key));
        else
            req.insert(QLatin1String(key), value);
    };
    const qint64 fen = qRound64(m_budget->value() * double(RequirementFields::kFenPerWan));
    put("budget_fen", double(fen), fen == 0);
    put("layout", m_layout->currentText().trimmed(), m_layout->currentText().trimmed().isEmpty());
    put("area_m2", m_area->value(), m_area->value() == 0.0);
    put("note", m_note->text().trimmed(), m_note->text().trimmed().isEmpty());
    return req;
}

bool ProfileEditor::changes(QJsonObject *out)
{
    clearErrors();
    QJsonObject args;
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        setFieldError(m_nameError, tr("Name: enter the customer's name"));
        m_name->setFocus();
        return false;
    }
    const QStringList tags = currentTags();
    for (const QString &t : tags)
        if (t.size() > kMaxTag) {
            setFieldError(m_tagsError, tr("Tags: \"%1\" is longer than %n character(s)", nullptr, kMaxTag).arg(t));
            m_tags->setFocus();
            return false;
        }
    if (name != m_loaded.value(QLatin1String("name")).toString())
        args.insert(QStringLiteral("name"), name);
    const QString grade = m_grade->currentData().toString();
    if (grade != m_loaded.value(QLatin1String("grade")).toString())
        args.insert(QStringLiteral("grade"), grade);
    const QString status = m_status->currentData().toString();
    if (status != m_loaded.value(QLatin1String("status")).toString())
        args.insert(QStringLiteral("status"), status);
    const QString owner = m_owner->currentData().toString();
    if (owner != m_loaded.value(QLatin1String("owner_id")).toString())
        args.insert(QStringLiteral("owner_id"), owner);
    const QJsonArray tagArray = QJsonArray::fromStringList(tags);
    if (tagArray != m_loaded.value(QLatin1String("tags")).toArray())
        args.insert(QStringLiteral("tags"), tagArray);
    const QJsonObject req = currentRequirement();
    if (req != m_loaded.value(QLatin1String("requirement")).toObject())
        args.insert(QStringLiteral("requirement"), req);
    *out = args;
    return true;
}

bool ProfileEditor::isDirty() const
{
    const QJsonObject req = currentRequirement();
    return m_name->text().trimmed() != m_loaded.value(QLatin1String("name")).toString() ||
           m_grade->currentData().toString() != m_loaded.value(QLatin1String("grade")).toString() ||
           m_status->currentData().toString() != m_loaded.value(QLatin1String("status")).toString() ||
           m_owner->currentData().toString() != m_loaded.value(QLatin1String("owner_id")).toString() ||
           QJsonArray::fromStringList(currentTags()) != m_loaded.value(QLatin1String("tags")).toArray() ||
           req != m_loaded.value(QLatin1String("requirement")).toObject();
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
