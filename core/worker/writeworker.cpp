#include "writeworker.h"

#include "mutation/applier.h"
#include "security/officekey.h"
#include "storage/database.h"

#include <optional>

namespace shoulou::worker {

// The writer's connection, its Applier and what its jobs see; deleted on the worker thread.
class WriteWorker::State final : public QObject {
public:
    State(std::unique_ptr<storage::Database> db, const security::OfficeKey &key, const Clock &clock, const QString &userId)
        : m_db(std::move(db))
        , m_key(key)
        , m_clock(clock)
        , m_applier(std::make_unique<mutation::Applier>(*m_db, m_clock, &m_key, userId))
    {
        m_ctx.emplace(WriteContext{*m_db, *m_applier, m_key});
    }
    ~State() override
    {
        m_ctx.reset();
        m_applier.reset();
        m_db.reset(); // finalises the statements, on this thread
    }
    WriteContext *context() { return &*m_ctx; }
    // The same Applier goes on (its change recording, HLC and sequence stay); only who acts changes.
    void setUser(const QString &userId) { m_applier->setUserId(userId); }

private:
    std::unique_ptr<storage::Database> m_db;
    security::OfficeKey m_key;
    const Clock &m_clock;
    std::unique_ptr<mutation::Applier> m_applier;
    std::optional<WriteContext> m_ctx;
};

Result<std::unique_ptr<WriteWorker>> WriteWorker::open(const QString &path, const security::OfficeKey &key, const Clock &clock,
                                                       const QString &userId, const QString &name)
{
    storage::Database::Options options;
    options.migrate = false;
    auto db = storage::Database::open(path, options);
    if (!db)
        return db.error();
    std::unique_ptr<WriteWorker> w(new WriteWorker());
    w->m_writeState = new State(std::move(db).value(), key, clock, userId);
    w->m_ctx = w->m_writeState->context();
    w->start(w->m_writeState, name);
    return w;
}

void WriteWorker::setUserId(const QString &userId)
{
    State *state = m_writeState;
    onThread([state, userId] { state->setUser(userId); });
}

} // namespace shoulou::worker
