#pragma once

#include "auth/useraccounts.h"
#include "common/listtablemodel.h"

namespace shoulou::ui {

// The office's users for the users dialog: name, login, role, whether they may sign in and
// whether they have a password. Revoked users are listed too (they can be restored).
class UserAccountsModel final : public ListTableModel<auth::UserAccount> {
    Q_OBJECT
public:
    enum Column { Name, Login, Role, Status, Password, ColumnCount };
    using ListTableModel::ListTableModel;

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const auth::UserAccount &row, int column, int role) const override;
};

} // namespace shoulou::ui
