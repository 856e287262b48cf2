#include "customerfilterbar.h"

#include "common/displayformat.h"
#include "common/officesession.h"
#include "util/clock.h"

#include <QCheckBox>
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
    connect(&session, &OfficeSession::dataChanged, this, &CustomerFilterBar::fillChoices);
}

void CustomerFilterBar::fillChoices()
{
    const QString owner = m_owner->currentData().toString();
    const QString channel = m_channel->currentData().toString();
    m_owner->clear();
    m_owner->addItem(tr("Everyone"), QString());
    m_owner->addItem(tr("Mine"), kMine);
    m_owner->addItem(tr("Unassigned"), customer::ListFilter::kUnowned);
    for (const UserInfo &u : m_session.users())
        if (u.role == QLatin1String("consultant") || u.role == QLatin1String("manager"))
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
