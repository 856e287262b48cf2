#include "signinthrottle.h"

#include "util/clock.h"
#include "util/logging.h"

#include <QCoreApplication>

namespace shoulou::auth {

SignInThrottle::SignInThrottle(const Clock &clock)
    : m_clock(clock)
{}

QString SignInThrottle::key(const QString &login)
{
    return login.trimmed();
}

qint64 SignInThrottle::backoffMs(int failures)
{
    if (failures <= 0)
        return 0;
    qint64 wait = kFirstWaitMs;
    for (int i = 1; i < failures && wait < kLongestWaitMs; ++i)
        wait *= 2;
    return qMin(wait, kLongestWaitMs);
}

qint64 SignInThrottle::waitMs(const QString &login) const
{
    const auto it = m_state.constFind(key(login));
    if (it == m_state.constEnd())
        return 0;
    const qint64 until = it->lastFailureMs + backoffMs(it->failures);
    return qMax<qint64>(0, until - m_clock.nowMs());
}

int SignInThrottle::waitSeconds(const QString &login) const
{
    return int((waitMs(login) + 999) / 1000);
}

QString SignInThrottle::refusal(const QString &login) const
{
    const int seconds = waitSeconds(login);
    if (seconds <= 0)
        return {};
    return QCoreApplication::translate("SignInThrottle", "Too many wrong passwords. Try again in %n s.", nullptr, seconds);
}

int SignInThrottle::failures(const QString &login) const
{
    return m_state.value(key(login)).failures;
}

void SignInThrottle::failed(const QString &login)
{
    State &s = m_state[key(login)];
    ++s.failures;
    s.lastFailureMs = m_clock.nowMs();
    // The login only: never the password, and nothing that would help guess it.
    qCWarning(lcAuth).noquote() << "sign-in failed for login" << key(login) << "-" << s.failures << "in a row, next try in"
                                << backoffMs(s.failures) / 1000 << "s";
}

void SignInThrottle::succeeded(const QString &login)
{
    if (m_state.remove(key(login)))
        qCInfo(lcAuth).noquote() << "sign-in of login" << key(login) << "succeeded after failures";
}

} // namespace shoulou::auth
