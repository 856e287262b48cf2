#pragma once

#include "util/result.h"

#include <QString>

namespace shoulou::ui {

// What a person reads for sync's machine words: a mutation's name ("customer.update" → 修改客户资料),
// and a hub refusal or transport failure as a sentence that says what to do.
QString mutationLabel(const QString &mutation);
QString syncErrorMessage(const Error &error);
// The codes after which this workstation may not go on as it is (signed out, sync stopped).
bool isWorkstationRefusal(const QString &code);

} // namespace shoulou::ui
