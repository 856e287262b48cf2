#pragma once

#include <QHash>
#include <QString>

namespace shoulou {
class Clock;
}

namespace shoulou::auth {

// Wrong passwords back off per login: after the 1st failure the next try waits 1 s, after the
// 2nd 2 s, then 4 s, 8 s … at most 5 min; a success forgets the failures. A try during the
// wait is refused without looking at the password (and does not count). Time comes from the
// injected Clock: nothing sleeps, the caller shows the wait ("try again in N s"). Failures
// are logged under shoulou.auth with the login only — never the password.
// Kept in memory by whoever signs people in (the desk's controller); not thread-safe.
class SignInThrottle final {
public:
    static constexpr qint64 kFirstWaitMs = 1000;
    static constexpr qint64 kLongestWaitMs = 5 * 60 * 1000;

    explicit SignInThrottle(const Clock &clock);

    // How long `login` must still wait before its next try; 0: it may try now.
    qint64 waitMs(const QString &login) const;
    // The same in whole seconds, rounded up (what "try again in N s" says).
    int waitSeconds(const QString &login) const;
    // "Too many wrong passwords. Try again in 4 s." for a login that must wait, else empty.
    QString refusal(const QString &login) const;
    // Consecutive failures of `login` so far.
    int failures(const QString &login) const;

    void failed(const QString &login);
    void succeeded(const QString &login);

    // The wait after `failures` consecutive failures: 1 s · 2^(failures − 1), at most 5 min.
    static qint64 backoffMs(int failures);

private:
    struct State {
        int failures = 0;
        qint64 lastFailureMs = 0;
    };
    static QString key(const QString &login);

    const Clock &m_clock;
    QHash<QString, State> m_state;
};

} // namespace shoulou::auth
