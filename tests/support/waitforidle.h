#pragma once

#include "worker/dbworker.h"

#include <QTest>

namespace shoulou::test {

// Waits, processing events, until every job posted to `worker` has been handed back. Tests
// only: the application never waits on a worker (its results arrive as queued calls).
inline bool waitForIdle(const worker::DbWorker &worker, int timeoutMs = 30000)
{
    return QTest::qWaitFor([&worker] { return worker.pending() == 0; }, timeoutMs);
}

} // namespace shoulou::test
