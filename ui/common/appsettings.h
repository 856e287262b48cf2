#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace shoulou::ui {

// The one typed facade over QSettings (DESIGN.md §9). Business rules live in the database;
// this holds only what belongs to this computer and person.
class AppSettings final {
public:
    AppSettings();

    // The office database opened last; reopened at the next start.
    QString lastDatabase() const;
    void setLastDatabase(const QString &path);

    // "" follows the system locale; otherwise "zh_CN" or "en".
    QString language() const;
    void setLanguage(const QString &code);

    // The login signed in last, per office file: the sign-in dialog offers it again.
    QString lastLogin(const QString &databasePath) const;
    void setLastLogin(const QString &databasePath, const QString &login);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

private:
    static QString fileKey(const QString &path);
    QSettings m_settings;
};

} // namespace shoulou::ui
