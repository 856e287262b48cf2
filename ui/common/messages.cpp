#include "messages.h"

#include "common/windowplacement.h"

namespace shoulou::ui {

QMessageBox *showMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("message"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    placeOverParent(box, parent);
    box->open();
    return box;
}

} // namespace shoulou::ui
