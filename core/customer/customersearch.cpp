#include "customersearch.h"

#include "identity/identifiertext.h"
#include "identity/leadinput.h"
#include "identity/phonenumber.h"
#include "identity/residentid.h"
#include "security/officekey.h"
#include "storage/database.h"
#include "storage/readerror.h"

#include <QRegularExpression>

namespace shoulou::customer {

CustomerSearch::CustomerSearch(storage::Database &db, const security::OfficeKey *key)
    : m_db(db)
    , m_key(key)
{}

std::optional<Error> CustomerSearch::readMaskedPhone(const QString &customerId, QString &out)
{
    static constexpr const char *kSql = "SELECT p.e164, p.extension, p.kind FROM customer_phone p JOIN customer c "
                                        "ON c.id = p.customer_id WHERE c.root_id = ?1 ORDER BY p.created_at, p.rowid LIMIT 1";
    auto &st = m_db.prepare(kSql);
    st.bind(1, customerId);
    out.clear();
    if (st.step())
        out = identity::PhoneNumber::fromStored(st.text(0), st.text(1), st.text(2)).masked();
    auto error = storage::readError(st, kSql);
    st.reset();
    return error;
}

QString CustomerSearch::maskedPhoneOf(const QString &customerId)
{
    QString out;
    (void)readMaskedPhone(customerId, out); // a failure shows no phone; readError has logged it
    return out;
}

std::optional<Error> CustomerSearch::addRoots(storage::Statement &st, const char *sql, const QString &how, int limit,
                                              QList<SearchHit> &hits)
{
    while (hits.size() < limit && st.step()) {
        const QString root = st.text(0);
        if (std::any_of(hits.begin(), hits.end(), [&](const SearchHit &h) { return h.customerId == root; }))
            continue;
        hits.append({root, st.text(1), {}, how});
    }
    // Stopped by the limit, the statement is still on a row: that is no failure.
    auto error = storage::readError(st, sql);
    st.reset();
    return error;
}

Result<QList<SearchHit>> CustomerSearch::search(const QString &query, int limit)
{
    QList<SearchHit> hits;
    const QString q = query.trimmed();
    if (q.isEmpty() || limit <= 0)
        return hits;
    const QString ident = identity::cleanIdentifier(q);
    static const QRegularExpression idLike(QStringLiteral("^(\\d{17}[0-9Xx]|\\d{15})$"));
    static const QRegularExpression digitsOnly(QStringLiteral("^\\+?\\d+$"));
    static const QRegularExpression latinOnly(QStringLiteral("^[A-Za-z]+$"));

    // Resident id: matched through its blind index, never by scanning.
    if (m_key && idLike.match(ident).hasMatch()) {
        auto rid = identity::parseResidentId(ident, QDate::currentDate());
        if (rid) {
            static constexpr const char *kResidentIdSql =
                "SELECT c.root_id, r.name FROM customer_resident_id i JOIN customer c "
                "ON c.id = i.customer_id JOIN customer r ON r.id = c.root_id WHERE i.blind_index = ?1";
            auto &st = m_db.prepare(kResidentIdSql);
            st.bindBlob(1, identity::residentIdIndex(*m_key, rid->number));
            if (auto error = addRoots(st, kResidentIdSql, QStringLiteral("resident_id"), limit, hits))
                return *error;
        }
    }
    if (digitsOnly.match(ident).hasMatch()) {
        // A whole number in any notation (+86…, 0086…, landline with area code): exact key.
        if (ident.size() >= 7) {
            auto phone = m_phones.normalize(q, identity::PhoneNormalizer::Field::Company);
            if (phone) {
                static constexpr const char *kWholePhoneSql = "SELECT c.root_id, r.name FROM customer_phone p JOIN customer c "
                                                              "ON c.id = p.customer_id JOIN customer r ON r.id = c.root_id "
                                                              "WHERE p.match_key = ?1";
                auto &st = m_db.prepare(kWholePhoneSql);
                st.bind(1, phone->matchKey());
                if (auto error = addRoots(st, kWholePhoneSql, QStringLiteral("phone"), limit, hits))
                    return *error;
            }
        }
        // Any fragment of four digits or more, through the trigram index. The box promises
        // "last 4 digits": numbers that end in the digits come first (phone_tail), then those
        // that hold them elsewhere (phone_fragment). The trigram index finds both; the tails
        // are every candidate whose digits end so, read before any other fragment.
        QString digits = ident;
        digits.remove(QLatin1Char('+'));
        if (digits.size() >= 4 && hits.size() < limit && hits.isEmpty()) {
            const QString phrase = QLatin1Char('"') + digits + QLatin1Char('"');
            // Tails are looked for among the first kTailCandidates numbers holding the digits: a
            // fragment as common as "1380" (every 138 0… number) would otherwise be read whole.
            constexpr int kTailCandidates = 5000;
            static constexpr const char *kTailSql =
                "SELECT c.root_id, r.name FROM (SELECT rowid FROM phone_fragment WHERE phone_fragment MATCH ?1 "
                "LIMIT ?4) f JOIN customer_phone p ON p.rowid = f.rowid JOIN customer c ON c.id = p.customer_id "
                "JOIN customer r ON r.id = c.root_id WHERE substr(p.digits, -length(?2)) = ?2 LIMIT ?3";
            auto &tail = m_db.prepare(kTailSql);
            tail.bind(1, phrase).bind(2, digits).bind(3, limit * 4).bind(4, kTailCandidates);
            if (auto error = addRoots(tail, kTailSql, QStringLiteral("phone_tail"), limit, hits))
                return *error;
            if (hits.size() < limit) {
                static constexpr const char *kFragmentSql = "SELECT c.root_id, r.name FROM phone_fragment f JOIN customer_phone p "
                                                            "ON p.rowid = f.rowid JOIN customer c ON c.id = p.customer_id "
                                                            "JOIN customer r ON r.id = c.root_id WHERE phone_fragment MATCH ?1 "
                                                            "AND instr(p.digits, ?2) > 0 AND substr(p.digits, -length(?2)) <> ?2 LIMIT ?3";
                auto &st = m_db.prepare(kFragmentSql);
                st.bind(1, phrase).bind(2, digits).bind(3, limit * 4);
                if (auto error = addRoots(st, kFragmentSql, QStringLiteral("phone_fragment"), limit, hits))
                    return *error;
            }
        }
    } else if (latinOnly.match(q).hasMatch()) {
        const QString p = q.toLower();
        // Initials first when the query is short enough to be initials ("zs"), then pinyin.
        static constexpr const char *kInitialsSql = "SELECT id, name FROM customer WHERE merged_into IS NULL AND initials = ?1 LIMIT ?2";
        auto &ini = m_db.prepare(kInitialsSql);
        ini.bind(1, p).bind(2, limit);
        if (auto error = addRoots(ini, kInitialsSql, QStringLiteral("initials"), limit, hits))
            return *error;
        static constexpr const char *kPinyinSql = "SELECT id, name FROM customer WHERE merged_into IS NULL AND pinyin >= ?1 "
                                                  "AND pinyin < ?2 LIMIT ?3";
        auto &py = m_db.prepare(kPinyinSql);
        py.bind(1, p).bind(2, p + QChar(0x7F)).bind(3, limit);
        if (auto error = addRoots(py, kPinyinSql, QStringLiteral("pinyin"), limit, hits))
            return *error;
    } else {
        const QString key = identity::NameNormalizer::forThisThread().matchKey(q);
        if (!key.isEmpty()) {
            static constexpr const char *kNameSql = "SELECT id, name FROM customer WHERE merged_into IS NULL AND name_key >= ?1 "
                                                    "AND name_key < ?2 ORDER BY name_key LIMIT ?3";
            auto &st = m_db.prepare(kNameSql);
            // U+10FFFF is the largest code point, so this range is exactly "starts with key".
            static const QString top = QString::fromUcs4(U"\U0010FFFF");
            st.bind(1, key).bind(2, key + top).bind(3, limit);
            if (auto error = addRoots(st, kNameSql, QStringLiteral("name"), limit, hits))
                return *error;
        }
    }
    for (SearchHit &h : hits)
        if (auto error = readMaskedPhone(h.customerId, h.maskedPhone))
            return *error;
    return hits;
}

} // namespace shoulou::customer
