#pragma once

#include "util/codetable.h"

namespace shoulou::identity {

// What ingesting one lead did (the resolver's result "status", the import report's "result").
enum class IngestStatus { Created, Merged, Duplicate };

} // namespace shoulou::identity

namespace shoulou {
template <>
struct CodeTable<identity::IngestStatus> {
    static constexpr const char *kContext = "IngestStatus";
    static constexpr CodeEntry<identity::IngestStatus> kEntries[] = {
        {identity::IngestStatus::Created, "created", QT_TRANSLATE_NOOP("IngestStatus", "New customer")},
        {identity::IngestStatus::Merged, "merged", QT_TRANSLATE_NOOP("IngestStatus", "Added to a customer")},
        {identity::IngestStatus::Duplicate, "duplicate", QT_TRANSLATE_NOOP("IngestStatus", "Already imported")},
    };
};
} // namespace shoulou
