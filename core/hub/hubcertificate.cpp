#include "hubcertificate.h"

#include "util/clock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>
#include <QSslCertificate>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace shoulou::hub {

namespace {

template <class T, void (*F)(T *)>
struct Deleter {
    void operator()(T *p) const { F(p); }
};
using Pkey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using Bignum = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;

constexpr int kValidDays = 3653; // ten years, leap days included

Error tlsError(const QString &what)
{
    const unsigned long code = ERR_get_error();
    char buf[256] = {};
    if (code)
        ERR_error_string_n(code, buf, sizeof buf);
    return makeError(QStringLiteral("hub.tls"),
                     QCoreApplication::translate("HubCertificate", "Could not make the hub's certificate (%1: %2).")
                         .arg(what, QString::fromLatin1(buf)));
}

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(n));
}

Result<void> writeFile(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("hub.file"),
                         QCoreApplication::translate("HubCertificate", "Cannot write %1: %2").arg(path, f.errorString()));
    f.setPermissions(permissions);
    f.write(bytes);
    if (!f.commit())
        return makeError(QStringLiteral("hub.file"),
                         QCoreApplication::translate("HubCertificate", "Cannot write %1: %2").arg(path, f.errorString()));
    QFile::setPermissions(path, permissions);
    return {};
}

} // namespace

Result<void> HubCertificate::create(const QString &certPath, const QString &keyPath, const Clock &clock)
{
    for (const QString &p : {certPath, keyPath}) {
        if (QFile::exists(p))
            return makeError(QStringLiteral("hub.file"),
                             QCoreApplication::translate("HubCertificate", "%1 exists already; it is never overwritten.").arg(p));
    }
    Pkey key(EVP_EC_gen("P-256"));
    if (!key)
        return tlsError(QStringLiteral("EC key"));
    Cert cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1)
        return tlsError(QStringLiteral("X509"));
    Bignum serial(BN_new());
    if (!serial || BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1 ||
        !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())))
        return tlsError(QStringLiteral("serial"));
    const time_t now = time_t(clock.nowMs() / 1000);
    // A minute back: a desk whose clock is slightly behind still accepts it.
    if (!ASN1_TIME_adj(X509_getm_notBefore(cert.get()), now, 0, -60) || !ASN1_TIME_adj(X509_getm_notAfter(cert.get()), now, kValidDays, 0))
        return tlsError(QStringLiteral("validity"));
    if (X509_set_pubkey(cert.get(), key.get()) != 1)
        return tlsError(QStringLiteral("public key"));
    X509_NAME *name = X509_get_subject_name(cert.get());
    if (X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("shoulou-hub"), -1, -1, 0) != 1 ||
        X509_set_issuer_name(cert.get(), name) != 1)
        return tlsError(QStringLiteral("name"));
    if (!addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(cert.get(), NID_key_usage, "critical,digitalSignature") ||
        !addExtension(cert.get(), NID_ext_key_usage, "serverAuth") || !addExtension(cert.get(), NID_subject_alt_name, "DNS:shoulou-hub"))
        return tlsError(QStringLiteral("extensions"));
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0)
        return tlsError(QStringLiteral("signature"));

    Bio certBio(BIO_new(BIO_s_mem())), keyBio(BIO_new(BIO_s_mem()));
    if (!certBio || !keyBio || PEM_write_bio_X509(certBio.get(), cert.get()) != 1 ||
        PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return tlsError(QStringLiteral("PEM"));
    QByteArray keyPem = bioBytes(keyBio.get());
    auto k = writeFile(keyPath, keyPem, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    keyPem.fill('\0');
    if (!k)
        return k;
    return writeFile(certPath, bioBytes(certBio.get()),
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
}

Result<QString> HubCertificate::fingerprint(const QString &certPath)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(certPath, QSsl::Pem);
    if (certs.size() != 1 || certs.first().isNull())
        return makeError(QStringLiteral("hub.tls"),
                         QCoreApplication::translate("HubCertificate", "%1 does not hold the hub's certificate.").arg(certPath));
    return fingerprintOf(certs.first().toDer());
}

QString HubCertificate::fingerprintOf(const QByteArray &der)
{
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
}

} // namespace shoulou::hub
