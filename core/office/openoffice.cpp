#include "openoffice.h"

#include "mutation/applier.h"
#include "office/officesetup.h"
#include "security/filekeystore.h"
#include "security/keyunlock.h"
#include "security/officekey.h"
#include "security/statickeystore.h"
#include "storage/database.h"
#include "util/logging.h"
#include "util/officetime.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace shoulou::office {

QTimeZone OpenOffice::timeZoneOf(storage::Database &db)
{
    const QByteArray id = db.queryText("SELECT time_zone FROM office LIMIT 1").toUtf8();
    if (id.isEmpty())
        return OfficeTime::defaultZone();
    const QTimeZone zone(id);
    if (!zone.isValid())
        qCWarning(lcOffice) << "unknown office time zone" << id << "- using" << OfficeTime::defaultZoneId();
    return zone.isValid() ? zone : OfficeTime::defaultZone();
}

QString OpenOffice::officeName()
{
    return m_db->queryText("SELECT name FROM office ORDER BY created_at LIMIT 1");
}

OpenOffice::~OpenOffice()
{
    m_applier.reset(); // it holds the connection
    m_db.reset();
}

Result<std::unique_ptr<OpenOffice>> OpenOffice::open(const QString &path, const Clock &clock, const QString &userId,
                                                     const QString &defaultName, const security::OfficeKey *knownKey,
                                                     std::function<void(const QString &)> migrationProgress, Kiosk kiosk)
{
    std::unique_ptr<OpenOffice> o(new OpenOffice());
    storage::Database::Options options;
    options.clock = &clock; // a migration's safety copy is named with the office's clock
    options.migrationProgress = std::move(migrationProgress);
    auto db = storage::Database::open(path, options);
    if (!db)
        return db.error();
    o->m_db = std::move(db).value();
    // A kiosk's replica has no key to unlock, and must not be given one (the key store is not
    // asked: it would make a new key). sync.scope is SyncState's, read here without it.
    if (o->m_db->meta(QStringLiteral("sync.scope")) == QLatin1String("kiosk")) {
        if (kiosk == Kiosk::Refuse)
            return makeError(QStringLiteral("office.kiosk_replica"),
                             QCoreApplication::translate("OpenOffice",
                                                         "%1 is the reception kiosk's database: it holds no office key and no "
                                                         "customers, and opens only as the kiosk (shoulou-cli sync, "
                                                         "shoulou-cli kiosk).")
                                 .arg(QDir::toNativeSeparators(path)));
        o->m_applier = std::make_unique<mutation::Applier>(*o->m_db, clock, nullptr, userId);
        OfficeTime::setZone(timeZoneOf(*o->m_db));
        return o;
    }
    security::StaticKeyStore given(knownKey ? knownKey->masterBytes() : QByteArray());
    const QString keyFile = security::FileKeyStore(path).path();
    const bool hadKeyFile = QFile::exists(keyFile);
    auto key = knownKey ? security::unlockOfficeKey(*o->m_db, given) : security::unlockOfficeKeyForFile(*o->m_db);
    if (!key)
        return key.error();
    if (!knownKey && !hadKeyFile && QFile::exists(keyFile))
        o->m_createdKeyFile = keyFile;
    o->m_key = std::make_unique<security::OfficeKey>(*key);
    o->m_applier = std::make_unique<mutation::Applier>(*o->m_db, clock, o->m_key.get(), userId);
    // A replica of a hub's office gets its office (and everything else) from the hub's log:
    // starting one here would be a second office.init in that log.
    const bool replica = o->m_db->meta(QStringLiteral("sync.enrolled")) == QLatin1String("1");
    if (!replica)
        if (auto r = ensureOffice(*o->m_applier, defaultName); !r)
            return r.error();
    OfficeTime::setZone(timeZoneOf(*o->m_db));
    return o;
}

} // namespace shoulou::office
