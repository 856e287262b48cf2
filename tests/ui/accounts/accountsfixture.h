#pragma once

#include "auth/passwordverifier.h"
#include "auth/usersetpassword.h"
#include "uitestoffice.h"

#include <QtTest>

namespace shoulou::test {

// Gives a user of the office a password (as the office's local administrator would).
inline void setPassword(UiTestOffice &o, const QString &userId, const QString &password)
{
    auto v = auth::PasswordVerifier::create(password);
    QVERIFY(v.ok());
    auto r = o.office().applier().apply(auth::UserSetPassword{userId, *v});
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
}

} // namespace shoulou::test
