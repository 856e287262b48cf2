#pragma once

#include <QString>

#include <functional>
#include <memory>

namespace shoulou::ui {
class MainWindow;
class OfficeSession;
class SyncController;
} // namespace shoulou::ui

namespace shoulou::screens {

// How the screenshot tool waits for the desk and saves the screen (main.cpp's helpers).
struct Camera {
    std::function<void(int ms)> settle;
    std::function<void(const QString &name)> shoot;
};

// The open customer dialog while another desk changes the same customer: the name being
// typed here keeps its text, and the conflict marker offers the other desk's value.
void shootConflict(ui::OfficeSession &session, ui::MainWindow &window, const QString &customerId, const Camera &camera);

// A hub `shoulou-hub serve`s (packaging/screenshots.sh starts it): the enrolment dialog with
// the fingerprint shown, the status bar once synced, and the sync issues panel with the one
// change the hub refused (a follow-up of a consultant revoked at the hub meanwhile).
struct HubAccess {
    QString url, fingerprint, officeCode, login, password;
    QString hubBinary, hubData; // to revoke a user at the hub
    QString revokedLogin;       // a consultant of the office
};
// `sync` receives the controller the window's status bar shows: it must outlive the window.
void shootSync(ui::OfficeSession &session, ui::MainWindow &window, std::unique_ptr<ui::SyncController> &sync, const HubAccess &hub,
               const QString &revokedUserId, const QString &customerId, const Camera &camera);

} // namespace shoulou::screens
