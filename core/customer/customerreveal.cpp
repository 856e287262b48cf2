#include "customerreveal.h"

#include "customer/revealrecord.h"
#include "mutation/applier.h"
#include "security/officekey.h"
#include "storage/database.h"

#include <QCoreApplication>

#include <initializer_list>

namespace shoulou::customer {

namespace {

// Groups of digits from the left: {3, 4, 4} turns 13812345678 into "138 1234 5678".
QString grouped(const QString &digits, std::initializer_list<int> sizes)
{
    QStringList parts;
    int at = 0;
    for (const int n : sizes) {
        if (at >= digits.size())
            break;
        parts << digits.mid(at, n);
        at += n;
    }
    if (at < digits.size())
        parts << digits.mid(at);
    return parts.join(QLatin1Char(' '));
}

} // namespace

QString CustomerReveal::readable(const identity::PhoneNumber &phone)
{
    const QString national = phone.display();
    QString text;
    if (phone.kind == identity::PhoneNumber::Kind::Mobile && national.size() == 11 && !national.startsWith(QLatin1Char('+'))) {
        text = grouped(national, {3, 4, 4});
    } else if (phone.kind == identity::PhoneNumber::Kind::Landline && national.startsWith(QLatin1Char('0'))) {
        // Beijing (010) and the 02x cities have two-digit area codes, everyone else three.
        const bool shortArea = national.startsWith(QLatin1String("01")) || national.startsWith(QLatin1String("02"));
        const int area = shortArea ? 3 : 4;
        const QString local = national.mid(area);
        text = national.left(area) + QLatin1Char(' ') + (local.size() == 8 ? grouped(local, {4, 4}) : local);
    } else {
        text = national;
    }
    if (!phone.extension.isEmpty())
        text = QCoreApplication::translate("CustomerReveal", "%1 ext. %2").arg(text, phone.extension);
    return text;
}

Result<QStringList> CustomerReveal::reveal(mutation::Applier &applier, const security::OfficeKey &key, const QString &customerId,
                                           const QString &field)
{
    auto logged = applier.apply(RevealRecord{customerId, field});
    if (!logged)
        return logged.error();
    return plaintext(applier.database(), key, logged->customerId, field);
}

Result<QStringList> CustomerReveal::plaintext(storage::Database &db, const security::OfficeKey &key, const QString &rootId,
                                              const QString &field)
{
    QStringList out;
    if (field == QLatin1String("phone")) {
        auto &p = db.prepare("SELECT p.e164, p.extension, p.kind FROM customer_phone p JOIN customer c ON c.id = p.customer_id "
                             "WHERE c.root_id = ?1 ORDER BY p.created_at, p.rowid");
        p.bind(1, rootId);
        while (p.step())
            out << readable(identity::PhoneNumber::fromStored(p.text(0), p.text(1), p.text(2)));
        p.reset();
        return out;
    }
    auto &r = db.prepare("SELECT r.sealed FROM customer_resident_id r JOIN customer c ON c.id = r.customer_id "
                         "WHERE c.root_id = ?1 ORDER BY r.created_at, r.masked");
    r.bind(1, rootId);
    QList<QByteArray> sealed;
    while (r.step())
        sealed << r.blob(0);
    r.reset();
    for (const QByteArray &s : sealed) {
        auto opened = key.open(s);
        if (!opened)
            return makeError(QStringLiteral("customer.reveal_key"),
                             QCoreApplication::translate("CustomerReveal", "A resident id could not be opened with this office's key: %1")
                                 .arg(opened.error().message));
        out << QString::fromLatin1(*opened);
    }
    return out;
}

} // namespace shoulou::customer
