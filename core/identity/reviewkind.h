#pragma once

#include "util/codetable.h"

namespace shoulou::identity {

// Why a pair of customers waits for a person (review_item.kind).
enum class ReviewKind { ResidentIdConflict, SoftMatch, SeparatedConflict, NameConflict };

} // namespace shoulou::identity

namespace shoulou {
template <>
struct CodeTable<identity::ReviewKind> {
    static constexpr const char *kContext = "ReviewKind";
    static constexpr CodeEntry<identity::ReviewKind> kEntries[] = {
        {identity::ReviewKind::ResidentIdConflict, "resident_id_conflict", QT_TRANSLATE_NOOP("ReviewKind", "Different resident IDs")},
        {identity::ReviewKind::SoftMatch, "soft_match", QT_TRANSLATE_NOOP("ReviewKind", "Similar name and phone")},
        {identity::ReviewKind::SeparatedConflict, "separated_conflict", QT_TRANSLATE_NOOP("ReviewKind", "Kept apart, but share a key")},
        {identity::ReviewKind::NameConflict, "name_conflict", QT_TRANSLATE_NOOP("ReviewKind", "Merged, but the names differ")},
    };
};
} // namespace shoulou
