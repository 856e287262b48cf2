#include "benchutil.h"

#include "customer/customersearch.h"
#include "security/keyunlock.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QRandomGenerator>

namespace shoulou::bench {

namespace {

QStringList sample(storage::Database &db, const char *sql, int n)
{
    QStringList out;
    auto &st = db.prepare(sql);
    st.bind(1, qint64(n));
    while (st.step())
        out << st.text(0);
    st.reset();
    return out;
}

} // namespace

int searchBench(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), QStringLiteral("office database"), QStringLiteral("DB")});
    p.addOption({QStringLiteral("queries"), QStringLiteral("queries per kind"), QStringLiteral("N"), QStringLiteral("1000")});
    p.process(args);
    const int n = p.value(QStringLiteral("queries")).toInt();
    qputenv("SHOULOU_KEY_STORE", "file");
    auto db = storage::Database::open(p.value(QStringLiteral("db")));
    if (!db)
        return print(db.error().message), 1;
    auto key = security::unlockOfficeKeyForFile(**db);
    if (!key)
        return print(key.error().message), 1;
    storage::Database &d = **db;
    print(QStringLiteral("search over %1 live customers, %2 phones")
              .arg(d.queryInt("SELECT count(*) FROM customer WHERE merged_into IS NULL"))
              .arg(d.queryInt("SELECT count(*) FROM customer_phone")));

    // Queries are drawn from what the database holds, so they hit; sampled before timing.
    const QStringList digits = sample(d, "SELECT digits FROM customer_phone WHERE kind = 'mobile' ORDER BY random() LIMIT ?1", n);
    const QStringList names = sample(d,
                                     "SELECT name FROM customer WHERE merged_into IS NULL AND name <> '' "
                                     "ORDER BY random() LIMIT ?1",
                                     n);
    const QStringList pinyin = sample(d,
                                      "SELECT pinyin FROM customer WHERE merged_into IS NULL AND pinyin <> '' "
                                      "ORDER BY random() LIMIT ?1",
                                      n);
    const QStringList initials = sample(d,
                                        "SELECT initials FROM customer WHERE merged_into IS NULL AND initials <> '' "
                                        "ORDER BY random() LIMIT ?1",
                                        n);
    QStringList rids;
    {
        auto &st = d.prepare("SELECT sealed FROM customer_resident_id ORDER BY random() LIMIT ?1");
        st.bind(1, qint64(n));
        while (st.step())
            if (auto plain = key->open(st.blob(0)))
                rids << QString::fromLatin1(*plain).toLower(); // typed with a lower-case x
        st.reset();
    }
    QStringList last4, middle, whole;
    for (const QString &x : digits) {
        last4 << x.right(4);
        middle << x.mid(3, 5);
        whole << QStringLiteral("+86 %1 %2 %3").arg(x.left(3), x.mid(3, 4), x.mid(7));
    }

    customer::CustomerSearch search(d, &*key);
    (void)search.search(QStringLiteral("张")); // builds the per-thread ICU transliterators once
    struct Kind {
        const char *label;
        const QStringList &queries;
    };
    for (const Kind &k : {Kind{"phone, last 4 digits", last4}, Kind{"phone, 5 inner digits", middle}, Kind{"phone, whole (+86 …)", whole},
                          Kind{"name", names}, Kind{"full pinyin", pinyin}, Kind{"initials", initials}, Kind{"resident id", rids}}) {
        QList<double> ms;
        qint64 hits = 0;
        for (const QString &q : k.queries) {
            QElapsedTimer t;
            t.start();
            hits += search.search(q, 10).value().size();
            ms << double(t.nsecsElapsed()) / 1e6;
        }
        print(QStringLiteral("search %1: %2; %3 hits per query")
                  .arg(QString::fromUtf8(k.label), percentiles(ms))
                  .arg(k.queries.isEmpty() ? 0.0 : double(hits) / double(k.queries.size()), 0, 'f', 1));
    }
    print(QStringLiteral("search: peak memory %1 MB").arg(peakRssMb(), 0, 'f', 1));
    return 0;
}

} // namespace shoulou::bench
