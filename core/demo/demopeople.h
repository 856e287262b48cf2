#pragma once

#include "customer/requirement.h"
#include "identity/leadinput.h"
#include "identity/phonenormalizer.h"

#include <QList>
#include <QPair>
#include <QString>

class QRandomGenerator;

namespace shoulou::security {
class OfficeKey;
}
namespace shoulou::office {
struct ChannelInfo;
}

namespace shoulou::demo {

struct DemoPerson final {
    QString name, nameKey, pinyin, initials;
    identity::LeadPhone phone;
    QString residentId; // canonical 18 characters, or empty
    QString device;     // platform match key, or empty
    QString remark;
};

struct DemoMember final {
    QString login, name, role;
};

// Believable Chinese people for the demo office: common surnames and given names, live mobile
// ranges, valid resident ids for a fifth of them, platform ids for online leads.
class DemoPeople final {
public:
    DemoPeople(QRandomGenerator &rng, const security::OfficeKey &key);

    static QList<DemoMember> team();
    // True when every mobile range the demo draws from is live for libphonenumber.
    static bool validatePrefixes();
    DemoPerson next();
    // Lead number `index` of a person: the first carries everything; later ones carry the
    // phone, the resident id or the platform id — and now and then a mistyped phone.
    // With three leads, the second carries only the platform id (a separate record at first)
    // and the third both phone and platform id, which merges the two: the office's merges.
    identity::LeadInput lead(const DemoPerson &p, int index, int total, const office::ChannelInfo &channel, qint64 at);
    customer::Requirement requirement();
    QPair<QString, QString> followUpNote(); // kind, note

private:
    struct Part {
        QString text, pinyin;
    };
    identity::LeadPhone phoneFor(const QString &digits, const QString &raw);
    QString randomMobile();

    QRandomGenerator &m_rng;
    const security::OfficeKey &m_key;
    QList<Part> m_surnames, m_given;
    qint64 m_serial = 0;
};

} // namespace shoulou::demo
