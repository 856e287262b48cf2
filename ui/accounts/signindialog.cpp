#include "signindialog.h"

#include "auth/localsignin.h"
#include "auth/passwordverifier.h"
#include "common/appsettings.h"
#include "common/officesession.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace shoulou::ui {

namespace {

// Often enough that a countdown in whole seconds never looks stuck.
constexpr int kTickMs = 200;

QLineEdit *passwordField(const char *name)
{
    auto *e = new QLineEdit;
    e->setObjectName(QString::fromLatin1(name));
    e->setEchoMode(QLineEdit::Password);
    e->setMaxLength(auth::PasswordVerifier::kMaximumLength);
    return e;
}

} // namespace

SignInDialog::SignInDialog(OfficeSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_notice(new QLabel)
    , m_login(new QLineEdit)
    , m_password(passwordField("password"))
    , m_form(new QFormLayout)
    , m_newPasswordBox(new QWidget)
    , m_info(new QLabel)
    , m_newPassword(passwordField("newPassword"))
    , m_confirm(passwordField("confirmPassword"))
    , m_message(new QLabel)
    , m_submit(new QPushButton(tr("Sign in")))
    , m_tick(new QTimer(this))
{
    const QString office = session.officeName().isEmpty() ? QFileInfo(session.path()).completeBaseName() : session.officeName();
    setWindowTitle(tr("Sign in — %1").arg(office));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h3>%1</h3>Sign in to work at this desk.").arg(office.toHtmlEscaped()));
    layout->addWidget(title);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); padding: 6px; }"));
    m_notice->hide();
    layout->addWidget(m_notice);

    m_login->setObjectName(QStringLiteral("login"));
    m_login->setMaxLength(100);
    m_form->addRow(tr("Login:"), m_login);
    m_form->addRow(tr("Password:"), m_password);
    layout->addLayout(m_form);

    auto *set = new QFormLayout(m_newPasswordBox);
    set->setContentsMargins(0, 0, 0, 0);
    m_info->setObjectName(QStringLiteral("info"));
    m_info->setWordWrap(true);
    set->addRow(m_info);
    set->addRow(tr("New password:"), m_newPassword);
    set->addRow(tr("Repeat it:"), m_confirm);
    m_newPassword->setPlaceholderText(tr("at least %n characters", nullptr, auth::PasswordVerifier::kMinimumLength));
    m_newPasswordBox->hide();
    layout->addWidget(m_newPasswordBox);

    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox;
    m_submit->setObjectName(QStringLiteral("signInButton"));
    m_submit->setDefault(true); // Enter in any field submits
    buttons->addButton(m_submit, QDialogButtonBox::AcceptRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(m_submit, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Another login is another person: back to the password, and their own countdown.
    connect(m_login, &QLineEdit::textEdited, this, [this] {
        if (m_mode != Mode::SignIn)
            setMode(Mode::SignIn);
        setError({});
        refresh();
    });
    m_tick->setInterval(kTickMs);
    connect(m_tick, &QTimer::timeout, this, &SignInDialog::refresh);

    m_login->setText(AppSettings().lastLogin(session.path()));
    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
    setMinimumWidth(420);
    refresh();
}

void SignInDialog::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QString SignInDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void SignInDialog::submit()
{
    if (m_busy || !m_submit->isEnabled())
        return;
    if (m_login->text().trimmed().isEmpty()) {
        setError(tr("Please type your login."));
        m_login->setFocus();
        return;
    }
    if (m_mode == Mode::SignIn)
        signIn();
    else
        setPassword();
}

void SignInDialog::signIn()
{
    setBusy(true);
    const QString login = m_login->text().trimmed();
    m_session.signInWithPassword(login, m_password->text(), this, [this](Result<auth::SignedInUser> r) {
        setBusy(false);
        if (r) {
            if (r->mustChangePassword)
                return setMode(Mode::NewPassword, tr("A site manager asked you to choose a new password."));
            return signedIn(*r);
        }
        const QString code = r.error().code;
        if (code == QLatin1String("auth.password_not_set"))
            return setMode(Mode::FirstPassword, r.error().message);
        if (code == QLatin1String("auth.throttled"))
            return refresh(); // the countdown says it, and keeps saying it right
        setError(r.error().message);
        if (code == QLatin1String("auth.unknown_login")) {
            m_login->setFocus();
            m_login->selectAll();
        } else if (code == QLatin1String("auth.wrong_password")) {
            m_password->clear();
            m_password->setFocus();
        }
    });
}

void SignInDialog::setPassword()
{
    if (m_newPassword->text() != m_confirm->text()) {
        setError(tr("The two new passwords differ. Type the same password twice."));
        m_confirm->clear();
        m_confirm->setFocus();
        return;
    }
    if (auto ok = auth::PasswordVerifier::checkNew(m_newPassword->text(), tr("The new password")); !ok) {
        setError(ok.error().message);
        m_newPassword->setFocus();
        return;
    }
    setBusy(true);
    const QString current = m_mode == Mode::NewPassword ? m_password->text() : QString();
    m_session.setOwnPassword(m_login->text().trimmed(), current, m_newPassword->text(), this, [this](Result<auth::SignedInUser> r) {
        setBusy(false);
        if (!r)
            return setError(r.error().message);
        signedIn(*r);
    });
}

void SignInDialog::signedIn(const auth::SignedInUser &user)
{
    m_password->clear();
    m_newPassword->clear();
    m_confirm->clear();
    m_session.signIn(user);
    accept();
}

void SignInDialog::setMode(Mode mode, const QString &info)
{
    m_mode = mode;
    const bool setting = mode != Mode::SignIn;
    m_newPasswordBox->setVisible(setting);
    // A first password needs no current one; a change keeps the one just checked.
    m_form->setRowVisible(m_password, mode != Mode::FirstPassword);
    m_password->setEnabled(mode == Mode::SignIn);
    m_info->setText(info);
    m_submit->setText(setting ? tr("Set password and sign in") : tr("Sign in"));
    m_newPassword->clear();
    m_confirm->clear();
    setError({});
    if (setting)
        m_newPassword->setFocus();
    adjustSize();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    refresh();
}

void SignInDialog::setError(const QString &text)
{
    m_error = text;
    refresh();
}

void SignInDialog::refresh()
{
    const QString wait = m_mode == Mode::SignIn ? m_session.throttle().refusal(m_login->text()) : QString();
    QStringList lines;
    if (!m_error.isEmpty() && m_error != wait)
        lines << m_error;
    if (!wait.isEmpty())
        lines << wait;
    m_message->setText(lines.join(QLatin1Char('\n')));
    m_message->setVisible(!lines.isEmpty());
    m_submit->setEnabled(!m_busy && wait.isEmpty());
    if (wait.isEmpty())
        m_tick->stop();
    else if (!m_tick->isActive())
        m_tick->start();
}

} // namespace shoulou::ui
