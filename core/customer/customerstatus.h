#pragma once

#include "util/codetable.h"

namespace shoulou::customer {

// Where a customer stands in the sales funnel (customer.status).
enum class CustomerStatus { New, Following, Visited, Subscribed, Contracted, Pool, Invalid };

// Statuses only sales (subscription, contract) sets: a person cannot pick them by hand.
inline bool isSetBySales(CustomerStatus s)
{
    return s == CustomerStatus::Subscribed || s == CustomerStatus::Contracted;
}

} // namespace shoulou::customer

namespace shoulou {
template <>
struct CodeTable<customer::CustomerStatus> {
    static constexpr const char *kContext = "CustomerStatus";
    static constexpr CodeEntry<customer::CustomerStatus> kEntries[] = {
        {customer::CustomerStatus::New, "new", QT_TRANSLATE_NOOP("CustomerStatus", "New")},
        {customer::CustomerStatus::Following, "following", QT_TRANSLATE_NOOP("CustomerStatus", "Following up")},
        {customer::CustomerStatus::Visited, "visited", QT_TRANSLATE_NOOP("CustomerStatus", "Visited")},
        {customer::CustomerStatus::Subscribed, "subscribed", QT_TRANSLATE_NOOP("CustomerStatus", "Subscribed")},
        {customer::CustomerStatus::Contracted, "contracted", QT_TRANSLATE_NOOP("CustomerStatus", "Contracted")},
        {customer::CustomerStatus::Pool, "pool", QT_TRANSLATE_NOOP("CustomerStatus", "Public pool")},
        {customer::CustomerStatus::Invalid, "invalid", QT_TRANSLATE_NOOP("CustomerStatus", "Invalid")},
    };
};
} // namespace shoulou
