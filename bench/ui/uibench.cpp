// shoulou-uibench: how the desk feels on a big office. Prints figures; asserts nothing.
//   shoulou-uibench --db OFFICE.db [--searches N]
// Measures (issue #3 targets in brackets):
//   start → first painted customer list            [≤ 1 s]
//   keystroke → search results shown, per keystroke [≤ 100 ms]
//   longest GUI-thread stall while scrolling the whole table, then typing searches [≤ 50 ms]
//   peak memory                                     [≤ 400 MB]
//   1 000 changed rows (a change set) applied to the open, fully loaded list [≤ 50 ms of
//   GUI-thread time] — the rows are named, not written: the office file is left as it was
//   Ctrl+End → the office's last customer shown (a reverse keyset read)
// Open the office once with shoulou-cli first if it comes from an older build: a schema
// migration happens once per upgrade and is not part of a start.
#include "../benchutil.h"
#include "common/officesession.h"
#include "customers/customerlistmodel.h"
#include "customers/customersview.h"
#include "mutation/changeset.h"
#include "shell/mainwindow.h"
#include "shell/workspace.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <ctime>

using namespace shoulou;

namespace {

// Gaps between turns of the GUI event loop: a 0 ms timer fires on every idle turn, so the
// longest gap between two firings is the longest time the GUI thread was busy (a stall).
class StallMeter final : public QObject {
public:
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_longest = 0;
        m_timer.setInterval(0);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last)
                m_longest = qMax(m_longest, now - m_last);
            m_last = now;
        });
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longestMs() const { return double(m_longest) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0, m_longest = 0;
};

class PaintWatch final : public QObject {
public:
    bool painted = false;
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (e->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(o, e);
    }
};

// CPU time of the calling (GUI) thread, in ms: what the thread itself spent, not the waits.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

