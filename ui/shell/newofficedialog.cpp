#include "newofficedialog.h"

#include "auth/passwordverifier.h"
#include "common/messages.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

namespace shoulou::ui {

NewOfficeDialog::NewOfficeDialog(QWidget *parent)
    : QDialog(parent)
    , m_office(new QLineEdit(QCoreApplication::translate("NewOfficeDialog", "Sales office")))
    , m_manager(new QLineEdit)
    , m_login(new QLineEdit(QStringLiteral("manager")))
    , m_password(new QLineEdit)
    , m_confirm(new QLineEdit)
    , m_file(new QLineEdit(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/office.db")))
    , m_browse(new QPushButton(QCoreApplication::translate("NewOfficeDialog", "Choose…")))
{
    setWindowTitle(QCoreApplication::translate("NewOfficeDialog", "New office"));
    m_office->setObjectName(QStringLiteral("officeName"));
    m_manager->setObjectName(QStringLiteral("managerName"));
    m_manager->setPlaceholderText(QCoreApplication::translate("NewOfficeDialog", "e.g. 王经理"));
    m_login->setObjectName(QStringLiteral("managerLogin"));
    m_login->setMaxLength(100);
    for (QLineEdit *p : {m_password, m_confirm}) {
        p->setEchoMode(QLineEdit::Password);
        p->setMaxLength(auth::PasswordVerifier::kMaximumLength);
    }
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setPlaceholderText(
        QCoreApplication::translate("NewOfficeDialog", "at least %n characters", nullptr, auth::PasswordVerifier::kMinimumLength));
    m_confirm->setObjectName(QStringLiteral("confirmPassword"));
    m_file->setObjectName(QStringLiteral("file"));
    m_browse->setObjectName(QStringLiteral("browse"));
    m_browse->setAutoDefault(false); // Enter in a field creates the office, not the file chooser
    auto *form = new QFormLayout(this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    form->addRow(QCoreApplication::translate("NewOfficeDialog", "Office name:"), m_office);
    form->addRow(QCoreApplication::translate("NewOfficeDialog", "Your name:"), m_manager);
    form->addRow(QCoreApplication::translate("NewOfficeDialog", "Your login:"), m_login);
    form->addRow(QCoreApplication::translate("NewOfficeDialog", "Your password:"), m_password);
    form->addRow(QCoreApplication::translate("NewOfficeDialog", "Repeat the password:"), m_confirm);
    form->addRow(QCoreApplication::translate("NewOfficeDialog", "Database file:"), fileRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewOfficeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        auto *chooser = new QFileDialog(this, QCoreApplication::translate("NewOfficeDialog", "New office database"), m_file->text(),
                                        QCoreApplication::translate("NewOfficeDialog", "Office database (*.db)"));
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        chooser->setAcceptMode(QFileDialog::AcceptSave);
        chooser->setDefaultSuffix(QStringLiteral("db"));
        connect(chooser, &QFileDialog::fileSelected, m_file, &QLineEdit::setText);
        chooser->open();
    });
    // Top to bottom, then the buttons: the order a person fills the form in.
    setTabOrder(m_office, m_manager);
    setTabOrder(m_manager, m_login);
    setTabOrder(m_login, m_password);
    setTabOrder(m_password, m_confirm);
    setTabOrder(m_confirm, m_file);
    setTabOrder(m_file, m_browse);
    setTabOrder(m_browse, buttons->button(QDialogButtonBox::Ok));
    setTabOrder(buttons->button(QDialogButtonBox::Ok), buttons->button(QDialogButtonBox::Cancel));
    m_office->setFocus();
    m_office->selectAll();
    resize(560, sizeHint().height());
}

QString NewOfficeDialog::path() const
{
    return QDir::cleanPath(QDir::fromNativeSeparators(m_file->text().trimmed()));
}

QString NewOfficeDialog::officeName() const
{
    return m_office->text().trimmed();
}

QString NewOfficeDialog::managerName() const
{
    return m_manager->text().trimmed();
}

QString NewOfficeDialog::managerLogin() const
{
    return m_login->text().trimmed();
}

QString NewOfficeDialog::password() const
{
    return m_password->text();
}

void NewOfficeDialog::accept()
{
    auto refuse = [this](QLineEdit *field, const QString &message) {
        showMessage(this, QMessageBox::Warning, QCoreApplication::translate("NewOfficeDialog", "New office"), message);
        field->setFocus();
    };
    if (officeName().isEmpty())
        return refuse(m_office, QCoreApplication::translate("NewOfficeDialog", "Please fill in the office name."));
    if (managerName().isEmpty())
        return refuse(m_manager, QCoreApplication::translate("NewOfficeDialog", "Please fill in your name."));
    if (managerLogin().isEmpty())
        return refuse(m_login, QCoreApplication::translate("NewOfficeDialog", "Please fill in your login: you sign in with it."));
    if (auto ok = auth::PasswordVerifier::checkNew(password(), QCoreApplication::translate("NewOfficeDialog", "Your password")); !ok)
        return refuse(m_password, ok.error().message);
    if (m_confirm->text() != password()) {
        m_confirm->clear();
        return refuse(m_confirm, QCoreApplication::translate("NewOfficeDialog", "The two passwords differ. Type the same password twice."));
    }
    if (m_file->text().trimmed().isEmpty())
        return refuse(m_file, QCoreApplication::translate("NewOfficeDialog", "Please choose the database file."));
    const QFileInfo file(path());
    if (file.exists())
        return refuse(
            m_file, QCoreApplication::translate("NewOfficeDialog", "%1 already exists. Choose another file, or open it with “Open office”.")
                        .arg(QDir::toNativeSeparators(path())));
    // The suggested ~/Documents may not exist on a fresh machine: make the folder.
    if (!QDir().mkpath(file.absolutePath()))
        return refuse(
            m_file, QCoreApplication::translate("NewOfficeDialog", "The folder %1 could not be created. Choose a folder you may write to.")
                        .arg(QDir::toNativeSeparators(file.absolutePath())));
    QDialog::accept();
}

} // namespace shoulou::ui
