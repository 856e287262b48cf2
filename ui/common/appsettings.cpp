#include "appsettings.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace shoulou::ui {

AppSettings::AppSettings()
    : m_settings(QStringLiteral("Shoulou"), QStringLiteral("shoulou"))
{}

QString AppSettings::lastDatabase() const
{
    return m_settings.value(QStringLiteral("office/last")).toString();
}
void AppSettings::setLastDatabase(const QString &path)
{
    m_settings.setValue(QStringLiteral("office/last"), QFileInfo(path).absoluteFilePath());
}

QString AppSettings::language() const
{
    return m_settings.value(QStringLiteral("ui/language")).toString();
}
void AppSettings::setLanguage(const QString &code)
{
    m_settings.setValue(QStringLiteral("ui/language"), code);
}

// Paths make poor settings keys (slashes are groups); a short hash of the absolute path is stable.
QString AppSettings::fileKey(const QString &path)
{
    const QByteArray abs = QFileInfo(path).absoluteFilePath().toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(abs, QCryptographicHash::Sha1).toHex().left(16));
}

QString AppSettings::lastLogin(const QString &databasePath) const
{
    return m_settings.value(QStringLiteral("office-") + fileKey(databasePath) + QStringLiteral("/login")).toString();
}
void AppSettings::setLastLogin(const QString &databasePath, const QString &login)
{
    m_settings.setValue(QStringLiteral("office-") + fileKey(databasePath) + QStringLiteral("/login"), login);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(QStringLiteral("ui/geometry")).toByteArray();
}
void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(QStringLiteral("ui/geometry"), geometry);
}

} // namespace shoulou::ui
