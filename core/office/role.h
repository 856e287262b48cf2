#pragma once

#include "util/codetable.h"

namespace shoulou::office {

// What a user of the office does (app_user.role).
enum class Role { Kiosk, Consultant, Manager, Channel, Admin };

} // namespace shoulou::office

namespace shoulou {
template <>
struct CodeTable<office::Role> {
    static constexpr const char *kContext = "Role";
    static constexpr CodeEntry<office::Role> kEntries[] = {
        {office::Role::Kiosk, "kiosk", QT_TRANSLATE_NOOP("Role", "Reception")},
        {office::Role::Consultant, "consultant", QT_TRANSLATE_NOOP("Role", "Consultant")},
        {office::Role::Manager, "manager", QT_TRANSLATE_NOOP("Role", "Site manager")},
        {office::Role::Channel, "channel", QT_TRANSLATE_NOOP("Role", "Channel specialist")},
        {office::Role::Admin, "admin", QT_TRANSLATE_NOOP("Role", "Administrator")},
    };
};
} // namespace shoulou
