#include "useraccountsmodel.h"

#include <QBrush>
#include <QPalette>

namespace shoulou::ui {

QString UserAccountsModel::header(int column) const
{
    switch (Column(column)) {
    case Name:
        return tr("Name");
    case Login:
        return tr("Login");
    case Role:
        return tr("Role");
    case Status:
        return tr("Status");
    case Password:
        return tr("Password");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UserAccountsModel::cell(const auth::UserAccount &row, int column, int role) const
{
    if (role == Qt::ForegroundRole && !row.active)
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(column)) {
    case Name:
        return row.displayName;
    case Login:
        return row.login;
    case Role:
        return labelOf(row.role);
    case Status:
        return row.active ? tr("Active") : tr("Revoked");
    case Password:
        switch (row.password) {
        case auth::UserAccount::Password::Set:
            return tr("Set");
        case auth::UserAccount::Password::MustChange:
            return tr("To be set at the next sign-in");
        case auth::UserAccount::Password::NotSet:
            break;
        }
        return tr("Not set yet");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace shoulou::ui
