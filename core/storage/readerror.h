#pragma once

#include "util/result.h"

#include <optional>

namespace shoulou::storage {

class Statement;

// Read APIs end their step() loops here: a loop that stopped on a failure (a prepare that
// failed, a dropped table, a corrupted page) is an error for the person at the desk and a line
// in the log with the SQL text — never an empty list that looks like "nothing there". The log
// names the statement, not its bound values (which may be phones or names).
std::optional<Error> readError(const Statement &st, const char *sql);

// The first column of the bound statement's one row (a count: 0 when there is no row), or the
// error that stopped it; the statement is reset either way.
Result<qint64> readInt64(Statement &st, const char *sql);

} // namespace shoulou::storage
