#include "confirmation.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace shoulou::ui {

void confirmDecision(QWidget *parent, const QString &title, const QString &text, const QString &action, bool warning,
                     std::function<void()> accepted)
{
    auto *box = new QMessageBox(warning ? QMessageBox::Warning : QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box->setObjectName(QStringLiteral("duplicatesConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    auto *accept = box->addButton(action, QMessageBox::AcceptRole);
    accept->setObjectName(QStringLiteral("confirmAccept"));
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(box, &QMessageBox::finished, box, [box, accept, accepted = std::move(accepted)](int) {
        if (box->clickedButton() == accept && accepted)
            accepted();
    });
    box->open();
}

} // namespace shoulou::ui
