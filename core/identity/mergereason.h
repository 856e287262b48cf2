#pragma once

#include "util/codetable.h"

namespace shoulou::identity {

// Why two customers were merged (merge_event.reason).
enum class MergeReason { Phone, ResidentId, Device, Manual, Review };

} // namespace shoulou::identity

namespace shoulou {
template <>
struct CodeTable<identity::MergeReason> {
    static constexpr const char *kContext = "MergeReason";
    static constexpr CodeEntry<identity::MergeReason> kEntries[] = {
        {identity::MergeReason::Phone, "phone", QT_TRANSLATE_NOOP("MergeReason", "Same phone")},
        {identity::MergeReason::ResidentId, "resident_id", QT_TRANSLATE_NOOP("MergeReason", "Same resident ID")},
        {identity::MergeReason::Device, "device", QT_TRANSLATE_NOOP("MergeReason", "Same platform ID")},
        {identity::MergeReason::Manual, "manual", QT_TRANSLATE_NOOP("MergeReason", "Merged by hand")},
        {identity::MergeReason::Review, "review", QT_TRANSLATE_NOOP("MergeReason", "Merged in review")},
    };
};
} // namespace shoulou
