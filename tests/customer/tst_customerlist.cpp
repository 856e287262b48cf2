// Keyset paging of the customer list: for every sort column, both directions and several
// filters, reading page by page yields exactly the order computed independently from all rows.
#include "customer/customerlist.h"
#include "customer/todaylist.h"
#include "testoffice.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace shoulou;

namespace {

struct Truth {
    QString id, pinyin, grade, status, owner, ownerName, channel;
    qint64 channelOrder = 0, last = 0, next = 0, ownerSince = 0;
};

} // namespace

class TstCustomerList : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void pagingMatchesIndependentOrder_data();
    void pagingMatchesIndependentOrder();
    void countAndRowsHonourFilters();
    void statementCacheIgnoresTheLimit();
    void liveRowsLeaveMergedOut();
    void readErrorsAreErrorsNotEmptyLists();
    void todayQueries();

private:
    QList<Truth> truth(test::TestOffice &o);
    std::unique_ptr<test::TestOffice> m_office;
    QStringList m_users;
};

void TstCustomerList::initTestCase()
{
    m_office = std::make_unique<test::TestOffice>();
    auto &o = *m_office;
    for (const char *name : {"王芳", "李强", "赵敏"}) {
        auto r = o.applier().apply(QStringLiteral("user.create"), 1,
                                   {{"login", QString::fromUtf8(name)}, {"display_name", QString::fromUtf8(name)}, {"role", "consultant"}});
        QVERIFY(r.ok());
        m_users << r->value(QStringLiteral("user_id")).toString();
    }
    const QStringList surnames{"张", "李", "王", "刘", "陈", "杨", "黄", "周"};
    const QStringList given{"伟", "芳", "娜", "敏", "静", "磊", "洋", "艳"};
    const QStringList channels{"抖音", "小红书", "安居客", "自然到访", "分销机构"};
    QRandomGenerator rng(7);
    const QStringList header{"姓名", "手机", "渠道"};
    for (int i = 0; i < 90; ++i) {
        // Several customers share a name: ties on the sort column must break by id.
        const QString name = surnames[int(rng.bounded(surnames.size()))] + given[int(rng.bounded(given.size()))];
        const QString phone = QStringLiteral("139%1").arg(10000000 + i * 7919, 8, 10, QLatin1Char('0'));
        o.clock().advanceMs(1000);
        const auto res = o.ingest(o.lead(header, {name, phone, channels[int(rng.bounded(channels.size()))]}));
        const QString id = res.value(QStringLiteral("customer_id")).toString();
        QVERIFY(!id.isEmpty());
        QJsonObject upd{{"customer_id", id}};
        if (rng.bounded(4) != 0)
            upd.insert("grade", QStringList{"A", "B", "C", "D"}[int(rng.bounded(4))]);
        if (rng.bounded(3) != 0)
            upd.insert("owner_id", m_users[int(rng.bounded(m_users.size()))]);
        if (rng.bounded(5) == 0)
            upd.insert("status", QStringLiteral("visited"));
        if (i == 45) // exactly one subscribed customer, with a follow-up
            upd.insert("status", QStringLiteral("subscribed"));
        QVERIFY(o.applier().apply(QStringLiteral("customer.update"), 1, upd).ok());
        if (rng.bounded(2) == 0) {
            const qint64 at = o.clock().nowMs() - qint64(rng.bounded(10)) * 3600000;
            QJsonObject fu{{"customer_id", id}, {"kind", "call"}, {"note", "x"}, {"occurred_at", at}};
            if (rng.bounded(3) != 0) // equal next times on purpose: ties again
                fu.insert("next_at", at + qint64(1 + rng.bounded(5)) * 86400000);
            QVERIFY(o.applier().apply(QStringLiteral("followup.add"), 1, fu).ok());
        }
    }
}

QList<Truth> TstCustomerList::truth(test::TestOffice &o)
{
    QList<Truth> out;
    auto &st = o.db().prepare(
        "SELECT c.id, c.pinyin, coalesce(c.grade, ''), c.status, coalesce(c.owner_id, ''), coalesce(u.display_name, ''), "
        "coalesce(c.first_channel_id, ''), coalesce(ch.created_at, 0), coalesce(c.last_follow_up_at, 0), "
        "coalesce(c.next_follow_up_at, 0), coalesce(c.owner_since, 0) FROM customer c LEFT JOIN app_user u ON u.id = c.owner_id "
        "LEFT JOIN channel ch ON ch.id = c.first_channel_id WHERE c.merged_into IS NULL");
    while (st.step())
        out << Truth{st.text(0), st.text(1),  st.text(2),  st.text(3),  st.text(4),  st.text(5),
                     st.text(6), st.int64(7), st.int64(8), st.int64(9), st.int64(10)};
    st.reset();
    return out;
}

