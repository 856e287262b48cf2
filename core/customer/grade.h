#pragma once

#include "util/codetable.h"

namespace shoulou::customer {

// How likely a customer is to buy (customer.grade; NULL = not graded yet).
enum class Grade { A, B, C, D };

} // namespace shoulou::customer

namespace shoulou {
template <>
struct CodeTable<customer::Grade> {
    static constexpr const char *kContext = "Grade";
    static constexpr CodeEntry<customer::Grade> kEntries[] = {
        {customer::Grade::A, "A", QT_TRANSLATE_NOOP("Grade", "Grade A")},
        {customer::Grade::B, "B", QT_TRANSLATE_NOOP("Grade", "Grade B")},
        {customer::Grade::C, "C", QT_TRANSLATE_NOOP("Grade", "Grade C")},
        {customer::Grade::D, "D", QT_TRANSLATE_NOOP("Grade", "Grade D")},
    };
};
} // namespace shoulou
