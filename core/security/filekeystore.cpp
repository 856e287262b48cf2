#include "filekeystore.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace shoulou::security {

Result<QByteArray> FileKeyStore::load(const QString &databaseId)
{
    QFile f(m_path);
    if (!f.exists())
        return QByteArray();
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("key.file"),
                         QCoreApplication::translate("FileKeyStore", "Cannot read key file %1: %2").arg(m_path, f.errorString()));
    // Format: "shoulou-key v1 <database id> <hex key>"
    const QList<QByteArray> parts = f.readAll().trimmed().split(' ');
    if (parts.size() != 4 || parts[0] != "shoulou-key" || parts[1] != "v1")
        return makeError(QStringLiteral("key.file"), QCoreApplication::translate("FileKeyStore", "Key file %1 is damaged.").arg(m_path));
    if (QString::fromLatin1(parts[2]) != databaseId)
        return makeError(
            QStringLiteral("key.mismatch"),
            QCoreApplication::translate("FileKeyStore", "Key file %1 belongs to another database; it was not used.").arg(m_path));
    if ((f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) != 0)
        qCWarning(lcSecurity) << "key file" << m_path << "is readable by other users; it should be mode 0600";
    return QByteArray::fromHex(parts[3]);
}

Result<void> FileKeyStore::store(const QString &databaseId, const QByteArray &key)
{
    if (QFile::exists(m_path))
        return makeError(QStringLiteral("key.exists"),
                         QCoreApplication::translate("FileKeyStore", "Key file %1 already exists; it is never overwritten.").arg(m_path));
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("key.file"),
                         QCoreApplication::translate("FileKeyStore", "Cannot write key file %1: %2").arg(m_path, f.errorString()));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write("shoulou-key v1 " + databaseId.toLatin1() + ' ' + key.toHex() + '\n');
    if (!f.commit())
        return makeError(QStringLiteral("key.file"),
                         QCoreApplication::translate("FileKeyStore", "Cannot write key file %1: %2").arg(m_path, f.errorString()));
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qCWarning(lcSecurity).noquote() << QCoreApplication::translate(
                                           "FileKeyStore", "No system keychain is available: the office key was saved to %1 (mode 0600). "
                                                           "Keep this file with the database and out of backups that leave the office.")
                                           .arg(m_path);
    return {};
}

QString FileKeyStore::describe(const QString &) const
{
    return QCoreApplication::translate("FileKeyStore", "key file %1").arg(m_path);
}

} // namespace shoulou::security
