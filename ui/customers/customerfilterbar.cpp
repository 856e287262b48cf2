#include "customerfilterbar.h"

#include "common/displayformat.h"
#include "common/officesession.h"
#include "util/clock.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace shoulou::ui {

namespace {
const QString kMine = QStringLiteral("@me");
}

CustomerFilterBar::CustomerFilterBar(OfficeSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_owner(new QComboBox)
    , m_status(new QComboBox)
    , m_grade(new QComboBox)
    , m_channel(new QComboBox)
    , m_overdue(new QCheckBox(tr("Overdue follow-up")))
{
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_grade->setObjectName(QStringLiteral("gradeFilter"));
    m_channel->setObjectName(QStringLiteral("channelFilter"));
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto labelled = [&](const QString &text, QWidget *w) {
        auto *l = new QLabel(text);
        l->setBuddy(w);
        layout->addWidget(l);
        layout->addWidget(w);
    };
    labelled(tr("Consultant:"), m_owner);
    labelled(tr("Status:"), m_status);
    labelled(tr("Grade:"), m_grade);
    labelled(tr("Channel:"), m_channel);
    layout->addWidget(m_overdue);
    layout->addStretch(1);
    fillChoices();
    for (QComboBox *c : {m_owner, m_status, m_grade, m_channel})
        connect(c, &QComboBox::activated, this, &CustomerFilterBar::filterChanged);
    connect(m_overdue, &QCheckBox::toggled, this, &CustomerFilterBar::filterChanged);
    connect(&session, &OfficeSession::changed, this, [this](const mutation::ChangeSet &changes) {
        if (changes.touches(QStringLiteral("app_user")) || changes.touches(QStringLiteral("channel")))
            fillChoices();
    });
    m_userId = session.currentUserId();
    connect(&session, &OfficeSession::currentUserChanged, this, &CustomerFilterBar::userChanged);
}

CustomerFilterBar::Choices CustomerFilterBar::choices() const
{
    return {m_owner->currentData().toString(), m_status->currentData().toString(), m_grade->currentData().toString(),
            m_channel->currentData().toString(), m_overdue->isChecked()};
}

void CustomerFilterBar::setChoices(const Choices &c)
{
    const QSignalBlocker block(m_overdue);
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(c.owner)));
    m_status->setCurrentIndex(qMax(0, m_status->findData(c.status)));
    m_grade->setCurrentIndex(qMax(0, m_grade->findData(c.grade)));
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(c.channel)));
    m_overdue->setChecked(c.overdue);
}

void CustomerFilterBar::userChanged()
{
    // Filters are the user's: the next person at the desk does not inherit 我的 or a status.
    m_byUser.insert(m_userId, choices());
    m_userId = m_session.currentUserId();
    setChoices(m_byUser.value(m_userId));
    emit filterChanged();
}

void CustomerFilterBar::fillChoices()
{
    const QString owner = m_owner->currentData().toString();
    const QString channel = m_channel->currentData().toString();
    m_owner->clear();
    m_owner->addItem(tr("Everyone"), QString());
    m_owner->addItem(tr("Mine"), kMine);
    m_owner->addItem(tr("Unassigned"), customer::ListFilter::kUnowned);
    // People by pinyin (张 after 陈), as a Chinese reader looks for them.
    QList<UserInfo> people;
    for (const UserInfo &u : m_session.users())
        if (u.role == QLatin1String("consultant") || u.role == QLatin1String("manager"))
            people << u;
    QCollator byPinyin(QLocale(QLocale::Chinese, QLocale::China));
    std::stable_sort(people.begin(), people.end(),
                     [&](const UserInfo &a, const UserInfo &b) { return byPinyin.compare(a.displayName, b.displayName) < 0; });
    for (const UserInfo &u : std::as_const(people))
        m_owner->addItem(u.displayName, u.id);
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(owner)));

    if (m_status->count() == 0) {
        m_status->addItem(tr("Any status"), QString());
        for (const QString &s : DisplayFormat::statusCodes())
            m_status->addItem(DisplayFormat::status(s), s);
        m_grade->addItem(tr("Any grade"), QString());
        for (const QString &g : DisplayFormat::gradeCodes())
            m_grade->addItem(DisplayFormat::grade(g), g);
    }
    m_channel->clear();
    m_channel->addItem(tr("Any channel"), QString());
    for (const ChannelRef &c : m_session.channels())
        m_channel->addItem(c.name, c.id);
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(channel)));
}

customer::ListFilter CustomerFilterBar::filter() const
{
    customer::ListFilter f;
    f.ownerId = m_owner->currentData().toString();
    if (f.ownerId == kMine)
        f.ownerId = m_session.currentUserId().isEmpty() ? customer::ListFilter::kUnowned : m_session.currentUserId();
    f.status = m_status->currentData().toString();
    f.grade = m_grade->currentData().toString();
    f.channelId = m_channel->currentData().toString();
    f.overdueOnly = m_overdue->isChecked();
    f.nowMs = f.overdueOnly ? m_session.clock().nowMs() : 0;
    return f;
}

void CustomerFilterBar::clear()
{
    for (QComboBox *c : {m_owner, m_status, m_grade, m_channel})
        c->setCurrentIndex(0);
    m_overdue->setChecked(false);
    emit filterChanged();
}

} // namespace shoulou::ui
