#include "useraccounts.h"

#include "storage/database.h"
#include "storage/readerror.h"

namespace shoulou::auth {

namespace {

constexpr const char *kList = "SELECT id, login, display_name, role, active, password_hash IS NOT NULL, must_change_password "
                              "FROM app_user ORDER BY display_name, id";
constexpr const char *kByLogin = "SELECT id, login, display_name, role, active, password_hash IS NOT NULL, must_change_password "
                                 "FROM app_user WHERE login = ?1";

UserAccount readAccount(const storage::Statement &st)
{
    UserAccount a;
    a.id = st.text(0);
    a.login = st.text(1);
    a.displayName = st.text(2);
    a.role = fromCode<office::Role>(st.text(3)).value_or(office::Role::Consultant);
    a.active = st.int64(4) != 0;
    a.hasVerifier = st.int64(5) != 0;
    a.password = st.int64(6) != 0 ? UserAccount::Password::MustChange
                 : a.hasVerifier  ? UserAccount::Password::Set
                                  : UserAccount::Password::NotSet;
    return a;
}

} // namespace

QString UserAccount::passwordCode() const
{
    switch (password) {
    case Password::Set:
        return QStringLiteral("set");
    case Password::MustChange:
        return QStringLiteral("must_change");
    case Password::NotSet:
        break;
    }
    return QStringLiteral("not_set");
}

Result<QList<UserAccount>> UserAccounts::list(storage::Database &db)
{
    QList<UserAccount> out;
    auto &st = db.prepare(kList);
    while (st.step())
        out << readAccount(st);
    auto error = storage::readError(st, kList);
    st.reset();
    if (error)
        return *error;
    return out;
}

Result<std::optional<UserAccount>> UserAccounts::byLogin(storage::Database &db, const QString &login)
{
    auto &st = db.prepare(kByLogin);
    st.bind(1, login.trimmed());
    std::optional<UserAccount> found;
    if (st.step())
        found = readAccount(st); // login is UNIQUE: one row at most
    auto error = storage::readError(st, kByLogin);
    st.reset();
    if (error)
        return *error;
    return found;
}

Result<bool> UserAccounts::any(storage::Database &db)
{
    constexpr const char *sql = "SELECT count(*) FROM app_user";
    auto n = storage::readInt64(db.prepare(sql), sql);
    if (!n)
        return n.error();
    return *n > 0;
}

} // namespace shoulou::auth