void TstCustomerList::pagingMatchesIndependentOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("filterKind");
    const QList<QPair<const char *, customer::ListColumn>> cols{{"name", customer::ListColumn::Name},
                                                                {"grade", customer::ListColumn::Grade},
                                                                {"status", customer::ListColumn::Status},
                                                                {"owner", customer::ListColumn::Owner},
                                                                {"channel", customer::ListColumn::FirstChannel},
                                                                {"last", customer::ListColumn::LastFollowUp},
                                                                {"next", customer::ListColumn::NextFollowUp},
                                                                {"registered", customer::ListColumn::Registered}};
    for (const auto &[name, col] : cols)
        for (bool desc : {false, true})
            for (const char *f : {"none", "owner", "grade", "unowned", "overdue", "rare"})
                QTest::addRow("%s-%s-%s", name, desc ? "desc" : "asc", f) << int(col) << desc << QString::fromLatin1(f);
}

void TstCustomerList::pagingMatchesIndependentOrder()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    QFETCH(QString, filterKind);
    auto &o = *m_office;
    customer::ListFilter filter;
    if (filterKind == QLatin1String("owner"))
        filter.ownerId = m_users[1];
    else if (filterKind == QLatin1String("grade"))
        filter.grade = QStringLiteral("B");
    else if (filterKind == QLatin1String("unowned"))
        filter.ownerId = customer::ListFilter::kUnowned;
    else if (filterKind == QLatin1String("rare")) // under 2 %: the list sorts the filtered rows
        filter.status = QStringLiteral("subscribed");
    else if (filterKind == QLatin1String("overdue")) {
        filter.overdueOnly = true;
        filter.nowMs = o.clock().nowMs() + 3 * 86400000LL;
    }
    const auto col = customer::ListColumn(column);

    // The expected order, computed from all rows with plain C++.
    QList<Truth> rows = truth(o);
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [&](const Truth &t) {
                                  if (filter.ownerId == customer::ListFilter::kUnowned)
                                      return !t.owner.isEmpty();
                                  if (!filter.ownerId.isEmpty() && t.owner != filter.ownerId)
                                      return true;
                                  if (!filter.grade.isEmpty() && t.grade != filter.grade)
                                      return true;
                                  if (!filter.status.isEmpty() && t.status != filter.status)
                                      return true;
                                  return filter.overdueOnly && !(t.next != 0 && t.next < filter.nowMs);
                              }),
               rows.end());
    const QStringList statusOrder{"new", "following", "visited", "subscribed", "contracted", "pool", "invalid"};
    // (empty-last flag, primary key, id): empties always last; direction applies to the rest.
    auto key = [&](const Truth &t) -> std::tuple<int, QString, qint64> {
        switch (col) {
        case customer::ListColumn::Name:
            return {0, t.pinyin, 0};
        case customer::ListColumn::Grade:
            return {t.grade.isEmpty(), t.grade, 0};
        case customer::ListColumn::Status:
            return {0, QString(), statusOrder.indexOf(t.status)};
        case customer::ListColumn::Owner:
            return {t.owner.isEmpty(), t.ownerName + QLatin1Char('\x01') + t.owner, 0};
        case customer::ListColumn::FirstChannel:
            return {t.channel.isEmpty(), QString::number(t.channelOrder).rightJustified(15, QLatin1Char('0')) + t.channel, 0};
        case customer::ListColumn::LastFollowUp:
            return {t.last == 0, QString(), t.last};
        case customer::ListColumn::NextFollowUp:
            return {t.next == 0, QString(), t.next};
        default:
            return {0, QString(), 0};
        }
    };
    std::sort(rows.begin(), rows.end(), [&](const Truth &a, const Truth &b) {
        const auto ka = key(a), kb = key(b);
        if (std::get<0>(ka) != std::get<0>(kb))
            return std::get<0>(ka) < std::get<0>(kb);
        const auto pa = std::make_tuple(std::get<1>(ka), std::get<2>(ka), a.id);
        const auto pb = std::make_tuple(std::get<1>(kb), std::get<2>(kb), b.id);
        return descending ? pb < pa : pa < pb;
    });
    QStringList expected;
    for (const Truth &t : rows)
        expected << t.id;

    customer::CustomerList list(o.db());
    customer::ListSort sort{col, descending};
    customer::ListCursor cursor;
    QStringList got;
    int pages = 0;
    while (!cursor.done && pages < 1000) {
        const auto page = list.page(filter, sort, cursor, 7).value();
        QVERIFY(page.size() <= 7);
        for (const auto &r : page)
            got << r.id;
        ++pages;
    }
    QVERIFY(expected.size() > 0);
    QCOMPARE(got, expected);
    QCOMPARE(list.count(filter).value(), qint64(expected.size()));

    // From the other end (Ctrl+End): a reverse keyset walk gives exactly the reverse order.
    customer::ListCursor back;
    back.reverse = true;
    QStringList reversed;
    pages = 0;
    while (!back.done && pages < 1000) {
        const auto page = list.page(filter, sort, back, 7).value();
        for (const auto &r : page)
            reversed.prepend(r.id);
        ++pages;
    }
    QCOMPARE(reversed, expected);

    // Where a new row goes: the row before each one (a sample, to keep the test quick).
    for (int i = 0; i < expected.size(); i += 3)
        QCOMPARE(list.previousId(filter, sort, expected[i]).value(), i == 0 ? QString() : expected[i - 1]);
}

