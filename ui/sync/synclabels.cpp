#include "synclabels.h"

#include "sync/transport.h"

#include <QCoreApplication>
#include <QHash>

namespace shoulou::ui {

QString mutationLabel(const QString &mutation)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("lead.ingest"), QT_TRANSLATE_NOOP("SyncLabels", "Register a lead or visit")},
        {QStringLiteral("visit.register"), QT_TRANSLATE_NOOP("SyncLabels", "Register a walk-in at the kiosk")},
        {QStringLiteral("customer.update"), QT_TRANSLATE_NOOP("SyncLabels", "Edit a customer")},
        {QStringLiteral("customer.merge"), QT_TRANSLATE_NOOP("SyncLabels", "Merge customers")},
        {QStringLiteral("customer.unmerge"), QT_TRANSLATE_NOOP("SyncLabels", "Undo a merge")},
        {QStringLiteral("customer.reveal"), QT_TRANSLATE_NOOP("SyncLabels", "Reveal a masked field")},
        {QStringLiteral("followup.add"), QT_TRANSLATE_NOOP("SyncLabels", "Add a follow-up")},
        {QStringLiteral("review.resolve"), QT_TRANSLATE_NOOP("SyncLabels", "Decide on possible duplicates")},
        {QStringLiteral("office.init"), QT_TRANSLATE_NOOP("SyncLabels", "Set up the office")},
        {QStringLiteral("office.set_time_zone"), QT_TRANSLATE_NOOP("SyncLabels", "Change the office's time zone")},
        {QStringLiteral("channel.create"), QT_TRANSLATE_NOOP("SyncLabels", "Add a channel")},
        {QStringLiteral("project.create"), QT_TRANSLATE_NOOP("SyncLabels", "Add a project")},
        {QStringLiteral("user.create"), QT_TRANSLATE_NOOP("SyncLabels", "Add a user")},
        {QStringLiteral("user.set_password"), QT_TRANSLATE_NOOP("SyncLabels", "Set a password")},
        {QStringLiteral("user.reset_password"), QT_TRANSLATE_NOOP("SyncLabels", "Reset a password")},
        {QStringLiteral("user.revoke"), QT_TRANSLATE_NOOP("SyncLabels", "Revoke a user")},
        {QStringLiteral("user.restore"), QT_TRANSLATE_NOOP("SyncLabels", "Restore a user")},
        {QStringLiteral("settings.set"), QT_TRANSLATE_NOOP("SyncLabels", "Change a rule setting")},
        {QStringLiteral("calendar.load"), QT_TRANSLATE_NOOP("SyncLabels", "Load a holiday calendar")},
    };
    const auto it = labels.constFind(mutation);
    return it == labels.constEnd() ? mutation : QCoreApplication::translate("SyncLabels", *it);
}

QString syncErrorMessage(const Error &error)
{
    const QString &c = error.code;
    if (c == QLatin1String("wrong_password"))
        return QCoreApplication::translate("SyncLabels", "The login or the password is not right.");
    if (c == QLatin1String("office_not_found"))
        return QCoreApplication::translate("SyncLabels", "The hub has no office with this code. Check the code the hub's "
                                                         "administrator gave you.");
    if (c == QLatin1String("office_not_empty"))
        return QCoreApplication::translate("SyncLabels", "This office already has data at the hub, so an office with data of its "
                                                         "own cannot join it. Join from the welcome window with a new, empty "
                                                         "database instead: the office's data then comes from the hub.");
    if (c == QLatin1String("user_revoked"))
        return QCoreApplication::translate("SyncLabels", "This account has been revoked at the hub.");
    if (c == QLatin1String("workstation_revoked"))
        return QCoreApplication::translate("SyncLabels", "This workstation has been revoked at the hub; it no longer syncs.");
    if (c == QLatin1String("session_expired"))
        return QCoreApplication::translate("SyncLabels", "The session with the office hub has expired; sign in again "
                                                         "to resume sync.");
    if (c == QLatin1String("throttled"))
        return QCoreApplication::translate("SyncLabels", "Too many failed attempts; wait a moment and try again.");
    if (c == QLatin1String("sync.key_mismatch") || c == QLatin1String("sync.enrolled") || c == sync::kUnreachable)
        return error.message; // already a sentence for a person, with the detail that matters
    return error.message.isEmpty() ? c : error.message;
}

bool isWorkstationRefusal(const QString &code)
{
    return code == QLatin1String("workstation_revoked") || code == QLatin1String("workstation_other_office");
}

} // namespace shoulou::ui
