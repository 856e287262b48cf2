#pragma once

#include "util/result.h"

#include <QString>

namespace shoulou::cli {

// Reads one password line from standard input (a script pipes it in; no terminal is needed).
// On a terminal, `prompt` is written to stderr and the typed characters are not echoed.
// The line ends at \n (a trailing \r goes too); end of input before any line is an error
// (code cli.no_password). Each call reads the next line: `user add --as` reads two.
Result<QString> readPassword(const QString &prompt);

} // namespace shoulou::cli
