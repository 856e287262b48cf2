#include "util/clock.h"
#include "util/logfile.h"
#include "util/logging.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace shoulou;

namespace {

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

// The desk's rotating log file: warnings and above by default, at most `keep` files of
// about `maxBytes` each.
class TestLogFile final : public QObject {
    Q_OBJECT
private slots:
    void onlyWarningsAndAboveByDefault()
    {
        QTemporaryDir dir;
        ManualClock clock(1'700'000'000'000);
        LogFile log(dir.filePath("logs/shoulou.log"), clock);
        log.write(QtDebugMsg, "shoulou.storage", "a debug line");
        log.write(QtInfoMsg, "shoulou.storage", "an info line");
        log.write(QtWarningMsg, "shoulou.storage", "a warning line");
        log.write(QtCriticalMsg, "shoulou.io", "a critical line");
        const QString text = readAll(log.path());
        QVERIFY(!text.contains("debug line"));
        QVERIFY(!text.contains("info line"));
        QVERIFY(text.contains("2023-11-14T22:13:20.000Z warning shoulou.storage: a warning line\n"));
        QVERIFY(text.contains("critical shoulou.io: a critical line"));

        LogFile verbose(dir.filePath("verbose.log"), clock, LogFile::levelFromName("info"));
        verbose.write(QtDebugMsg, "shoulou.io", "a debug line");
        verbose.write(QtInfoMsg, "shoulou.io", "an info line");
        QVERIFY(readAll(verbose.path()).contains("an info line"));
        QVERIFY(!readAll(verbose.path()).contains("a debug line"));
    }

    void rotatesAndKeepsFiveFiles()
    {
        QTemporaryDir dir;
        ManualClock clock;
        const QString path = dir.filePath("logs/shoulou.log");
        LogFile log(path, clock, QtWarningMsg, 1024, 5);
        const QString filler(100, QLatin1Char('x'));
        for (int i = 0; i < 200; ++i)
            log.write(QtWarningMsg, "shoulou.storage", QStringLiteral("line %1 %2").arg(i, 3, 10, QLatin1Char('0')).arg(filler));
        const QStringList files = QDir(dir.filePath("logs")).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{"shoulou.log", "shoulou.log.1", "shoulou.log.2", "shoulou.log.3", "shoulou.log.4"}));
        for (const QString &f : files)
            QVERIFY2(QFileInfo(dir.filePath("logs/" + f)).size() <= 1024, qPrintable(f));
        // The newest line is in the current file, older ones moved up, the oldest are gone.
        QVERIFY(readAll(path).contains("line 199"));
        QVERIFY(!readAll(path + ".1").contains("line 199"));
        QVERIFY(readAll(path + ".1").contains("line 19"));
        QVERIFY(!readAll(path + ".4").contains("line 000"));
    }

    // Installed as the message handler, it sees the modules' categories.
    void installedHandlerReceivesCategorisedMessages()
    {
        QTemporaryDir dir;
        ManualClock clock;
        LogFile log(dir.filePath("shoulou.log"), clock);
        LogFile::install(&log);
        qCWarning(lcStorage) << "migration took long";
        qCDebug(lcStorage) << "hidden";
        LogFile::install(nullptr);
        qCWarning(lcStorage) << "after uninstall";
        const QString text = readAll(log.path());
        QVERIFY(text.contains("warning shoulou.storage: migration took long"));
        QVERIFY(!text.contains("hidden"));
        QVERIFY(!text.contains("after uninstall"));
    }
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
