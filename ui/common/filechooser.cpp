#include "filechooser.h"

#include "common/windowplacement.h"

namespace shoulou::ui {

QFileDialog *chooseFile(QWidget *parent, const FileChoice &choice, std::function<void(const QString &)> chosen)
{
    auto *dialog = new QFileDialog(parent, choice.title, choice.start, choice.filter);
    dialog->setObjectName(QStringLiteral("fileChooser"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    if (choice.mode == FileChoice::Save) {
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setFileMode(QFileDialog::AnyFile);
    } else {
        dialog->setAcceptMode(QFileDialog::AcceptOpen);
        dialog->setFileMode(QFileDialog::ExistingFile);
    }
    if (!choice.defaultSuffix.isEmpty())
        dialog->setDefaultSuffix(choice.defaultSuffix);
    if (parent)
        placeOverParent(dialog, parent);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog, [chosen = std::move(chosen)](const QString &path) {
        if (!path.isEmpty() && chosen)
            chosen(path);
    });
    dialog->open();
    return dialog;
}

} // namespace shoulou::ui
