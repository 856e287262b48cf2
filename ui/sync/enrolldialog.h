#pragma once

#include "sync/enrollment.h"
#include "util/result.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace shoulou {
class Clock;
namespace security {
class OfficeKey;
}
} // namespace shoulou

namespace shoulou::ui {

class BackgroundTask;

// Joins an office database to the office hub (文件 → 连接售楼处服务器…, or from the welcome
// window for a new database). Like SSH's first contact: the desk first connects and shows the
// SHA-256 fingerprint of the certificate the hub presents, the person compares it with what
// `shoulou-hub init` printed and confirms, and only then are the office code, login and
// password sent — over a connection pinned to that fingerprint. The network work runs on a
// BackgroundTask (the transport waits in an event loop of its own), never on the GUI thread.
// Refusals (wrong password, unknown office, an office that has data already, an unreachable
// hub) are said in the dialog, which stays open to correct and try again.
class EnrollDialog final : public QDialog {
    Q_OBJECT
public:
    // `key`: the open office's key (the desk's office); null for a new database, which then
    // receives the office (the first sync runs here, before the desk opens it).
    EnrollDialog(const QString &databasePath, const security::OfficeKey *key, const Clock &clock, QWidget *parent = nullptr);
    ~EnrollDialog() override;

    const std::optional<sync::EnrollResult> &result() const { return m_result; }
    const QString &fingerprint() const { return m_fingerprint; }
    bool isBusy() const { return m_task != nullptr; }

    // The steps, as the buttons do them (tests call them too).
    void fetchFingerprint();
    void enroll();

signals:
    void fingerprintShown(const QString &fingerprint);
    void failed(const QString &message);

private:
    void setBusy(const QString &what);
    void showError(const QString &message);
    void updateButtons();
    void addressEdited();
    QUrl address() const;

    QString m_path;
    const security::OfficeKey *m_key;
    const Clock &m_clock;
    QLineEdit *m_hub;
    QLineEdit *m_code;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QPushButton *m_connect;
    QLabel *m_fingerprintLabel;
    QCheckBox *m_matches;
    QPushButton *m_enroll;
    QLabel *m_busy;
    QLabel *m_error;
    BackgroundTask *m_task = nullptr;
    QString m_fingerprint;
    Result<QString> m_fetched = QString();
    Result<sync::EnrollResult> m_enrolled = sync::EnrollResult();
    std::optional<sync::EnrollResult> m_result;
};

} // namespace shoulou::ui
