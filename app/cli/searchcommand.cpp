#include "clisession.h"
#include "commands.h"

#include "customer/customersearch.h"
#include "identity/namenormalizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace shoulou::cli {

int searchCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "SearchCommand", "Search customers by phone (whole or any 4+ digits), name, pinyin, initials or resident id. "
                         "Prints one JSON line per query."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("QUERY"), QCoreApplication::translate("SearchCommand", "What to look for"),
                            QStringLiteral("QUERY..."));
    p.addOption({QStringLiteral("db"), QCoreApplication::translate("SearchCommand", "Office database file."), QStringLiteral("DB")});
    p.addOption({QStringLiteral("limit"), QCoreApplication::translate("SearchCommand", "Hits per query (default 10)."), QStringLiteral("N"),
                 QStringLiteral("10")});
    if (!p.parse(args))
        return usageError(p, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return Ok;
    }
    bool limitOk = false;
    const int limit = p.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!p.isSet(QStringLiteral("db")))
        return usageError(p, QCoreApplication::translate("SearchCommand", "--db is required"));
    if (!limitOk || limit < 1 || limit > 1000)
        return usageError(p, QCoreApplication::translate("SearchCommand", "--limit must be a number from 1 to 1000"));
    if (p.positionalArguments().isEmpty())
        return usageError(p, QCoreApplication::translate("SearchCommand", "give at least one QUERY"));

    auto session = CliSession::open(p.value(QStringLiteral("db")));
    if (!session)
        return inputError(session.error().message);
    customer::CustomerSearch search((*session)->db(), &(*session)->key());
    // Build the ICU transliterators before timing: "ms" is each query's own time.
    (void)identity::NameNormalizer::forThisThread().matchKey(QStringLiteral("张"));
    QTextStream out(stdout);
    for (const QString &q : p.positionalArguments()) {
        QElapsedTimer t;
        t.start();
        const auto hits = search.search(q, limit);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (!hits) {
            out.flush(); // the lines of the queries before keep their order ahead of the error
            return inputError(hits.error().message);
        }
        QJsonArray arr;
        for (const auto &h : *hits) {
            // "matched_by" keeps the values scripts already read ("phone" for any phone match);
            // a fragment query says how the number matched in "phone_match": "tail" or "fragment".
            const bool tail = h.matchedBy == QLatin1String("phone_tail"), fragment = h.matchedBy == QLatin1String("phone_fragment");
            QJsonObject hit{{QStringLiteral("customer_id"), h.customerId},
                            {QStringLiteral("name"), h.name},
                            {QStringLiteral("phone"), h.maskedPhone},
                            {QStringLiteral("matched_by"), tail || fragment ? QStringLiteral("phone") : h.matchedBy}};
            if (tail || fragment)
                hit.insert(QStringLiteral("phone_match"), tail ? QStringLiteral("tail") : QStringLiteral("fragment"));
            arr.append(hit);
        }
        const QJsonObject line{
            {QStringLiteral("query"), q}, {QStringLiteral("ms"), double(qRound(ms * 1000)) / 1000.0}, {QStringLiteral("hits"), arr}};
        out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
    }
    return Ok;
}

} // namespace shoulou::cli
