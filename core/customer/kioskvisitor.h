#pragma once

#include "identity/leadinput.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace shoulou::security {
class OfficeKey;
class OfficeSealKey;
} // namespace shoulou::security

namespace shoulou::customer {

// What a walk-in tells the reception kiosk: the payload of visit.register, sealed to the
// office's key pair ({"name", "phone", "visitors", "gender", "note"}; the last three optional).
// The kiosk makes it and seals it; only a replica holding the office key (and the hub) opens it.
struct KioskVisitor final {
    QString name;     // as typed
    QString phone;    // as typed; normalised where it is opened
    int visitors = 0; // 到访人数, 0: not said
    QString gender;   // "male", "female" or ""
    QString note;

    QByteArray toJson() const; // compact, what is sealed
    // The payload read back strictly: a missing name or phone, a wrongly typed field, visitors
    // not 1–99, an unknown gender is refused naming the field ("<label>: field "sealed.phone" …").
    static Result<KioskVisitor> fromJson(const QByteArray &json, const QString &label);

    // What the form must hold before anything is sealed: a name of at most 50 characters with
    // no phone number in it, a phone libphonenumber accepts, visitors 1–99, gender male/female.
    // Refused with code "kiosk.input" and a message that starts with the field ("phone: …").
    Result<void> check() const;
    // "138****5678": what the kiosk keeps and shows instead of the number (check() first).
    QString maskedPhone() const;
    // How reception names the person, and all the kiosk keeps of the name: surname + 先生/女士
    // when the gender is known (王先生, 欧阳女士), else the surname with the rest masked (王*,
    // 欧阳**); a name not in Chinese characters keeps its first letter (A***). Never the phone.
    QString displayName() const;

    Result<QByteArray> sealTo(const QByteArray &officePublicKey) const;
    // Opens and reads a sealed payload (fromJson); refused as "visit.sealed" naming `label` when
    // it does not open with this office's key (tampered with, or sealed for another office).
    static Result<KioskVisitor> open(const security::OfficeSealKey &key, const QByteArray &sealed, const QString &label);

    // The lead the desk would have made of this person standing at the desk (DeskEntry): the
    // phone through the same PhoneNormalizer, the name keys through the NameNormalizer, touch
    // kind visit. Deterministic in its arguments, so every replica applying the op writes the
    // same rows: the payload is sealed with a nonce derived from the registration, and the dedup
    // key is the registration's (each registration is a new touch, even of a known customer).
    Result<identity::LeadInput> lead(const security::OfficeKey &key, const QString &registrationId, qint64 atMs,
                                     const QString &label) const;
};

} // namespace shoulou::customer
