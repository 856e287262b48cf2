// Property: the customers that come out of identity resolution do not depend on the order
// the leads arrive in — same groups, same survivor, same name — for any permutation.
#include "testoffice.h"

#include <QRandomGenerator>

#include <algorithm>
#include <functional>
#include <numeric>

using namespace shoulou;

namespace {

const QStringList H{"姓名", "手机", "身份证号", "open_id", "留资时间", "渠道"};

struct Person {
    QString name, phone, rid, device;
};

// One line per live customer: "name|first_seen|sorted lead keys", lines sorted.
QStringList canonical(test::TestOffice &o)
{
    QStringList lines;
    auto &st = o.db().prepare("SELECT r.name, r.first_seen_at, (SELECT group_concat(k, ',') FROM (SELECT hex(l.dedup_key) AS k FROM lead l "
                              "JOIN customer c ON c.id = l.customer_id WHERE c.root_id = r.id ORDER BY k)) "
                              "FROM customer r WHERE r.merged_into IS NULL");
    while (st.step())
        lines << QString("%1|%2|%3").arg(st.text(0)).arg(st.int64(1)).arg(st.text(2));
    st.reset();
    lines.sort();
    return lines;
}

} // namespace

class TestMergeOrder final : public QObject {
    Q_OBJECT
private slots:
    void anyOrderSameCustomers_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 s : {1u, 2u, 3u, 4u, 5u, 6u})
            QTest::newRow(qPrintable(QString("seed %1").arg(s))) << s;
    }
    void anyOrderSameCustomers()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        // Few persons, many leads: keys collide a lot (low-cardinality domains force merges).
        QList<Person> people;
        const QStringList rids{"11010519491231002X", "34052419800101001X", "", "", ""};
        for (int i = 0; i < 6; ++i)
            people.append({i % 2 ? QString("李%1").arg(QChar(0x4E00 + i)) : QString("王%1").arg(QChar(0x4E00 + i)),
                           QString("1381234%1").arg(1000 + i * 37), rids.value(i), QString("oDY-%1").arg(i)});
        QList<QStringList> rows;
        for (int l = 0; l < 30; ++l) {
            const Person &p = people[int(rng.bounded(people.size()))];
            QStringList cells(H.size());
            int mask = 0;
            while (mask == 0)
                mask = int(rng.bounded(8));
            if (mask & 1)
                cells[1] = p.phone;
            if ((mask & 2) && !p.rid.isEmpty())
                cells[2] = p.rid;
            if (mask & 4)
                cells[3] = p.device;
            if (cells[1].isEmpty() && cells[2].isEmpty() && cells[3].isEmpty())
                cells[1] = p.phone;
            // Some leads carry no name, some the name of the person.
            cells[0] = rng.bounded(4) == 0 ? QString() : p.name;
            cells[4] =
                QDateTime(QDate(2025, 1, 1).addDays(int(rng.bounded(90))), QTime(9 + int(rng.bounded(10)), 0)).toString("yyyy-MM-dd HH:mm");
            cells[5] = QStringList{"抖音", "安居客", "中介", "小红书"}[int(rng.bounded(4))];
            rows << cells;
        }
        QStringList reference;
        for (int round = 0; round < 8; ++round) {
            QList<int> order(rows.size());
            std::iota(order.begin(), order.end(), 0);
            if (round == 1)
                std::reverse(order.begin(), order.end());
            else if (round > 1)
                std::shuffle(order.begin(), order.end(), rng);
            test::TestOffice o;
            for (int i : order) {
                const auto r = o.ingest(o.lead(H, rows[i]));
                QVERIFY(!r.contains("error"));
            }
            // Invariants: no two live customers share a hard key; redirects end at live roots.
            QCOMPARE(o.count("SELECT count(*) FROM customer c JOIN customer r ON r.id = c.root_id WHERE r.merged_into IS NOT NULL"),
                     qint64(0));
            QCOMPARE(o.count("SELECT count(*) FROM customer WHERE merged_into IS NULL AND root_id <> id"), qint64(0));
            QCOMPARE(o.count("SELECT count(*) FROM review_item"), qint64(0)); // no contradictions here
            const QStringList now = canonical(o);
            if (round == 0)
                reference = now;
            else
                QCOMPARE(now, reference);
        }
        // Same number of customers as the union-find answer computed here independently:
        // leads are one customer exactly when a chain of shared keys links them.
        QList<int> parent(rows.size());
        std::iota(parent.begin(), parent.end(), 0);
        std::function<int(int)> find = [&](int x) { return parent[x] == x ? x : parent[x] = find(parent[x]); };
        for (int a = 0; a < rows.size(); ++a)
            for (int b = a + 1; b < rows.size(); ++b)
                for (int k = 1; k <= 3; ++k) {
                    const QString ka = k == 1 ? test::TestOffice::phoneKey(rows[a][1]) : rows[a][k];
                    const QString kb = k == 1 ? test::TestOffice::phoneKey(rows[b][1]) : rows[b][k];
                    if (!ka.isEmpty() && ka == kb)
                        parent[find(a)] = find(b);
                }
        QSet<int> components;
        for (int i = 0; i < rows.size(); ++i)
            components.insert(find(i));
        QCOMPARE(reference.size(), components.size());
    }
};

QTEST_GUILESS_MAIN(TestMergeOrder)
#include "tst_mergeorder.moc"