// The page size is bound, not spliced into the SQL: one cached statement whatever the limit.
void TstCustomerList::statementCacheIgnoresTheLimit()
{
    customer::CustomerList list(m_office->db());
    customer::ListCursor first;
    QVERIFY(list.page({}, {}, first, 3).ok());
    const int cached = list.cachedStatements();
    for (int limit = 4; limit < 40; ++limit) {
        customer::ListCursor c;
        QVERIFY(list.page({}, {}, c, limit).ok());
    }
    QCOMPARE(list.cachedStatements(), cached);
    customer::TodayList today(m_office->db());
    for (int limit = 1; limit < 20; ++limit)
        QVERIFY(today.dueFollowUps(m_users[0], m_office->clock().nowMs(), limit).ok());
    QCOMPARE(today.cachedStatements(), 1);
}

void TstCustomerList::liveRowsLeaveMergedOut()
{
    auto &o = *m_office;
    customer::CustomerList list(o.db());
    const QString a = o.db().queryText("SELECT id FROM customer WHERE merged_into IS NULL ORDER BY id LIMIT 1");
    const QString b = o.db().queryText("SELECT id FROM customer WHERE merged_into IS NULL ORDER BY id DESC LIMIT 1");
    QCOMPARE(list.liveRows({a, b, "nobody"}).value().size(), 2);
    auto m = o.applier().apply("customer.merge", 1, {{"a", a}, {"b", b}, {"force", true}});
    QVERIFY(m.ok());
    const auto rows = list.liveRows({a, b}).value();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].id, m->value("survivor_id").toString());
    QVERIFY(o.applier().apply("customer.unmerge", 1, {{"customer_id", m->value("merged_id").toString()}}).ok());
    QCOMPARE(list.liveRows({a, b}).value().size(), 2);
}

void TstCustomerList::countAndRowsHonourFilters()
{
    auto &o = *m_office;
    customer::CustomerList list(o.db());
    const qint64 all = list.count({}).value();
    QCOMPARE(all, o.count("SELECT count(*) FROM customer WHERE merged_into IS NULL"));
    customer::ListFilter f;
    f.ownerId = m_users[0];
    QCOMPARE(list.count(f).value(),
             o.db().queryInt("SELECT count(*) FROM customer WHERE merged_into IS NULL AND owner_id = ?1", m_users[0]));
    // rows(): redirects are followed and the filter applies.
    const QString some = o.db().queryText("SELECT id FROM customer WHERE owner_id = ?1 LIMIT 1", m_users[0]);
    const QString other = o.db().queryText("SELECT id FROM customer WHERE owner_id IS NULL LIMIT 1");
    const auto rows = list.rows({some, other}, f).value();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].id, some);
    QVERIFY(rows[0].maskedPhone.contains(QLatin1String("****")));
}

