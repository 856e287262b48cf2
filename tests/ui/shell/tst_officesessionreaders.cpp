// The desk's own readers are read-only: a job posted to the session's reader or background
// worker cannot write, whatever SQL it runs; the writer's mutations still land.
#include "uitestoffice.h"
#include "waitforidle.h"

#include <QtTest>

using namespace shoulou;

class TstOfficeSessionReaders final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void readersCannotWriteTheWriterCan()
    {
        test::UiTestOffice t;
        auto &s = t.session();
        const qint64 users = t.office().count("SELECT count(*) FROM app_user");
        QStringList errors;
        for (worker::ReadWorker *w : {&s.reader(), &s.background()}) {
            w->run<QString>(
                this,
                [](ui::ReadContext &ctx) {
                    auto r = ctx.db.execute("UPDATE app_user SET display_name = 'x'; "
                                            "INSERT INTO meta(key, value) VALUES('hacked', '1')");
                    return r ? QString() : r.error().message;
                },
                [&errors](QString e) { errors << e; });
            QVERIFY(shoulou::test::waitForIdle(*w));
        }
        QCOMPARE(errors.size(), 2);
        for (const QString &e : errors)
            QVERIFY2(e.contains(QLatin1String("readonly")), qPrintable(e));
        QCOMPARE(t.office().count("SELECT count(*) FROM app_user WHERE display_name = 'x'"), qint64(0));
        QCOMPARE(t.office().db().meta(QStringLiteral("hacked")), QString());

        bool applied = false;
        s.apply(QStringLiteral("user.create"), 1, {{"login", "sun"}, {"display_name", "孙顾问"}, {"role", "consultant"}}, this,
                [&applied](Result<QJsonObject> r) { applied = r.ok(); });
        QVERIFY(shoulou::test::waitForIdle(s.writer()));
        QVERIFY(applied);
        QCOMPARE(t.office().count("SELECT count(*) FROM app_user"), users + 1);
    }
};

QTEST_MAIN(TstOfficeSessionReaders)
#include "tst_officesessionreaders.moc"
