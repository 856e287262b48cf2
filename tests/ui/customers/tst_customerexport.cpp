// The export, from core: its headers are the list's (one column table), it writes the whole
// filter page by page in one snapshot, and phones leave masked.
#include "customer/customerexport.h"
#include "customers/customerexport.h"
#include "customers/customertablemodel.h"
#include "io/tablereader.h"
#include "uitestoffice.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace shoulou;

class TstCustomerExport final : public QObject {
    Q_OBJECT

    QList<io::TableRow> readBack(const QString &path, QStringList *header)
    {
        QList<io::TableRow> rows;
        auto reader = io::openTable(path);
        if (!reader)
            return rows;
        *header = (*reader)->header();
        io::TableRow row;
        while ((*reader)->next(row))
            rows << row;
        return rows;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void headersAreTheListsAndTheWholeFilterIsWrittenMasked()
    {
        test::UiTestOffice t;
        auto &o = t.office();
        QStringList phones;
        for (int i = 0; i < 11; ++i) {
            const QString phone = QStringLiteral("139%1").arg(10000000 + i * 7919, 8, 10, QLatin1Char('0'));
            phones << phone;
            const QString id = o.ingest(o.lead({"姓名", "手机"}, {QStringLiteral("客户%1").arg(i), phone})).value("customer_id").toString();
            if (i % 2 == 0) // a filter that keeps six of the eleven
                QVERIFY(o.applier().apply("customer.update", 1, {{"customer_id", id}, {"owner_id", t.consultantId}}).ok());
        }
        auto &session = t.session();
        ui::CustomerTableModel model(session);
        QStringList listHeaders;
        for (int c = 0; c < model.columnCount(); ++c)
            listHeaders << model.headerData(c, Qt::Horizontal).toString();

        QTemporaryDir dir;
        customer::ListFilter filter;
        filter.ownerId = t.consultantId;
        const QHash<QString, QString> names = session.names();
        for (const QString &file : {QStringLiteral("mine.csv"), QStringLiteral("mine.xlsx")}) {
            const QString path = dir.filePath(file);
            std::atomic<qint64> written{0};
            std::atomic<bool> cancel{false};
            auto r = customer::CustomerExport::exportFilter(
                session.path(), path, filter, customer::ListSort{},
                [&names](customer::CustomerColumn c, const customer::ListRow &row) { return ui::CustomerExport::cellText(c, row, names); },
                {&written, &cancel}, 4); // pages of 4: the file must hold more than one page
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
            QCOMPARE(*r, qint64(6));
            QCOMPARE(written.load(), qint64(6));
            QStringList header;
            const QList<io::TableRow> rows = readBack(path, &header);
            QCOMPARE(rows.size(), 6);
            QCOMPARE(header.mid(0, listHeaders.size()), listHeaders); // what the screen says, in its order
            QCOMPARE(header, ui::CustomerExport::header());
            QCOMPARE(header.size(), int(customer::CustomerColumns::exported.size()));
            QFile raw(path);
            QVERIFY(raw.open(QIODevice::ReadOnly));
            const QByteArray bytes = raw.readAll();
            for (const io::TableRow &row : rows) {
                QVERIFY2(row.cells.value(1).contains(QLatin1String("****")), qPrintable(row.cells.value(1)));
                QCOMPARE(row.cells.value(4), QStringLiteral("李顾问"));
            }
            if (file.endsWith(QLatin1String(".csv")))
                for (const QString &p : phones)
                    QVERIFY2(!bytes.contains(p.toLatin1()), qPrintable(p)); // never a whole number
        }
    }

    void cancelledExportLeavesNoFile()
    {
        test::UiTestOffice t;
        auto &o = t.office();
        o.ingest(o.lead({"姓名", "手机"}, {"张三", "13812345678"}));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("all.csv"));
        std::atomic<bool> cancel{true};
        auto r = customer::CustomerExport::exportFilter(
            o.path(), path, {}, {}, [](customer::CustomerColumn, const customer::ListRow &) { return QString(); }, {nullptr, &cancel});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("export.cancelled"));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TstCustomerExport)
#include "tst_customerexport.moc"
