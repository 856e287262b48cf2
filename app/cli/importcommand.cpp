#include "clisession.h"
#include "commands.h"

#include "io/importer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace shoulou::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ImportCommand", text);
}
} // namespace

int importCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Import a CSV or XLSX lead list into an office database. Every row becomes a "
                                   "lead of exactly one customer; rows without a valid phone, resident id or "
                                   "platform id are rejected with a reason."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("FILE"), tr("CSV (UTF-8, GB18030/GBK, UTF-16) or XLSX file"));
    p.addOption({QStringLiteral("db"), tr("Office database file (created if missing)."), QStringLiteral("DB")});
    p.addOption({QStringLiteral("channel"), tr("Channel of rows that name none (e.g. 抖音)."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("mapping"), tr("JSON file mapping columns to fields."), QStringLiteral("M.json")});
    p.addOption({QStringLiteral("sheet"), tr("XLSX sheet to read (default: the first)."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("report"), tr("Write a per-row report (row,status,customer_id,reason)."),
                 QStringLiteral("OUT.csv")});
    p.addOption({QStringLiteral("batch"), tr("Rows per transaction (default 2000)."), QStringLiteral("N")});
    if (!p.parse(args))
        return usageError(p, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return Ok;
    }
    if (p.positionalArguments().size() != 1)
        return usageError(p, tr("give exactly one FILE to import"));
    if (!p.isSet(QStringLiteral("db")))
        return usageError(p, tr("--db is required"));

    auto session = CliSession::open(p.value(QStringLiteral("db")));
    if (!session)
        return inputError(session.error().message);

    io::ImportOptions o;
    o.path = p.positionalArguments().first();
    o.sheet = p.value(QStringLiteral("sheet"));
    o.channel = p.value(QStringLiteral("channel"));
    o.mappingPath = p.value(QStringLiteral("mapping"));
    o.reportPath = p.value(QStringLiteral("report"));
    if (p.isSet(QStringLiteral("batch")))
        o.batchSize = p.value(QStringLiteral("batch")).toInt();
    int lastPercent = -1;
    QTextStream err(stderr);
    o.progress = [&](qint64 rows, qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        if (percent / 10 != lastPercent / 10) {
            lastPercent = percent;
            err << tr("… %1 rows (%2%)").arg(rows).arg(percent) << Qt::endl;
        }
    };
    io::Importer importer((*session)->applier(), (*session)->key(), (*session)->clock());
    auto r = importer.run(o);
    if (!r)
        return inputError(r.error().message);
    const io::ImportSummary &s = *r;
    const double secs = double(s.elapsedMs) / 1000.0;
    printLine(tr("Imported %1 (%2): %3 rows — %4 new customers, %5 merged into existing customers, "
                 "%6 already imported, %7 rejected; %8 pairs for review. %9 s (%10 rows/s).")
                  .arg(o.path, s.format)
                  .arg(s.rows)
                  .arg(s.created)
                  .arg(s.merged)
                  .arg(s.duplicates)
                  .arg(s.rejected)
                  .arg(s.reviews)
                  .arg(secs, 0, 'f', 2)
                  .arg(secs > 0 ? qint64(double(s.rows) / secs) : s.rows));
    if (!o.reportPath.isEmpty())
        printLine(tr("Report: %1").arg(o.reportPath));
    return Ok;
}

} // namespace shoulou::cli
