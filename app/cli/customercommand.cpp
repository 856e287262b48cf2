#include "clisession.h"
#include "commands.h"

#include "customer/customerclaim.h"
#include "customer/customerdetail.h"
#include "customer/customersearch.h"
#include "identity/customermerge.h"
#include "identity/reviewresolve.h"
#include "mutation/applier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace shoulou::cli {

namespace {

// Applies a mutation struct and prints its outcome as one line of JSON (the CLI's contract).
template <class M>
int applyAndPrint(CliSession &s, const M &mutation)
{
    auto r = s.applier().apply(mutation);
    if (!r)
        return inputError(r.error().message);
    QTextStream(stdout) << QJsonDocument(r->toJson()).toJson(QJsonDocument::Compact) << '\n';
    return Ok;
}

int listReviews(CliSession &s)
{
    customer::CustomerSearch search(s.db(), &s.key());
    auto &st = s.db().prepare("SELECT r.id, r.kind, r.detail, r.customer_a, a.name, r.customer_b, b.name FROM review_item r "
                              "JOIN customer a ON a.id = r.customer_a JOIN customer b ON b.id = r.customer_b "
                              "WHERE r.status = 'open' ORDER BY r.created_at, r.id");
    QTextStream out(stdout);
    int n = 0;
    while (st.step()) {
        const QJsonObject line{{QStringLiteral("review_id"), st.text(0)},
                               {QStringLiteral("kind"), st.text(1)},
                               {QStringLiteral("detail"), st.text(2)},
                               {QStringLiteral("a"), QJsonObject{{QStringLiteral("customer_id"), st.text(3)},
                                                                 {QStringLiteral("name"), st.text(4)},
                                                                 {QStringLiteral("phone"), search.maskedPhoneOf(st.text(3))}}},
                               {QStringLiteral("b"), QJsonObject{{QStringLiteral("customer_id"), st.text(5)},
                                                                 {QStringLiteral("name"), st.text(6)},
                                                                 {QStringLiteral("phone"), search.maskedPhoneOf(st.text(5))}}}};
        out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
        ++n;
    }
    st.reset();
    if (n == 0)
        QTextStream(stderr) << QCoreApplication::translate("CustomerCommand", "The review queue is empty.") << '\n';
    return Ok;
}

} // namespace

int customerCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "CustomerCommand", "Look at and fix customer identities:\n"
                           "  customer show ID            profile, masked identifiers, channels, touches, follow-ups, merges\n"
                           "  customer merge ID ID        merge two customers (the one seen first survives)\n"
                           "  customer unmerge ID         split a merged customer out again, with its own phones, ids and touches\n"
                           "  customer reviews            list the review queue (conflicts and suggested duplicates)\n"
                           "  customer claim ID           take an unowned customer as yours (in a synced office the hub decides\n"
                           "                              who was first at the next sync)\n"
                           "  customer release ID         give one of your customers back to the public pool\n"
                           "  customer resolve REVIEW_ID merge|keep"));
    p.addHelpOption();
    addAsOption(p);
    p.addPositionalArgument(QStringLiteral("action"),
                            QCoreApplication::translate("CustomerCommand", "show, merge, unmerge, reviews, resolve, claim or release"));
    p.addOption({QStringLiteral("db"), QCoreApplication::translate("CustomerCommand", "Office database file."), QStringLiteral("DB")});
    p.addOption({QStringLiteral("force"), QCoreApplication::translate("CustomerCommand", "merge: even when the resident ids differ.")});
    if (!p.parse(args))
        return usageError(p, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return Ok;
    }
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    const QMap<QString, int> arity{{QStringLiteral("show"), 2},    {QStringLiteral("merge"), 3},   {QStringLiteral("unmerge"), 2},
                                   {QStringLiteral("reviews"), 1}, {QStringLiteral("resolve"), 3}, {QStringLiteral("claim"), 2},
                                   {QStringLiteral("release"), 2}};
    if (!arity.contains(action))
        return usageError(p, QCoreApplication::translate("CustomerCommand", "unknown action \"%1\"").arg(action));
    if (pos.size() != arity.value(action))
        return usageError(p, QCoreApplication::translate("CustomerCommand", "wrong number of arguments for \"%1\"").arg(action));
    if (!p.isSet(QStringLiteral("db")))
        return usageError(p, QCoreApplication::translate("CustomerCommand", "--db is required"));
    if (action == QLatin1String("resolve") && pos[2] != QLatin1String("merge") && pos[2] != QLatin1String("keep"))
        return usageError(p, QCoreApplication::translate("CustomerCommand", "resolve takes \"merge\" or \"keep\""));

    auto session = openSession(p);
    if (!session)
        return sessionError(session.error());
    CliSession &s = **session;
    if (action == QLatin1String("show")) {
        auto d = customer::CustomerDetail::load(s.db(), pos[1]);
        if (!d)
            return inputError(d.error().message);
        QTextStream(stdout) << QJsonDocument(d->toJson()).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (action == QLatin1String("merge")) {
        identity::CustomerMerge merge;
        merge.a = pos[1];
        merge.b = pos[2];
        merge.force = p.isSet(QStringLiteral("force"));
        return applyAndPrint(s, merge);
    }
    if (action == QLatin1String("unmerge"))
        return applyAndPrint(s, identity::CustomerUnmerge{pos[1]});
    if (action == QLatin1String("reviews"))
        return listReviews(s);
    if (action == QLatin1String("claim"))
        return applyAndPrint(s, customer::CustomerClaim{pos[1]});
    if (action == QLatin1String("release"))
        return applyAndPrint(s, customer::CustomerRelease{pos[1]});
    return applyAndPrint(s, identity::ReviewResolve{pos[1], pos[2] == QLatin1String("merge")
                                                                ? identity::ReviewResolve::Decision::Merge
                                                                : identity::ReviewResolve::Decision::KeepSeparate});
}

} // namespace shoulou::cli
