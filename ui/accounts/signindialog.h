#pragma once

#include <QDialog>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace shoulou::auth {
struct SignedInUser;
}

namespace shoulou::ui {

class OfficeSession;

// The desk's door: login and password, 登录 (Enter submits). A wrong password says so and the
// login then waits (1 s, 2 s, 4 s … — the session's SignInThrottle): a countdown is shown and
// the button stays disabled meanwhile. A user without a password (an office made before
// accounts, or reset by a manager) is asked to choose one, twice, after entering their login;
// so is one whose password a manager marked to be changed. A revoked user is refused. On
// success the user is signed into the session and the dialog is accepted.
//
// Checking a password takes a tenth of a second (argon2id): it runs on the session's reader
// (setting one on its writer), never on the GUI thread.
class SignInDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SignInDialog(OfficeSession &session, QWidget *parent = nullptr);

    // A line above the form: why the person is asked to sign in again ("revoked").
    void setNotice(const QString &text);
    // What the message line says now (errors, the countdown).
    QString message() const;
    bool isSettingPassword() const { return m_mode != Mode::SignIn; }

private:
    enum class Mode { SignIn, FirstPassword, NewPassword };
    void submit();
    void signIn();
    void setPassword();
    void signedIn(const auth::SignedInUser &user);
    void setMode(Mode mode, const QString &info = {});
    void setBusy(bool busy);
    void setError(const QString &text);
    // The countdown of a login that must wait; the button follows it.
    void refresh();

    OfficeSession &m_session;
    Mode m_mode = Mode::SignIn;
    bool m_busy = false;
    QString m_error;
    QLabel *m_notice;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QFormLayout *m_form;
    QWidget *m_newPasswordBox;
    QLabel *m_info;
    QLineEdit *m_newPassword;
    QLineEdit *m_confirm;
    QLabel *m_message;
    QPushButton *m_submit;
    QTimer *m_tick;
};

} // namespace shoulou::ui
