#pragma once

#include "util/result.h"

#include <QString>

namespace shoulou::mutation {
class Applier;
}

namespace shoulou::office {

// A database opened for the first time gets its office and default channels (office.init@1).
Result<void> ensureOffice(mutation::Applier &applier, const QString &defaultName);

} // namespace shoulou::office