void TstCustomerList::todayQueries()
{
    auto &o = *m_office;
    customer::TodayList list(o.db());
    const qint64 before = o.clock().nowMs() + 2 * 86400000LL;
    const auto due = list.dueFollowUps(m_users[2], before, 1000).value();
    QCOMPARE(qint64(due.size()), list.countDue(m_users[2], before).value());
    auto &st = o.db().prepare("SELECT count(*) FROM customer WHERE merged_into IS NULL AND owner_id = ?1 AND next_follow_up_at < ?2");
    st.bind(1, m_users[2]).bind(2, before);
    QVERIFY(st.step());
    const qint64 expected = st.int64(0);
    st.reset();
    QVERIFY(expected > 0);
    QCOMPARE(qint64(due.size()), expected);
    for (int i = 1; i < due.size(); ++i)
        QVERIFY(due[i - 1].nextFollowUpAt <= due[i].nextFollowUpAt);
    for (const auto &r : due) {
        QCOMPARE(r.ownerId, m_users[2]);
        QVERIFY(r.nextFollowUpAt < before);
    }
    // Assignment: owner_since is set when the owner changes, and only then.
    const QString id = o.db().queryText("SELECT id FROM customer WHERE owner_id IS NULL AND merged_into IS NULL LIMIT 1");
    o.clock().advanceMs(60000);
    const qint64 t = o.clock().nowMs();
    QVERIFY(o.applier().apply(QStringLiteral("customer.update"), 1, {{"customer_id", id}, {"owner_id", m_users[0]}}).ok());
    auto recent = list.recentlyAssigned(m_users[0], t, 10).value();
    QCOMPARE(recent.size(), 1);
    QCOMPARE(recent[0].id, id);
    o.clock().advanceMs(60000);
    QVERIFY(o.applier().apply(QStringLiteral("customer.update"), 1, {{"customer_id", id}, {"owner_id", m_users[0]}, {"grade", "A"}}).ok());
    QCOMPARE(o.db().queryInt("SELECT owner_since FROM customer WHERE id = ?1", id), t);
    QCOMPARE(list.recentlyAssigned(m_users[1], t, 10).value().size(), 0);
}

QTEST_GUILESS_MAIN(TstCustomerList)
// A damaged office (a table the list reads is gone): every read says so, none answers "no
// customers". Both under statements cached while the table existed and freshly prepared ones.
void TstCustomerList::readErrorsAreErrorsNotEmptyLists()
{
    test::TestOffice o;
    o.ingest(o.lead({"姓名", "手机"}, {"张三", "13812345678"}));
    customer::CustomerList cached(o.db());
    customer::ListCursor first;
    QCOMPARE(cached.page({}, {}, first, 10).value().size(), 1);
    QVERIFY(o.db().execute("ALTER TABLE customer_phone RENAME TO customer_phone_gone").ok());
    auto check = [](const auto &r, const char *what) {
        QVERIFY2(!r.ok(), what);
        QCOMPARE(r.error().code, QString("storage.read"));
        QVERIFY2(r.error().message.contains("customer_phone"), qPrintable(r.error().message));
    };
    customer::ListCursor again;
    check(cached.page({}, {}, again, 10), "page, cached statement");
    customer::CustomerList fresh(o.db());
    for (auto column : {customer::ListColumn::Registered, customer::ListColumn::Name, customer::ListColumn::Owner}) {
        customer::ListCursor c;
        check(fresh.page({}, {column, true}, c, 10), "page");
    }
    const QString id = o.db().queryText("SELECT id FROM customer LIMIT 1");
    check(fresh.rows({id}, {}), "rows");
    check(fresh.liveRows({id}), "liveRows");
    customer::TodayList today(o.db());
    check(today.dueFollowUps({}, o.clock().nowMs(), 10), "dueFollowUps");
    check(today.dueBetween({}, 0, o.clock().nowMs(), 10, true), "dueBetween");
    check(today.recentlyAssigned({}, 0, 10), "recentlyAssigned");
    check(fresh.previousId({}, {}, id), "previousId"); // where a new row would go
    // The counts read only customer: a missing customer table fails them.
    QVERIFY(o.db().execute("ALTER TABLE customer RENAME TO customer_gone").ok());
    QVERIFY(!fresh.count({}).ok());
    QVERIFY(!today.countDue({}, o.clock().nowMs()).ok());
    QCOMPARE(today.countDue({}, o.clock().nowMs()).error().code, QString("storage.read"));
    QCOMPARE(fresh.previousId({}, {}, id).error().code, QString("storage.read"));
}

#include "tst_customerlist.moc"
