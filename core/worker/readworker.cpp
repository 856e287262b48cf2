#include "readworker.h"

#include "security/officekey.h"
#include "storage/database.h"

#include <optional>

namespace shoulou::worker {

namespace {

// The reader's connection and what its jobs see; deleted on the worker thread, which
// finalises the statements there.
class ReadState final : public QObject {
public:
    ReadState(std::unique_ptr<storage::Database> db, const security::OfficeKey &key)
        : m_db(std::move(db))
        , m_key(key)
        , m_ctx{*m_db, m_key}
    {}
    ReadContext *context() { return &m_ctx; }

private:
    std::unique_ptr<storage::Database> m_db;
    security::OfficeKey m_key;
    ReadContext m_ctx;
};

} // namespace

Result<std::unique_ptr<ReadWorker>> ReadWorker::open(const QString &path, const security::OfficeKey &key, const QString &name)
{
    storage::Database::Options options;
    options.migrate = false;
    options.readOnly = true; // SQLITE_OPEN_READONLY: an INSERT or UPDATE here fails
    auto db = storage::Database::open(path, options);
    if (!db)
        return db.error();
    std::unique_ptr<ReadWorker> w(new ReadWorker());
    auto *state = new ReadState(std::move(db).value(), key);
    w->m_ctx = state->context();
    w->start(state, name);
    return w;
}

} // namespace shoulou::worker