void spinUntil(const std::function<bool()> &done, int timeoutMs = 120000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ShoulouBench"));
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), QStringLiteral("Office database (make one with shoulou-cli demo)."), QStringLiteral("DB")});
    p.addOption({QStringLiteral("searches"), QStringLiteral("Search texts to type."), QStringLiteral("N"), QStringLiteral("30")});
    p.process(app);
    const QString path = p.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        bench::print(QStringLiteral("usage: shoulou-uibench --db OFFICE.db"));
        return 2;
    }

    // Start → first painted customer list (the desk opened straight on Customers).
    QElapsedTimer startTimer;
    startTimer.start();
    auto session = ui::OfficeSession::open(path, SystemClock::instance());
    if (!session) {
        bench::print(session.error().message);
        return 1;
    }
    // As after the sign-in dialog: the office's (first) manager.
    for (const ui::UserInfo &u : (*session)->users())
        if (u.role == QLatin1String("manager") && !(*session)->isSignedIn())
            (*session)->setCurrentUserId(u.id);
    ui::MainWindow window(**session);
    ui::assembleWorkspace(window, **session);
    window.resize(1280, 800);
    window.showView(QStringLiteral("customers"));
    auto *view = static_cast<ui::CustomersView *>(window.view(QStringLiteral("customers")));
    PaintWatch watch;
    view->table()->viewport()->installEventFilter(&watch);
    window.show();
    spinUntil([&] { return view->model()->rowCount() > 0 && watch.painted; });
    // The paint that shows rows comes after the rows arrive; wait for that one.
    watch.painted = false;
    view->table()->viewport()->update();
    spinUntil([&] { return watch.painted; });
    const qint64 firstPaint = startTimer.elapsed();
    bench::print(QStringLiteral("start → first painted customer list: %1 ms (process start → painted: %2 ms)")
                     .arg(firstPaint)
                     .arg(sinceStart.elapsed()));
    // The office's size, counted on a connection of its own.
    {
        QElapsedTimer m;
        m.start();
        auto db = storage::Database::open(path);
        const qint64 customers = db ? (*db)->queryInt("SELECT count(*) FROM customer WHERE merged_into IS NULL") : -1;
        bench::print(QStringLiteral("office: %1 live customers (counted in %2 ms)").arg(customers).arg(m.elapsed()));
    }
    spinUntil([&] { return view->model()->total() >= 0; });
    bench::print(QStringLiteral("count shown after %1 ms: %2 customers").arg(startTimer.elapsed()).arg(view->model()->total()));

    // Scroll the whole table to its end, page after page, as fast as the pages come.
    StallMeter stalls;
    stalls.start();
    QElapsedTimer scroll;
    scroll.start();
    QScrollBar *bar = view->table()->verticalScrollBar();
    auto *model = view->model();
    while (model->canFetchMore({}) || model->isLoading()) {
        bar->setValue(bar->maximum());
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    bar->setValue(bar->maximum());
    QCoreApplication::processEvents();
    const double scrollStall = stalls.longestMs();
    bench::print(QStringLiteral("scrolled all %1 rows in %2 s; longest GUI stall %3 ms; peak memory %4 MB")
                     .arg(model->rowCount())
                     .arg(double(scroll.elapsed()) / 1000.0, 0, 'f', 1)
                     .arg(scrollStall, 0, 'f', 1)
                     .arg(bench::peakRssMb(), 0, 'f', 0));

    // A change set of 1 000 customers spread over the loaded rows (as synced changes from
    // other workstations will arrive): the rows are re-read on the reader, then updated in
    // place on the GUI thread. GUI-thread CPU time from posting to applied, and the stall.
    {
        mutation::ChangeSet changes;
        const int rows = model->rowCount();
        for (int i = 0; i < 1000; ++i) {
            const QString id = model->customerId(int(qint64(i) * rows / 1000));
            changes.add(QStringLiteral("customer"), id, mutation::ChangeSet::Op::Updated, id);
        }
        QList<double> cpu, wall, stall;
        // Odd rounds measure CPU time with the stall meter off (its 0 ms timer keeps the
        // thread spinning, which would count as work); even rounds measure the stall.
        for (int round = 0; round < 10; ++round) {
            const bool meter = round % 2 == 1;
            bool applied = false;
            auto c = QObject::connect(model, &ui::CustomerListModel::changesApplied, model, [&] { applied = true; });
            stalls.stop();
            if (meter)
                stalls.start();
            QElapsedTimer t;
            t.start();
            const double before = threadCpuMs();
            model->applyChanges(changes);
            // Blocks until an event arrives (no time slice): waiting for the reader costs the
            // GUI thread no CPU, so `used` is the work of the change set alone.
            while (!applied)
                QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
            const double used = threadCpuMs() - before;
            QCoreApplication::processEvents();
            if (meter) {
                stall << stalls.longestMs();
            } else {
                cpu << used;
                wall << double(t.nsecsElapsed()) / 1e6;
            }
            QObject::disconnect(c);
        }
        stalls.stop();
        std::sort(cpu.begin(), cpu.end());
        std::sort(wall.begin(), wall.end());
        bench::print(QStringLiteral("1000 changed rows applied to the open %1-row list: GUI-thread time %2 ms (median of 5; max %3), "
                                    "longest GUI stall %4 ms, posted → applied %5 ms; rows %6, total %7")
                         .arg(rows)
                         .arg(cpu[2], 0, 'f', 1)
                         .arg(cpu.last(), 0, 'f', 1)
                         .arg(*std::max_element(stall.begin(), stall.end()), 0, 'f', 1)
                         .arg(bench::percentile(wall, 0.5), 0, 'f', 1)
                         .arg(model->rowCount())
                         .arg(model->total()));
    }

    // Typing searches: phone fragments, names, pinyin, initials — keystroke by keystroke.
    QStringList texts;
    {
        auto db = storage::Database::open(path, {false, true});
        QRandomGenerator rng(11);
        auto &st = (*db)->prepare("SELECT c.name, c.pinyin, c.initials, p.digits FROM customer_phone p "
                                  "JOIN customer c ON c.id = p.customer_id WHERE p.rowid = ?1");
        const qint64 maxRow = (*db)->queryInt("SELECT max(rowid) FROM customer_phone");
        const int n = p.value(QStringLiteral("searches")).toInt();
        while (texts.size() < n) {
            st.bind(1, qint64(1 + rng.bounded(quint64(maxRow))));
            if (st.step()) {
                switch (texts.size() % 4) {
                case 0:
                    texts << st.text(3).right(4);
                    break;
                case 1:
                    texts << st.text(0);
                    break;
                case 2:
                    texts << st.text(1).left(8);
                    break;
                case 3:
                    texts << st.text(2);
                    break;
                }
            }
            st.reset();
        }
    }
    stalls.stop();
    stalls.start();
    QList<double> latencies;
    QLineEdit *box = view->searchBox();
    // No hits show the empty-state hint instead of the table: its paint counts as shown too.
    for (QLabel *hint : view->findChildren<QLabel *>())
        hint->installEventFilter(&watch);
    for (const QString &text : texts) {
        box->clear();
        spinUntil([&] { return !model->isLoading(); });
        for (int i = 1; i <= text.size(); ++i) {
            const QString typed = text.left(i);
            QElapsedTimer k;
            k.start();
            // A keystroke as the line edit receives it (an IME commit for Chinese characters).
            if (typed.back().unicode() < 128) {
                QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(typed.back()));
                QApplication::sendEvent(box, &press);
            } else {
                box->insert(QString(typed.back()));
            }
            watch.painted = false;
            bool shown = false;
            auto c = QObject::connect(model, &ui::CustomerListModel::resultsShown, model,
                                      [&](const QString &q) { shown = shown || q == typed; });
            spinUntil([&] { return shown && watch.painted; }, 10000);
            QObject::disconnect(c);
            latencies << double(k.nsecsElapsed()) / 1e6;
            // A fast typist: the next key comes 80 ms after this one.
            QElapsedTimer gap;
            gap.start();
            spinUntil([&] { return gap.elapsed() >= qMax<qint64>(0, 80 - k.elapsed()); }, 200);
        }
    }
    stalls.stop();
    bench::print(QStringLiteral("keystroke → results shown (%1 keystrokes over %2 searches): %3")
                     .arg(latencies.size())
                     .arg(texts.size())
                     .arg(bench::percentiles(latencies)));
    bench::print(QStringLiteral("longest GUI stall while typing searches: %1 ms").arg(stalls.longestMs(), 0, 'f', 1));
    // Ctrl+End over a list not loaded: the last customer of the office, by a reverse keyset.
    {
        box->clear();
        spinUntil([&] { return !model->isLoading(); });
        model->reload();
        spinUntil([&] { return !model->isLoading() && model->rowCount() > 0; });
        view->table()->setFocus();
        QElapsedTimer t;
        t.start();
        QKeyEvent end(QEvent::KeyPress, Qt::Key_End, Qt::ControlModifier);
        QApplication::sendEvent(view->table(), &end);
        spinUntil([&] { return model->showingEnd() && !model->isLoading() && model->rowCount() > 0; });
        bench::print(QStringLiteral("Ctrl+End → the office's last customer shown: %1 ms (%2 rows read)")
                         .arg(double(t.nsecsElapsed()) / 1e6, 0, 'f', 1)
                         .arg(model->rowCount()));
    }
    bench::print(QStringLiteral("peak memory: %1 MB").arg(bench::peakRssMb(), 0, 'f', 0));
    return 0;
}
