#pragma once

#include "common/officesession.h"
#include "testoffice.h"

#include <QStandardPaths>

namespace shoulou::test {

// A TestOffice with a team (a manager and two consultants) and an OfficeSession over the same
// file, as the desk would have it open — with the manager signed in, as after the sign-in
// dialog (setCurrentUserId() signs another in). Call QStandardPaths::setTestModeEnabled(true)
// first (initTestCase) so the desk's settings stay out of the real ones.
class UiTestOffice final {
public:
    UiTestOffice()
    {
        auto add = [this](const char *login, const char *name, const char *role) -> QString {
            auto r = m_office.applier().apply(
                QStringLiteral("user.create"), 1,
                {{"login", QString::fromUtf8(login)}, {"display_name", QString::fromUtf8(name)}, {"role", QString::fromLatin1(role)}});
            if (!r)
                qFatal("user.create: %s", qPrintable(r.error().message));
            return r->value(QStringLiteral("user_id")).toString();
        };
        managerId = add("wang", "王经理", "manager");
        consultantId = add("li", "李顾问", "consultant");
        secondConsultantId = add("zhao", "赵顾问", "consultant");
    }

    TestOffice &office() { return m_office; }
    // Opens the desk's session over the office (after the data a test wants is in place).
    ui::OfficeSession &session()
    {
        if (!m_session) {
            auto s = ui::OfficeSession::open(m_office.path(), m_office.clock(), &m_office.key());
            if (!s)
                qFatal("session: %s", qPrintable(s.error().message));
            m_session = std::move(s).value();
            if (m_signInManager)
                m_session->setCurrentUserId(managerId);
        }
        return *m_session;
    }
    void closeSession() { m_session.reset(); }
    // The next session() opens with nobody signed in (the sign-in dialog's tests).
    void openSignedOut() { m_signInManager = false; }

    QString managerId, consultantId, secondConsultantId;

private:
    TestOffice m_office;
    std::unique_ptr<ui::OfficeSession> m_session;
    bool m_signInManager = true;
};

} // namespace shoulou::test
