#include "fieldconflict.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace shoulou::ui {

FieldConflict::FieldConflict(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_keep(new QPushButton(tr("Keep mine"), this))
    , m_take(new QPushButton(tr("Take new value"), this))
{
    setObjectName(QStringLiteral("fieldConflict"));
    // Amber, not red: nothing is wrong with what the person typed; they have a choice to make.
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("shoulou--ui--FieldConflict { background: #fff4e5; border: 1px solid #f0b35b; border-radius: 3px; }"
                                 "QLabel { color: #8a4b00; }"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keep->setToolTip(tr("Keeps what you typed; it is saved when you save"));
    m_take->setToolTip(tr("Puts the new value into the field"));
    for (QPushButton *b : {m_keep, m_take}) {
        b->setAutoDefault(false);
        // Choosing must not take the focus from the field being typed into.
        b->setFocusPolicy(Qt::NoFocus);
    }
    auto *h = new QHBoxLayout(this);
    h->setContentsMargins(6, 3, 6, 3);
    h->addWidget(m_label, 1);
    h->addWidget(m_keep);
    h->addWidget(m_take);
    connect(m_keep, &QPushButton::clicked, this, &FieldConflict::keepMine);
    connect(m_take, &QPushButton::clicked, this, &FieldConflict::takeTheirs);
    setVisible(false);
}

void FieldConflict::showValue(const QString &value, const QString &when)
{
    const QString shown = value.isEmpty() ? tr("(empty)") : value;
    m_label->setText(!when.isEmpty() ? tr("New value on the server: %1 (changed %2)").arg(shown, when)
                                     : tr("New value on the server: %1").arg(shown));
    m_open = true;
    setVisible(true);
}

void FieldConflict::clear()
{
    m_open = false;
    setVisible(false);
}

QWidget *withFieldConflict(QWidget *field, FieldConflict *conflict)
{
    auto *box = new QWidget(field->parentWidget());
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(field);
    v->addWidget(conflict);
    return box;
}

} // namespace shoulou::ui
