#include "fielderror.h"

#include <QLabel>
#include <QVBoxLayout>

namespace shoulou::ui {

QLabel *fieldErrorLabel(QWidget *parent, bool wrap)
{
    auto *l = new QLabel(parent);
    l->setStyleSheet(QStringLiteral("color: #c62828;"));
    l->setWordWrap(wrap);
    l->setVisible(false);
    return l;
}

void setFieldError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QWidget *withFieldError(QWidget *field, QLabel *error)
{
    auto *box = new QWidget(field->parentWidget());
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(field);
    v->addWidget(error);
    return box;
}

} // namespace shoulou::ui
