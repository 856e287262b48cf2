#include "confirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace shoulou::ui {

bool confirmDecision(QWidget *parent, const QString &title, const QString &text, const QString &action, bool warning)
{
    QMessageBox box(warning ? QMessageBox::Warning : QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("duplicatesConfirm"));
    auto *accept = box.addButton(action, QMessageBox::AcceptRole);
    accept->setObjectName(QStringLiteral("confirmAccept"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

} // namespace shoulou::ui
