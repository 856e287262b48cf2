#include "usersdialog.h"

#include "accounts/useraccountsmodel.h"
#include "auth/userresetpassword.h"
#include "auth/userrestore.h"
#include "auth/userrevoke.h"
#include "common/officesession.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace shoulou::ui {

UsersDialog::UsersDialog(OfficeSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new UserAccountsModel(this))
    , m_table(new QTableView)
    , m_reset(new QPushButton(tr("Reset password")))
    , m_revoke(new QPushButton(tr("Revoke")))
    , m_restore(new QPushButton(tr("Restore")))
    , m_message(new QLabel)
{
    setWindowTitle(tr("Users"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Reset password: the user chooses a new one at their next sign-in. Revoke: the user can no longer "
                                "sign in or change anything, until restored."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setObjectName(QStringLiteral("users"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_message->hide();
    layout->addWidget(m_message);
    auto *row = new QHBoxLayout;
    m_reset->setObjectName(QStringLiteral("resetPassword"));
    m_revoke->setObjectName(QStringLiteral("revoke"));
    m_restore->setObjectName(QStringLiteral("restore"));
    for (QPushButton *b : {m_reset, m_revoke, m_restore}) {
        b->setAutoDefault(false);
        row->addWidget(b);
    }
    row->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    row->addWidget(close);
    layout->addLayout(row);

    connect(m_reset, &QPushButton::clicked, this, [this] { act<auth::UserResetPassword>(); });
    connect(m_revoke, &QPushButton::clicked, this, [this] { act<auth::UserRevoke>(); });
    connect(m_restore, &QPushButton::clicked, this, [this] { act<auth::UserRestore>(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersDialog::updateButtons);
    connect(&m_session, &OfficeSession::changed, this, [this](const mutation::ChangeSet &changes) {
        if (changes.touches(QStringLiteral("app_user")))
            reload();
    });
    resize(720, 420);
    reload();
    updateButtons();
}

QString UsersDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void UsersDialog::reload()
{
    const QString keep = selected() ? selected()->id : QString();
    m_session.reader().run<Result<QList<auth::UserAccount>>>(
        this, [](ReadContext &ctx) { return auth::UserAccounts::list(ctx.db); },
        [this, keep](Result<QList<auth::UserAccount>> r) {
            if (!r) {
                m_message->setText(r.error().message);
                m_message->show();
                return;
            }
            m_model->setRows(std::move(r).value());
            const int row = m_model->findRow([&](const auth::UserAccount &a) { return a.id == keep; });
            if (row >= 0)
                m_table->selectRow(row);
        });
}

const auth::UserAccount *UsersDialog::selected() const
{
    const QModelIndexList rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? nullptr : &m_model->row(rows.first().row());
}

void UsersDialog::updateButtons()
{
    const auth::UserAccount *u = selected();
    const bool manage = m_session.mayApply(QStringLiteral("user.revoke")).allowed;
    m_reset->setEnabled(manage && u && u->active);
    m_revoke->setEnabled(manage && u && u->active && u->id != m_session.currentUserId());
    m_restore->setEnabled(manage && u && !u->active);
}

template <class M>
void UsersDialog::act()
{
    const auth::UserAccount *u = selected();
    if (!u)
        return;
    m_message->hide();
    m_session.apply(M{u->id}, this, [this](Result<typename M::Outcome> r) {
        if (!r) {
            m_message->setText(r.error().message);
            m_message->show();
        }
    });
}

} // namespace shoulou::ui
