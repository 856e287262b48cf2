#pragma once

#include "auth/localsignin.h"
#include "mutation/applier.h"
#include "office/openoffice.h"
#include "office/projectlookup.h"
#include "security/officekey.h"
#include "storage/database.h"
#include "util/clock.h"
#include "util/result.h"

#include <QString>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace shoulou::cli {

// An opened office database, its key and the write path: what every command needs.
//
// Who the CLI acts as: on a standalone office, its local administrator (holding the file and
// its key is the credential there; the outbox records $USER as before). On an enrolled
// office, the user who enrolled it (sync.login): the hub accepts only its users' changes. With `--as LOGIN`
// the password is read from standard input (one line) and the commands act as that user:
// their role decides what they may do (auth::Permissions, enforced by the Applier).
class CliSession final {
public:
    // `asLogin` empty: the local administrator. A failed sign-in is an error whose code starts
    // with "auth." or "cli." (sessionError() exits 2 for it).
    // `kiosk` Allow: the reception kiosk's replica opens too, without a key (sync, kiosk); the
    // other commands need the office key and refuse it.
    static Result<std::unique_ptr<CliSession>> open(const QString &path, const QString &asLogin = {},
                                                    office::OpenOffice::Kiosk kiosk = office::OpenOffice::Kiosk::Refuse);

    storage::Database &db() { return m_office->db(); }
    const security::OfficeKey &key() const { return m_office->key(); }
    // Null on the kiosk's replica.
    const security::OfficeKey *keyOrNull() const { return m_office->keyOrNull(); }
    mutation::Applier &applier() { return m_office->applier(); }
    const Clock &clock() const { return SystemClock::instance(); }
    // The user --as signed in, or nothing (the local administrator).
    const std::optional<auth::SignedInUser> &signedIn() const { return m_user; }

private:
    std::unique_ptr<office::OpenOffice> m_office;
    std::optional<auth::SignedInUser> m_user;
};

// The --as LOGIN option of the commands that write.
void addAsOption(QCommandLineParser &parser);
// Opens the --db of `parser` as its --as user (if given).
Result<std::unique_ptr<CliSession>> openSession(const QCommandLineParser &parser,
                                                office::OpenOffice::Kiosk kiosk = office::OpenOffice::Kiosk::Refuse);

// The --project NAME option (a project by name or id; without it, the whole office), and the
// project it names, or none when it is not given.
void addProjectOption(QCommandLineParser &parser);
Result<office::ProjectRef> projectOption(const QCommandLineParser &parser, storage::Database &db);

// Prints to stderr and returns the exit code for usage errors.
int usageError(QCommandLineParser &parser, const QString &message);
// Prints "error: …" to stderr and returns BadInput.
int inputError(const QString &message);
// For a failed CliSession::open: a refused sign-in (wrong password, unknown login, revoked,
// no password on stdin) exits 2 like wrong usage; anything else (the file) 1.
int sessionError(const Error &error);
void printLine(const QString &line);

} // namespace shoulou::cli
