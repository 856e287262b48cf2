#pragma once

// The customer the detail tests open, and how they open it.
#include "customer/customerdetaildialog.h"
#include "uitestoffice.h"

#include <QtTest>

#include <memory>

namespace shoulou::test {

inline constexpr qint64 kHour = 3600 * 1000LL;

// 张三: a Douyin lead, a call two hours later, then a walk-in visit with the same phone.
inline QString seedDetailCustomer(UiTestOffice &t)
{
    auto &o = t.office();
    const QString id =
        o.ingest(o.lead({"姓名", "手机", "身份证"}, {"张三", "13812345678", "11010519491231002X"})).value("customer_id").toString();
    o.clock().setMs(o.clock().nowMs() + 2 * kHour);
    auto f = o.applier().apply("followup.add", 1, {{"customer_id", id}, {"kind", "call"}, {"note", "问了价格"}});
    if (!f)
        qWarning() << f.error().message;
    o.clock().setMs(o.clock().nowMs() + 2 * kHour);
    auto visit = o.lead({"姓名", "手机", "渠道"}, {"张三", "13812345678", "自然到访"});
    o.ingest(visit);
    return id;
}

// Shown and loaded.
inline std::unique_ptr<ui::CustomerDetailDialog> openDetail(UiTestOffice &t, const QString &id)
{
    auto d = std::make_unique<ui::CustomerDetailDialog>(t.session(), id);
    d->show();
    [&] { QTRY_VERIFY(d->isLoaded()); }();
    return d;
}

} // namespace shoulou::test
