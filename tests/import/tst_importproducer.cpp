#include "io/importer.h"
#include "io/tablereader.h"

#include "testoffice.h"

#include <QtTest>

#include <stdexcept>

using namespace shoulou;

namespace {

// A table whose reading throws after a few rows (a reader bug, an allocation failure).
class ThrowingReader final : public io::TableReader {
public:
    explicit ThrowingReader(int rowsBeforeThrow)
        : m_left(rowsBeforeThrow)
    {}
    QStringList header() const override { return {QStringLiteral("姓名"), QStringLiteral("手机")}; }
    bool next(io::TableRow &row) override
    {
        if (m_left-- <= 0)
            throw std::runtime_error("reader exploded");
        row = {};
        row.number = ++m_number;
        row.cells = {QStringLiteral("客户%1").arg(m_number), QStringLiteral("1390000%1").arg(m_number, 4, 10, QLatin1Char('0'))};
        row.numeric = {false, false};
        return true;
    }
    const Error *fatalError() const override { return nullptr; }
    qint64 position() const override { return m_number; }
    qint64 size() const override { return 100; }
    QString formatName() const override { return QStringLiteral("test"); }

private:
    int m_left;
    qint64 m_number = 0;
};

} // namespace

// The importer's reader thread: an exception there ends the import with an error, the rows
// before it saved — never std::terminate.
class TestImportProducer final : public QObject {
    Q_OBJECT
private slots:
    void anExceptionInTheReaderIsAnImportError()
    {
        test::TestOffice office;
        io::Importer importer(office.applier(), office.key(), office.clock());
        io::ImportOptions o;
        o.path = QStringLiteral("broken.csv");
        o.batchSize = 4;
        auto r = importer.run(o, std::make_unique<ThrowingReader>(10));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QString("producer.exception"));
        QVERIFY2(r.error().message.contains("reader exploded"), qPrintable(r.error().message));
        // Everything the writer had before the exception is there.
        QCOMPARE(office.db().queryInt("SELECT count(*) FROM customer"), qint64(10));
    }
};

QTEST_GUILESS_MAIN(TestImportProducer)
#include "tst_importproducer.moc"
