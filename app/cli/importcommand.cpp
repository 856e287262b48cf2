#include "clisession.h"
#include "commands.h"

#include "io/importer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace shoulou::cli {

int importCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QCoreApplication::translate("ImportCommand", "Import a CSV, XLSX or XLS lead list into an office database. Every row becomes a "
                                                     "lead of exactly one customer; rows without a valid phone, resident id or "
                                                     "platform id are rejected with a reason."));
    p.addHelpOption();
    addAsOption(p);
    p.addPositionalArgument(QStringLiteral("FILE"),
                            QCoreApplication::translate("ImportCommand", "CSV (UTF-8, GB18030/GBK, UTF-16), XLSX or XLS file"));
    p.addOption({QStringLiteral("db"), QCoreApplication::translate("ImportCommand", "Office database file (created if missing)."),
                 QStringLiteral("DB")});
    p.addOption({QStringLiteral("channel"), QCoreApplication::translate("ImportCommand", "Channel of rows that name none (e.g. 抖音)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("mapping"), QCoreApplication::translate("ImportCommand", "JSON file mapping columns to fields."),
                 QStringLiteral("M.json")});
    p.addOption({QStringLiteral("sheet"), QCoreApplication::translate("ImportCommand", "Workbook sheet to read (default: the first)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("report"),
                 QCoreApplication::translate("ImportCommand", "Write a per-row report (row,status,customer_id,reason)."),
                 QStringLiteral("OUT.csv")});
    p.addOption({QStringLiteral("date-order"),
                 QCoreApplication::translate("ImportCommand", "How dates like 03/04/2025 are read: dmy (day first) or mdy (month "
                                                              "first); default: decided from the file's first rows."),
                 QStringLiteral("dmy|mdy")});
    p.addOption({QStringLiteral("batch"), QCoreApplication::translate("ImportCommand", "Rows per transaction (default 40000)."),
                 QStringLiteral("N")});
    if (!p.parse(args))
        return usageError(p, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return Ok;
    }
    if (p.positionalArguments().size() != 1)
        return usageError(p, QCoreApplication::translate("ImportCommand", "give exactly one FILE to import"));
    if (!p.isSet(QStringLiteral("db")))
        return usageError(p, QCoreApplication::translate("ImportCommand", "--db is required"));

    auto session = openSession(p);
    if (!session)
        return sessionError(session.error());

    io::ImportOptions o;
    o.path = p.positionalArguments().first();
    o.sheet = p.value(QStringLiteral("sheet"));
    o.channel = p.value(QStringLiteral("channel"));
    o.mappingPath = p.value(QStringLiteral("mapping"));
    o.reportPath = p.value(QStringLiteral("report"));
    if (p.isSet(QStringLiteral("date-order"))) {
        const QString order = p.value(QStringLiteral("date-order")).toLower();
        if (order == QLatin1String("dmy"))
            o.dateOrder = io::DateOrder::DayFirst;
        else if (order == QLatin1String("mdy"))
            o.dateOrder = io::DateOrder::MonthFirst;
        else
            return usageError(p, QCoreApplication::translate("ImportCommand", "--date-order must be dmy or mdy, not \"%1\"").arg(order));
    }
    if (p.isSet(QStringLiteral("batch")))
        o.batchSize = p.value(QStringLiteral("batch")).toInt();
    int lastPercent = -1;
    QTextStream err(stderr);
    o.progress = [&](qint64 rows, qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        if (percent / 10 != lastPercent / 10) {
            lastPercent = percent;
            err << QCoreApplication::translate("ImportCommand", "… %1 rows (%2%)").arg(rows).arg(percent) << Qt::endl;
        }
    };
    io::Importer importer((*session)->applier(), (*session)->key(), (*session)->clock());
    auto r = importer.run(o);
    if (!r)
        return inputError(r.error().message);
    const io::ImportSummary &s = *r;
    const double secs = double(s.elapsedMs) / 1000.0;
    printLine(QCoreApplication::translate("ImportCommand",
                                          "Imported %1 (%2): %3 rows — %4 new customers, %5 merged into existing customers, "
                                          "%6 already imported, %7 rejected, %8 imported with a warning; %9 pairs for review. "
                                          "%10 s (%11 rows/s).")
                  .arg(o.path, s.format)
                  .arg(s.rows)
                  .arg(s.created)
                  .arg(s.merged)
                  .arg(s.duplicates)
                  .arg(s.rejected)
                  .arg(s.warned)
                  .arg(s.reviews)
                  .arg(secs, 0, 'f', 2)
                  .arg(secs > 0 ? qint64(double(s.rows) / secs) : s.rows));
    if (!o.reportPath.isEmpty())
        printLine(QCoreApplication::translate("ImportCommand", "Report: %1").arg(o.reportPath));
    return Ok;
}

} // namespace shoulou::cli
