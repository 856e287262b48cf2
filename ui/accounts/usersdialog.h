#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace shoulou::auth {
struct UserAccount;
}

namespace shoulou::ui {

class OfficeSession;
class UserAccountsModel;

// 设置 → 用户…: the office's users, for a site manager or an administrator. 重置密码 clears a
// user's password (they choose a new one at their next sign-in), 停用 revokes a user (they can
// no longer sign in or change anything), 启用 restores them. Each is a mutation through the
// session's writer, so the table of who may do what decides (a consultant cannot open it).
class UsersDialog final : public QDialog {
    Q_OBJECT
public:
    explicit UsersDialog(OfficeSession &session, QWidget *parent = nullptr);

    UserAccountsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The last action's error, or empty.
    QString message() const;

private:
    void reload();
    void updateButtons();
    const auth::UserAccount *selected() const;
    template <class M>
    void act();

    OfficeSession &m_session;
    UserAccountsModel *m_model;
    QTableView *m_table;
    QPushButton *m_reset;
    QPushButton *m_revoke;
    QPushButton *m_restore;
    QLabel *m_message;
};

} // namespace shoulou::ui
