#include "readtransaction.h"

#include "storage/database.h"

namespace shoulou::storage {

ReadTransaction::ReadTransaction(Database &db)
    : m_db(db)
    , m_started(db.execute("BEGIN DEFERRED"))
{}

ReadTransaction::~ReadTransaction()
{
    if (m_started.ok())
        m_db.rollback();
}

} // namespace shoulou::storage
