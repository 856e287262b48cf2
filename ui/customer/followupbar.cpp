#include "followupbar.h"

#include "common/displayformat.h"
#include "customer/noteedit.h"
#include "util/clock.h"
#include "util/officetime.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QPushButton>

namespace shoulou::ui {

namespace {

enum Preset { Tomorrow, InThreeDays, NextWeek, NoNext, Custom };
constexpr qint64 kDayMs = 24 * 3600 * 1000LL;
// Sales offices call back in the morning: presets land on 10:00 office time.
constexpr qint64 kMorningMs = 10 * 3600 * 1000LL;

} // namespace

FollowUpBar::FollowUpBar(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_kind(new QComboBox(this))
    , m_note(new NoteEdit(this))
    , m_next(new QComboBox(this))
    , m_custom(new QDateTimeEdit(this))
    , m_add(new QPushButton(tr("Add"), this))
{
    for (const QString &code : DisplayFormat::followUpKinds())
        m_kind->addItem(DisplayFormat::followUpKind(code), code);
    m_kind->setAccessibleName(tr("Follow-up kind"));
    m_note->setPlaceholderText(tr("What was said — Enter adds it, Shift+Enter starts a new line"));
    m_note->setAccessibleName(tr("Follow-up note"));
    m_next->addItem(tr("Next: tomorrow"), Tomorrow);
    m_next->addItem(tr("Next: in 3 days"), InThreeDays);
    m_next->addItem(tr("Next: next week"), NextWeek);
    m_next->addItem(tr("No next follow-up"), NoNext);
    m_next->addItem(tr("Next: pick a time…"), Custom);
    m_next->setAccessibleName(tr("Next follow-up"));
    m_custom->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_custom->setCalendarPopup(true);
    m_custom->setVisible(false);
    m_add->setAutoDefault(false);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    // The note grows downwards as lines are added; the other controls stay on its first line.
    row->addWidget(m_kind, 0, Qt::AlignTop);
    row->addWidget(m_note, 1, Qt::AlignTop);
    row->addWidget(m_next, 0, Qt::AlignTop);
    row->addWidget(m_custom, 0, Qt::AlignTop);
    row->addWidget(m_add, 0, Qt::AlignTop);

    connect(m_note, &NoteEdit::submitted, this, &FollowUpBar::submit);
    connect(m_add, &QPushButton::clicked, this, &FollowUpBar::submit);
    connect(m_next, &QComboBox::currentIndexChanged, this, &FollowUpBar::presetChanged);
}

void FollowUpBar::presetChanged()
{
    const bool custom = m_next->currentData().toInt() == Custom;
    if (custom && !m_custom->isVisible()) {
        // The editor shows the office's wall-clock values whatever the machine's zone (Qt 6.4's
        // QDateTimeEdit has no time zone of its own); nextAtMs() reads them back in the office's zone.
        const QDateTime start = OfficeTime::local(DisplayFormat::startOfDay(m_clock.nowMs()) + kDayMs + kMorningMs);
        m_custom->setDate(start.date());
        m_custom->setTime(start.time());
    }
    m_custom->setVisible(custom);
}

qint64 FollowUpBar::nextAtMs() const
{
    const qint64 today = DisplayFormat::startOfDay(m_clock.nowMs());
    switch (m_next->currentData().toInt()) {
    case Tomorrow:
        return today + kDayMs + kMorningMs;
    case InThreeDays:
        return today + 3 * kDayMs + kMorningMs;
    case NextWeek:
        return today + 7 * kDayMs + kMorningMs;
    case Custom:
        return OfficeTime::toMs(m_custom->date(), m_custom->time());
    default:
        return 0;
    }
}

void FollowUpBar::submit()
{
    if (!m_add->isEnabled())
        return;
    const QString note = m_note->text().trimmed();
    if (note.isEmpty()) {
        m_note->setPlaceholderText(tr("Type what was said first, then press Enter"));
        m_note->setFocus();
        return;
    }
    emit addRequested(m_kind->currentData().toString(), note, nextAtMs());
}

void FollowUpBar::clearNote()
{
    m_note->clear();
}

void FollowUpBar::setBusy(bool busy)
{
    m_add->setEnabled(!busy);
    m_note->setReadOnly(busy);
}

} // namespace shoulou::ui
