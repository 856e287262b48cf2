#include "welcomedialog.h"

#include <QCommandLinkButton>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace shoulou::ui {

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Welcome to Shoulou"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("<h2>Welcome to Shoulou</h2><p>Every workstation keeps the office's customers in one "
                                "database file. Create one for your office, open an existing one, or look around "
                                "in a demo office first.</p>"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto add = [&](const QString &title, const QString &detail, Choice c, const char *name) {
        auto *b = new QCommandLinkButton(title, detail);
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, [this, c] {
            m_choice = c;
            accept();
        });
        layout->addWidget(b);
    };
    add(tr("Create a new office"), tr("Start empty; import your lead lists next."), NewOffice, "newOffice");
    add(tr("Open an office database"), tr("A file created on this or another workstation."), OpenOffice, "openOffice");
    add(tr("Open the demo office"), tr("Made-up customers, consultants and six months of history."), DemoOffice, "demoOffice");
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

bool askNewOffice(QWidget *parent, NewOfficeAnswers &answers)
{
    QDialog d(parent);
    d.setWindowTitle(QCoreApplication::translate("NewOfficeDialog", "New office"));
    auto *form = new QFormLayout(&d);
    auto *office = new QLineEdit(QCoreApplication::translate("NewOfficeDialog", "Sales office"));
    auto *manager = new QLineEdit;
    manager->setPlaceholderText(QCoreApplication::translate("NewOfficeDialog", "e.g. 王经理"));
    auto *file = new QLineEdit(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/office.db"));
    auto *browse = new QPushButton(QCoreApplication::translate("NewOfficeDialog", "Choose…"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(file, 1);
    fileRow->addWidget(browse);
    form->addRow(QCoreApplication::translate("NewOfficeDialog", "Office name:"), office);
    form->addRow(QCoreApplication::translate("NewOfficeDialog", "Your name:"), manager);
    form->addRow(QCoreApplication::translate("NewOfficeDialog", "Database file:"), fileRow);
    QObject::connect(browse, &QPushButton::clicked, &d, [&] {
        const QString f = QFileDialog::getSaveFileName(&d, QCoreApplication::translate("NewOfficeDialog", "New office database"),
                                                       file->text(),
                                                       QCoreApplication::translate("NewOfficeDialog", "Office database (*.db)"));
        if (!f.isEmpty())
            file->setText(f);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &d, [&] {
        if (office->text().trimmed().isEmpty() || manager->text().trimmed().isEmpty() || file->text().trimmed().isEmpty()) {
            QMessageBox::warning(&d, QCoreApplication::translate("NewOfficeDialog", "New office"),
                                 QCoreApplication::translate("NewOfficeDialog", "Please fill in the office name, your name and the file."));
            return;
        }
        if (QFileInfo::exists(file->text())) {
            QMessageBox::warning(
                &d, QCoreApplication::translate("NewOfficeDialog", "New office"),
                QCoreApplication::translate("NewOfficeDialog", "%1 already exists. Choose another file, or open it with “Open office”.")
                    .arg(file->text()));
            return;
        }
        d.accept();
    });
    d.resize(560, d.sizeHint().height());
    if (d.exec() != QDialog::Accepted)
        return false;
    answers = {file->text().trimmed(), office->text().trimmed(), manager->text().trimmed()};
    return true;
}

} // namespace shoulou::ui
