#include "openoffice.h"

#include "mutation/applier.h"
#include "office/officesetup.h"
#include "security/keyunlock.h"
#include "security/officekey.h"
#include "security/statickeystore.h"
#include "storage/database.h"

namespace shoulou::office {

OpenOffice::~OpenOffice()
{
    m_applier.reset(); // it holds the connection
    m_db.reset();
}

Result<std::unique_ptr<OpenOffice>> OpenOffice::open(const QString &path, const Clock &clock, const QString &userId,
                                                     const QString &defaultName, const security::OfficeKey *knownKey)
{
    std::unique_ptr<OpenOffice> o(new OpenOffice());
    auto db = storage::Database::open(path);
    if (!db)
        return db.error();
    o->m_db = std::move(db).value();
    security::StaticKeyStore given(knownKey ? knownKey->masterBytes() : QByteArray());
    auto key = knownKey ? security::unlockOfficeKey(*o->m_db, given) : security::unlockOfficeKeyForFile(*o->m_db);
    if (!key)
        return key.error();
    o->m_key = std::make_unique<security::OfficeKey>(*key);
    o->m_applier = std::make_unique<mutation::Applier>(*o->m_db, clock, o->m_key.get(), userId);
    if (auto r = ensureOffice(*o->m_applier, defaultName); !r)
        return r.error();
    return o;
}

} // namespace shoulou::office
