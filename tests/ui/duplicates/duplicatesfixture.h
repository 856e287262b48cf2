#pragma once

// The office the duplicates screen's tests review, and how they drive its dialogs.
#include "uitestoffice.h"
#include "waitforidle.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QtTest>

namespace shoulou::test {

inline const QStringList H{"姓名", "手机", "身份证号", "open_id", "留资时间", "渠道"};

// An office with two open review items: a soft match (周八, phones one digit apart) raised
// first, and a resident-id conflict (陈七, one phone, two ids) raised a minute later.
struct Office {
    UiTestOffice ui;
    QString softA, softB, conflictA, conflictB;

    Office()
    {
        auto &o = ui.office();
        softA = o.ingest(o.lead(H, {"周八", "13812345678", "", "", "2025-03-01 10:00", "抖音"}))["customer_id"].toString();
        softB = o.ingest(o.lead(H, {"周八", "13812345679", "", "", "2025-03-02 10:00", "安居客"}))["customer_id"].toString();
        o.clock().advanceMs(60'000);
        conflictA = o.ingest(o.lead(H, {"陈七", "13512345678", "11010519491231002X", "", "2025-03-01", ""}))["customer_id"].toString();
        conflictB = o.ingest(o.lead(H, {"陈七", "13512345678", "34052419800101001X", "", "2025-03-02", ""}))["customer_id"].toString();
        o.clock().advanceMs(60'000);
    }
    qint64 count(const char *sql) { return ui.office().count(sql); }
    QString text(const char *sql, const QString &arg = {}) { return ui.office().db().queryText(sql, arg); }
};

template <typename T>
inline T *child(QWidget &w, const char *name)
{
    auto *c = w.findChild<T *>(QString::fromLatin1(name));
    if (!c)
        qFatal("no child %s", name);
    return c;
}

inline void settle(ui::OfficeSession &s)
{
    // Mutation, then the directory reload and the views' reads it triggers.
    for (int i = 0; i < 3; ++i) {
        QVERIFY(waitForIdle(s.writer()));
        QVERIFY(waitForIdle(s.background()));
        QVERIFY(waitForIdle(s.reader()));
    }
}

// Answers the next confirmation dialog (opened window-modal, without an event loop of its
// own) and reports that it did.
inline void answerConfirmation(bool accept, bool *answered, QString *text = nullptr)
{
    QTimer::singleShot(0, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("duplicatesConfirm"))
            return;
        if (text)
            *text = box->text();
        *answered = true;
        if (accept)
            box->findChild<QPushButton *>(QStringLiteral("confirmAccept"))->click();
        else
            box->reject();
    });
}

} // namespace shoulou::test
