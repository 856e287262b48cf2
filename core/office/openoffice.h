#pragma once

#include "util/result.h"

#include <QString>
#include <QTimeZone>

#include <functional>
#include <memory>

namespace shoulou {
class Clock;
namespace storage {
class Database;
}
namespace security {
class OfficeKey;
}
namespace mutation {
class Applier;
}
} // namespace shoulou

namespace shoulou::office {

// An office database opened for writing: the connection (migrated), its key and the write
// path. A new file becomes an office named `defaultName` (office.init) — not a hub replica,
// whose office arrives with its first pull. What the CLI, the
// desk, the new-office dialog and the demo office all start from.
//
// The reception kiosk's replica (sync.scope "kiosk") holds no office key and no customers: it is
// opened without a key only by those who ask for it (Kiosk::Allow: `shoulou-cli sync`, `kiosk`,
// the kiosk screen), and refused by the others (office.kiosk_replica), which need the key.
class OpenOffice final {
public:
    enum class Kiosk { Refuse, Allow };

    // `knownKey`: a key given by the caller (tests); otherwise the file's key store is asked.
    // `migrationProgress`: told of each migration step (the safety copy, each schema step).
    static Result<std::unique_ptr<OpenOffice>> open(const QString &path, const Clock &clock, const QString &userId,
                                                    const QString &defaultName, const security::OfficeKey *knownKey = nullptr,
                                                    std::function<void(const QString &)> migrationProgress = {},
                                                    Kiosk kiosk = Kiosk::Refuse);
    ~OpenOffice();

    storage::Database &db() { return *m_db; }
    // False only for the kiosk's replica (opened with Kiosk::Allow); key() then must not be asked.
    bool hasKey() const { return m_key != nullptr; }
    const security::OfficeKey &key() const { return *m_key; }
    const security::OfficeKey *keyOrNull() const { return m_key.get(); }
    mutation::Applier &applier() { return *m_applier; }
    // The key file this open() created (no keychain on this machine), or empty: the person
    // must be told to keep it with the database.
    const QString &createdKeyFile() const { return m_createdKeyFile; }
    // The office's name (office.init), for window titles.
    QString officeName();

    // The office's time zone setting (office.time_zone); open() makes it the process's
    // OfficeTime::zone().
    static QTimeZone timeZoneOf(storage::Database &db);

private:
    OpenOffice() = default;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<security::OfficeKey> m_key;
    std::unique_ptr<mutation::Applier> m_applier;
    QString m_createdKeyFile;
};

} // namespace shoulou::office
