#include "taskprogressdialog.h"

#include "common/backgroundtask.h"

#include <QCloseEvent>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace shoulou::ui {

TaskProgressDialog::TaskProgressDialog(BackgroundTask &task, const QString &title, const QString &firstStep, QWidget *parent)
    : QDialog(parent)
    , m_step(new QLabel(firstStep))
    , m_bar(new QProgressBar)
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("taskProgress"));
    // A title, but no close (or other) button in the frame.
    setWindowFlags(Qt::Dialog | Qt::CustomizeWindowHint | Qt::WindowTitleHint);
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    m_step->setObjectName(QStringLiteral("step"));
    m_step->setWordWrap(true);
    m_step->setMinimumWidth(420);
    layout->addWidget(m_step);
    m_bar->setRange(0, 0); // busy until the task counts
    layout->addWidget(m_bar);
    connect(&task, &BackgroundTask::stepChanged, m_step, &QLabel::setText);
    connect(&task, &BackgroundTask::progressChanged, this, [this](qint64 done, qint64 total) {
        if (total <= 0)
            return;
        // QProgressBar counts in int: scale a large total down.
        const int scale = total > 1'000'000'000 ? 1000 : 1;
        m_bar->setRange(0, int(total / scale));
        m_bar->setValue(int(done / scale));
    });
    connect(&task, &BackgroundTask::finished, this, [this] {
        m_running = false;
        accept();
    });
}

QString TaskProgressDialog::step() const
{
    return m_step->text();
}

void TaskProgressDialog::reject()
{
    if (!m_running)
        QDialog::reject();
}

void TaskProgressDialog::closeEvent(QCloseEvent *event)
{
    if (m_running)
        event->ignore();
    else
        QDialog::closeEvent(event);
}

} // namespace shoulou::ui
