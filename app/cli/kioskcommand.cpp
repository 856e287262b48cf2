// shoulou-cli kiosk register: a walk-in registered as the reception kiosk does it (what the
// kiosk screen will call): sealed to the office's key pair, only the masked phone kept here.
#include "commands.h"

#include "clisession.h"
#include "customer/kioskregistration.h"
#include "sync/syncstate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace shoulou::cli {

int kioskCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "KioskCommand", "The reception kiosk:\n"
                        "  kiosk register --db DB --name NAME --phone PHONE [--visitors N] [--gender male|female] [--note TEXT]\n"
                        "      registers a walk-in; prints {\"registration_id\", \"masked_phone\", \"display_name\"}.\n"
                        "The name and phone are sealed to the office's key: the kiosk's database keeps only the masked phone.\n"
                        "A field that cannot be used is bad input (exit 1), named in the message."));
    p.addHelpOption();
    addAsOption(p);
    p.addPositionalArgument(QStringLiteral("action"), QCoreApplication::translate("KioskCommand", "register"));
    p.addOption(
        {QStringLiteral("db"), QCoreApplication::translate("KioskCommand", "Office database file (the kiosk's)."), QStringLiteral("DB")});
    p.addOption({QStringLiteral("name"), QCoreApplication::translate("KioskCommand", "The visitor's name."), QStringLiteral("NAME")});
    p.addOption(
        {QStringLiteral("phone"), QCoreApplication::translate("KioskCommand", "The visitor's phone number."), QStringLiteral("PHONE")});
    p.addOption(
        {QStringLiteral("visitors"), QCoreApplication::translate("KioskCommand", "How many came together (1–99)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("gender"), QCoreApplication::translate("KioskCommand", "male or female."), QStringLiteral("G")});
    p.addOption(
        {QStringLiteral("note"), QCoreApplication::translate("KioskCommand", "A note for the consultant."), QStringLiteral("TEXT")});
    if (!p.parse(args))
        return usageError(p, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return Ok;
    }
    const QStringList pos = p.positionalArguments();
    if (pos != QStringList{QStringLiteral("register")})
        return usageError(p, QCoreApplication::translate("KioskCommand", "give one action: register"));
    if (!p.isSet(QStringLiteral("db")))
        return usageError(p, QCoreApplication::translate("KioskCommand", "--db is required"));
    customer::KioskRegistration registration;
    customer::KioskVisitor &v = registration.visitor;
    v.name = p.value(QStringLiteral("name"));
    v.phone = p.value(QStringLiteral("phone"));
    v.gender = p.value(QStringLiteral("gender")).trimmed();
    v.note = p.value(QStringLiteral("note"));
    if (p.isSet(QStringLiteral("visitors"))) {
        bool ok = false;
        v.visitors = p.value(QStringLiteral("visitors")).toInt(&ok);
        if (!ok || v.visitors < 1)
            return inputError(QCoreApplication::translate("KioskCommand", "visitors: must be a whole number of people from 1 to 99"));
    }
    // Checked before the file is opened: a form that cannot be used writes nothing.
    if (auto checked = v.check(); !checked)
        return inputError(checked.error().message);
    auto session = openSession(p, office::OpenOffice::Kiosk::Allow);
    if (!session)
        return sessionError(session.error());
    auto sealKey = sync::SyncState::officeSealPublicKey((*session)->db(), (*session)->keyOrNull());
    if (!sealKey)
        return inputError(sealKey.error().message);
    auto done = registration.apply((*session)->applier(), *sealKey, (*session)->clock());
    if (!done)
        return inputError(done.error().message);
    printLine(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("registration_id"), done->registrationId},
                                                          {QStringLiteral("masked_phone"), done->maskedPhone},
                                                          {QStringLiteral("display_name"), done->displayName}})
                                    .toJson(QJsonDocument::Compact)));
    return Ok;
}

} // namespace shoulou::cli
