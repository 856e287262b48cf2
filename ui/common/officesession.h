#pragma once

#include "auth/localsignin.h"
#include "auth/permissions.h"
#include "auth/signinthrottle.h"
#include "mutation/changeset.h"
#include "office/officedirectory.h"
#include "security/officekey.h"
#include "util/result.h"
#include "worker/readworker.h"
#include "worker/writeworker.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace shoulou {
class Clock;
namespace storage {
class Database;
}
} // namespace shoulou

namespace shoulou::ui {

using UserInfo = office::UserEntry;
using ChannelRef = office::ChannelEntry;
// What a worker job gets: readers a read-only connection, the writer the write path.
using worker::ReadContext;
using worker::WriteContext;

// The office the desk has open: its file, key, the acting user, and its database workers —
// `reader` (and `background`) for lists, searches and details, on read-only connections,
// `writer` for mutations, so a long write never delays a keystroke's search. Views talk to each other through its
// signals, not through each other.
class OfficeSession final : public QObject {
    Q_OBJECT
public:
    // Opens (migrating if needed) and unlocks the office; a new file becomes an empty office.
    // `key`: a known office key (tests); by default the key store of the file is asked.
    static Result<std::unique_ptr<OfficeSession>> open(const QString &path, const Clock &clock, const security::OfficeKey *key = nullptr);
    ~OfficeSession() override;

    const QString &path() const { return m_path; }
    const QString &officeName() const { return m_officeName; }
    const security::OfficeKey &key() const { return *m_key; }
    const Clock &clock() const { return m_clock; }
    worker::ReadWorker &reader() { return *m_reader; }
    worker::WriteWorker &writer() { return *m_writer; }
    // Slow reads nobody types into (whole-office counts): they never queue before a search.
    worker::ReadWorker &background() { return *m_background; }

    // The few users and channels of the office, cached (reloaded after each mutation).
    const QList<UserInfo> &users() const { return m_directory.users; }
    const QList<ChannelRef> &channels() const { return m_directory.channels; }
    // The channel a person standing at the desk came through, or empty.
    QString walkInChannelId() const { return m_directory.walkInChannelId(); }
    QString userName(const QString &id) const;
    QString channelName(const QString &id) const;
    // User and channel ids → their names, for the lists that show ids by name.
    const QHash<QString, QString> &names() const { return m_names; }

    // Who is at the desk: recorded on every mutation, and their role decides what they may do
    // (auth::Permissions, enforced by the writer's Applier). An office with accounts is worked
    // only by a signed-in user: the session opens with nobody signed in and refuses mutations
    // (auth.not_signed_in) until signIn(). An office without any account yet (a file the CLI
    // made) has nobody to sign in and is worked by its local administrator.
    bool requiresSignIn() const { return m_requiresSignIn; }
    bool isSignedIn() const { return m_signedIn.has_value(); }
    const std::optional<auth::SignedInUser> &signedInUser() const { return m_signedIn; }
    const QString &currentUserId() const { return m_currentUserId; }
    std::optional<UserInfo> currentUser() const;
    // Who the permission table sees: the signed-in user, or the local administrator.
    auth::Actor actor() const;
    // May the person at the desk do `mutationName` at all (Yes or Limited)? For enabling
    // actions; the writer judges each mutation on its arguments.
    auth::Verdict mayApply(const QString &mutationName) const;

    // The user becomes the one at the desk (their password was checked: signInWithPassword,
    // setOwnPassword — or a test or the screenshot tool signs a known user in). Remembers
    // the login for the next sign-in dialog.
    void signIn(const auth::SignedInUser &user);
    // signIn() of a user of the directory by id (tests, the screenshot tool).
    void setCurrentUserId(const QString &userId);
    void signOut();

    // Wrong passwords back off per login (1 s, 2 s, 4 s …): the sign-in dialog shows the wait.
    auth::SignInThrottle &throttle() { return m_throttle; }
    using SignInDone = std::function<void(Result<auth::SignedInUser>)>;
    // Checks login and password on the reader (argon2id takes a tenth of a second), through
    // the throttle: a login that must wait is refused at once (auth.throttled) without
    // looking at the password. `done` gets the user (not yet signed in: the caller signs in,
    // or first asks for a new password when mustChangePassword) or the error.
    void signInWithPassword(const QString &login, const QString &password, QObject *receiver, SignInDone done);
    // A user sets their own password (LocalSignIn::ownPassword: the first one, or a change
    // after signing in with the current one) on the writer, as themselves; `done` gets the
    // user, who may then be signed in.
    void setOwnPassword(const QString &login, const QString &currentPassword, const QString &newPassword, QObject *receiver,
                        SignInDone done);

