#pragma once

#include "util/codetable.h"

namespace shoulou::customer {

// How a channel touched a customer (touch.kind).
enum class TouchKind { Lead, Visit, Showing, Call, Registration, Referral };

} // namespace shoulou::customer

namespace shoulou {
template <>
struct CodeTable<customer::TouchKind> {
    static constexpr const char *kContext = "TouchKind";
    static constexpr CodeEntry<customer::TouchKind> kEntries[] = {
        {customer::TouchKind::Lead, "lead", QT_TRANSLATE_NOOP("TouchKind", "Lead")},
        {customer::TouchKind::Visit, "visit", QT_TRANSLATE_NOOP("TouchKind", "Visit")},
        {customer::TouchKind::Showing, "showing", QT_TRANSLATE_NOOP("TouchKind", "Showing")},
        {customer::TouchKind::Call, "call", QT_TRANSLATE_NOOP("TouchKind", "Call")},
        {customer::TouchKind::Registration, "registration", QT_TRANSLATE_NOOP("TouchKind", "Agency registration")},
        {customer::TouchKind::Referral, "referral", QT_TRANSLATE_NOOP("TouchKind", "Referral")},
    };
};
} // namespace shoulou
