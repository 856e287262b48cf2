#pragma once

#include "util/codetable.h"

namespace shoulou::customer {

// How a consultant followed a customer up (follow_up.kind).
enum class FollowUpKind { Call, WeChat, Sms, Visit, Showing, Other };

} // namespace shoulou::customer

namespace shoulou {
template <>
struct CodeTable<customer::FollowUpKind> {
    static constexpr const char *kContext = "FollowUpKind";
    static constexpr CodeEntry<customer::FollowUpKind> kEntries[] = {
        {customer::FollowUpKind::Call, "call", QT_TRANSLATE_NOOP("FollowUpKind", "Phone call")},
        {customer::FollowUpKind::WeChat, "wechat", QT_TRANSLATE_NOOP("FollowUpKind", "WeChat")},
        {customer::FollowUpKind::Sms, "sms", QT_TRANSLATE_NOOP("FollowUpKind", "SMS")},
        {customer::FollowUpKind::Visit, "visit", QT_TRANSLATE_NOOP("FollowUpKind", "Visit")},
        {customer::FollowUpKind::Showing, "showing", QT_TRANSLATE_NOOP("FollowUpKind", "Showing")},
        {customer::FollowUpKind::Other, "other", QT_TRANSLATE_NOOP("FollowUpKind", "Other")},
    };
};
} // namespace shoulou