    using MutationDone = std::function<void(Result<QJsonObject>)>;
    // Applies a mutation on the writer thread; `done` gets the result on the GUI thread, and
    // changed() tells every view which rows the committed transaction wrote.
    void apply(const QString &name, int version, const QJsonObject &args, QObject *receiver, MutationDone done);
    // The typed form the views use: `mutation` is a core mutation struct (customer::CustomerUpdate…)
    // with kName, kVersion, toJson() and an Outcome; JSON stays between here and the outbox.
    template <typename M>
    void apply(const M &mutation, QObject *receiver, std::function<void(Result<typename M::Outcome>)> done)
    {
        apply(QString::fromLatin1(M::kName), M::kVersion, mutation.toJson(), receiver, [done = std::move(done)](Result<QJsonObject> r) {
            if (!r)
                done(r.error());
            else
                done(M::Outcome::fromJson(*r));
        });
    }

    // The office hub as the sync sees it (SyncController keeps it): class-A actions — claiming a
    // customer — are decided there, so they wait for it. A standalone office is never enrolled.
    bool isEnrolled() const { return m_enrolled; }
    bool isHubOnline() const { return m_hubOnline; }
    void setHubState(bool enrolled, bool online);

    void requestOpenCustomer(const QString &customerId) { emit customerOpenRequested(customerId); }
    // For changes committed outside apply(): an import runs its own batches and publishes the
    // coarse default (anything may have changed); a writer job passes its applier's set.
    void notifyDataChanged(const mutation::ChangeSet &changes = mutation::ChangeSet::everything());
    // For changes another workstation made, committed here by the sync thread: the views hear
    // them exactly like local ones (changed()), but committedLocally() stays silent — there is
    // nothing new to push.
    void notifyRemoteChanges(const mutation::ChangeSet &changes);
    // The person at the desk must sign in again, for `reason` (the hub refused this
    // workstation, or the office's roster revoked them): signInRequired() when someone is signed in.
    void requireSignIn(const QString &reason);

signals:
    // What one committed transaction changed (mutation::ChangeSet): views update only the rows
    // it names, or reload what they show for ChangeSet::everything().
    void changed(const shoulou::mutation::ChangeSet &changes);
    // Coarse, emitted with every changed(): for views that simply reload.
    void dataChanged();
    // A transaction of this desk (a mutation, an import) committed: the sync pushes it soon.
    void committedLocally();
    void customerOpenRequested(const QString &customerId);
    void currentUserChanged();
    void hubStateChanged();
    // The signed-in user was refused as revoked: the desk returns to the sign-in dialog.
    void signInRequired(const QString &reason);
    // Someone signed in with a password this desk just checked (signInWithPassword, then
    // signIn()): an enrolled desk signs them in at the hub too (SyncController), which renews
    // its session and may know better (a password changed or an account revoked there). The
    // password goes nowhere else and is not kept here.
    void signedInWithPassword(const QString &userId, const QString &login, const QString &password);

private:
    OfficeSession(const Clock &clock)
        : m_clock(clock)
        , m_throttle(clock)
    {}
    // After a sign-in whose verifier was made with older limits: a new one from the password
    // just typed, applied as the user.
    void rehash(const auth::SignedInUser &user, const QString &password);
    void setDirectory(office::Directory directory);
    void publish(const mutation::ChangeSet &changes, bool local);

    QString m_path;
    QString m_officeName;
    const Clock &m_clock;
    std::optional<security::OfficeKey> m_key;
    std::unique_ptr<worker::WriteWorker> m_writer;
    std::unique_ptr<worker::ReadWorker> m_reader;
    std::unique_ptr<worker::ReadWorker> m_background;
    office::Directory m_directory;
    QHash<QString, QString> m_names;
    QString m_currentUserId;
    std::optional<auth::SignedInUser> m_signedIn;
    bool m_requiresSignIn = false;
    bool m_enrolled = false;
    bool m_hubOnline = false;
    auth::SignInThrottle m_throttle;
    // The password signInWithPassword accepted, until signIn() of that user hands it on (the
    // dialog may first ask for a new one) or somebody else signs in.
    struct Checked {
        QString userId, password;
    };
    std::optional<Checked> m_checked;
};

} // namespace shoulou::ui
