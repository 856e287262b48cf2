#pragma once

#include <QHash>
#include <QString>

namespace shoulou {
class Clock;
}

namespace shoulou::hub {

// Back-off after failed sign-ins, per key (a login, an address): after n failures in a row the
// next attempt waits 1 s, 2 s, 4 s … (capped), measured on the injected clock — never a sleep.
// A success clears the key. Bounded: keys quiet for longer than the cap are forgotten first.
class Throttle final {
public:
    explicit Throttle(const Clock &clock, qint64 baseMs = 1000, qint64 capMs = 5 * 60 * 1000, int maxKeys = 20000);

    // 0 when an attempt may be made now, else how long to wait.
    qint64 waitMs(const QString &key) const;
    void fail(const QString &key);
    void succeed(const QString &key);
    int failures(const QString &key) const;

private:
    struct Entry {
        int failures = 0;
        qint64 lastFailureMs = 0;
        qint64 untilMs = 0;
    };
    void prune();

    const Clock &m_clock;
    qint64 m_baseMs;
    qint64 m_capMs;
    int m_maxKeys;
    QHash<QString, Entry> m_entries;
};

} // namespace shoulou::hub
