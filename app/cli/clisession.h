#pragma once

#include "mutation/applier.h"
#include "office/openoffice.h"
#include "security/officekey.h"
#include "storage/database.h"
#include "util/clock.h"
#include "util/result.h"

#include <QString>

#include <memory>

class QCommandLineParser;

namespace shoulou::cli {

// An opened office database, its key and the write path: what every command needs.
class CliSession final {
public:
    static Result<std::unique_ptr<CliSession>> open(const QString &path);

    storage::Database &db() { return m_office->db(); }
    const security::OfficeKey &key() const { return m_office->key(); }
    mutation::Applier &applier() { return m_office->applier(); }
    const Clock &clock() const { return SystemClock::instance(); }

private:
    std::unique_ptr<office::OpenOffice> m_office;
};

// Prints to stderr and returns the exit code for usage errors.
int usageError(QCommandLineParser &parser, const QString &message);
// Prints "error: …" to stderr and returns BadInput.
int inputError(const QString &message);
void printLine(const QString &line);

} // namespace shoulou::cli
