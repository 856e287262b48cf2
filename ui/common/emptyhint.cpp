#include "emptyhint.h"

namespace shoulou::ui {

EmptyHint::EmptyHint(QWidget *parent)
    : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setMargin(24);
    setForegroundRole(QPalette::PlaceholderText);
}

void EmptyHint::setHint(const QString &headline, const QString &whatToDo)
{
    setText(QStringLiteral("<p style='font-size:large'>%1</p><p>%2</p>").arg(headline.toHtmlEscaped(), whatToDo.toHtmlEscaped()));
}

} // namespace shoulou::ui
