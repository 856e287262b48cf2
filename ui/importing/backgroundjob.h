#pragma once

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace shoulou::ui {

// Runs `job` on a short-lived thread of its own and hands its result to `done` on the
// receiver's thread, unless the receiver was destroyed meanwhile. For file work that needs no
// database (an import preview): it must not queue behind the reader's list queries, and a
// large workbook's shared strings must not freeze the window while they are parsed.
template <typename R>
void runInBackground(QObject *receiver, std::function<R()> job, std::function<void(R)> done)
{
    auto result = std::make_shared<std::optional<R>>();
    QThread *thread = QThread::create([result, job = std::move(job)] { result->emplace(job()); });
    // finished() is emitted by the worker; both connections are queued to the GUI thread, and
    // the receiver's one is dropped by Qt if the receiver is gone.
    QObject::connect(thread, &QThread::finished, receiver, [result, done = std::move(done)] {
        if (*result)
            done(std::move(**result));
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace shoulou::ui
