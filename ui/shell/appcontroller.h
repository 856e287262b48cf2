#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

namespace shoulou {
class Clock;
}

namespace shoulou::ui {

class MainWindow;
class OfficeSession;

// The desk's life cycle: which office is open, and the window over it. Opening another
// office replaces both (a session is one office).
class AppController final : public QObject {
    Q_OBJECT
public:
    explicit AppController(const Clock &clock, QObject *parent = nullptr);
    ~AppController() override;

    // --db PATH opens that office; --demo the demo office (created on first use);
    // otherwise the office opened last, else the welcome dialog. False: nothing to show.
    bool start(const QString &dbPath, bool demo, qint64 demoCustomers);
    bool openOffice(const QString &path);
    // Creates the office file with its name and first manager, then opens it.
    bool createOffice(const QString &path, const QString &officeName, const QString &managerName);

    MainWindow *window() const { return m_window.get(); }
    OfficeSession *session() const { return m_session.get(); }

private:
    bool welcome();
    bool newOffice();
    bool chooseOffice();
    bool demoOffice(qint64 customers);

    const Clock &m_clock;
    std::unique_ptr<OfficeSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace shoulou::ui
