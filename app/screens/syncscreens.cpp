#include "syncscreens.h"

#include "common/officesession.h"
#include "customer/customerdetaildialog.h"
#include "customer/followupadd.h"
#include "customer/profileeditor.h"
#include "mutation/applier.h"
#include "shell/mainwindow.h"
#include "storage/database.h"
#include "sync/enrolldialog.h"
#include "sync/synccontroller.h"
#include "sync/syncissuesdialog.h"
#include "util/clock.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableView>

#include <memory>

namespace shoulou::screens {

namespace {

bool waitFor(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return done();
}

} // namespace

void shootConflict(ui::OfficeSession &session, ui::MainWindow &window, const QString &customerId, const Camera &camera)
{
    ui::CustomerDetailDialog *dialog = ui::CustomerDetailDialog::openFor(session, customerId, &window);
    camera.settle(1000);
    dialog->activateWindow();
    QLineEdit *name = dialog->profile()->nameEdit();
    name->setFocus();
    name->selectAll();
    // Typed as the input method delivers Chinese.
    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("张伟强"));
    QCoreApplication::sendEvent(name, &commit);
    camera.settle(300);

    // The other desk (a connection of its own, as the sync thread has) renames the customer
    // and grades them; the desk hears of it as it hears of every pulled page.
    auto db = storage::Database::open(session.path());
    if (!db) {
        qWarning("%s", qPrintable(db.error().message));
        return;
    }
    mutation::Applier other(**db, session.clock(), &session.key(), session.currentUserId());
    if (auto r = other.recordChanges(); !r)
        return;
    auto r = other.apply(QStringLiteral("customer.update"), 2,
                         {{QStringLiteral("customer_id"), dialog->customerId()},
                          {QStringLiteral("name"), QStringLiteral("张伟")},
                          {QStringLiteral("grade"), QStringLiteral("A")}});
    if (!r) {
        qWarning("%s", qPrintable(r.error().message));
        return;
    }
    session.notifyRemoteChanges(other.takeChanges());
    camera.settle(1000);
    camera.shoot(QStringLiteral("customer-conflict"));
    dialog->profile()->setDetail(dialog->detail()); // leave nothing unsaved behind
    dialog->close();
}

void shootSync(ui::OfficeSession &session, ui::MainWindow &window, std::unique_ptr<ui::SyncController> &sync, const HubAccess &hub,
               const QString &revokedUserId, const QString &customerId, const Camera &camera)
{
    auto *enroll = new ui::EnrollDialog(session.path(), &session.key(), session.clock(), &window);
    enroll->setAttribute(Qt::WA_DeleteOnClose);
    enroll->findChild<QLineEdit *>(QStringLiteral("hubAddress"))->setText(hub.url);
    enroll->findChild<QLineEdit *>(QStringLiteral("officeCode"))->setText(hub.officeCode);
    enroll->findChild<QLineEdit *>(QStringLiteral("login"))->setText(hub.login);
    enroll->findChild<QLineEdit *>(QStringLiteral("password"))->setText(hub.password);
    enroll->show();
    bool shown = false;
    QObject::connect(enroll, &ui::EnrollDialog::fingerprintShown, enroll, [&shown] { shown = true; });
    enroll->fetchFingerprint();
    if (!waitFor([&] { return shown; }, 20000)) {
        qWarning("the hub's fingerprint did not arrive");
        return;
    }
    enroll->findChild<QCheckBox *>(QStringLiteral("fingerprintMatches"))->setChecked(true);
    camera.settle(300);
    camera.shoot(QStringLiteral("enroll"));
    bool accepted = false, failed = false;
    QObject::connect(enroll, &QDialog::accepted, &window, [&accepted] { accepted = true; });
    QObject::connect(enroll, &ui::EnrollDialog::failed, &window, [&failed](const QString &m) {
        qWarning("enrolment: %s", qPrintable(m));
        failed = true;
    });
    enroll->enroll();
    if (!waitFor([&] { return accepted || failed; }, 120000) || !accepted)
        return;

    // As the desk does after enrolling: undos kept from now on, then the background sync.
    bool capturing = false;
    session.writer().run<bool>(
        &window,
        [](ui::WriteContext &ctx) {
            ctx.applier.setCaptureUndo(true);
            return true;
        },
        [&capturing](bool) { capturing = true; });
    waitFor([&] { return capturing; });
    auto started = ui::SyncController::start(session);
    if (!started) {
        qWarning("%s", qPrintable(started.error().message));
        return;
    }
    sync = std::move(started).value();
    window.attachSync(sync.get());
    auto inStep = [&] { return sync->status().contacted && sync->status().online && sync->status().pending == 0 && !sync->isSyncing(); };
    if (!waitFor(inStep, 180000))
        qWarning("sync did not reach the hub's head: %s", qPrintable(sync->status().problem));
    camera.settle(600);
    camera.shoot(QStringLiteral("sync-status"));

    // The hub revokes a consultant before their follow-up arrives: refused, kept as an issue.
    QProcess revoke;
    revoke.start(hub.hubBinary, {QStringLiteral("user"), QStringLiteral("revoke"), QStringLiteral("--data"), hub.hubData,
                                 QStringLiteral("--office"), hub.officeCode, QStringLiteral("--login"), hub.revokedLogin});
    revoke.waitForFinished(30000);
    if (revoke.exitCode() != 0)
        qWarning("revoke: %s", revoke.readAllStandardError().constData());
    const QString manager = session.currentUserId();
    session.setCurrentUserId(revokedUserId);
    customer::FollowUpAdd followUp;
    followUp.customerId = customerId;
    followUp.kind = QStringLiteral("call");
    followUp.note = QStringLiteral("回访：客户周末带家人来看样板间");
    followUp.consultantId = revokedUserId;
    bool applied = false;
    session.apply(followUp, &window, [&applied](Result<customer::FollowUpAdd::Outcome>) { applied = true; });
    waitFor([&] { return applied; });
    session.setCurrentUserId(manager);
    sync->syncNow();
    waitFor([&] { return sync->status().issues > 0 && !sync->isSyncing(); }, 60000);
    window.openSyncIssues();
    camera.settle(1000);
    if (auto *issues = window.findChild<ui::SyncIssuesDialog *>())
        if (issues->table())
            issues->table()->selectRow(0);
    camera.settle(300);
    camera.shoot(QStringLiteral("sync-issues"));
    for (QWidget *w : QApplication::topLevelWidgets())
        if (qobject_cast<QDialog *>(w) && w->isVisible())
            w->close();
}

} // namespace shoulou::screens
