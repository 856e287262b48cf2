#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;

namespace shoulou::ui {

class BackgroundTask;

// Says what a BackgroundTask is doing (its current step, and a bar when it counts) and cannot
// be closed while it runs: no close button, Esc and the window manager's close are refused —
// closing half-way through an upgrade would leave a person wondering what state the file is in.
// It closes itself when the task finishes.
class TaskProgressDialog final : public QDialog {
    Q_OBJECT
public:
    TaskProgressDialog(BackgroundTask &task, const QString &title, const QString &firstStep, QWidget *parent = nullptr);

    QString step() const;

public slots:
    void reject() override; // Esc: refused while the task runs

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    bool m_running = true;
    QLabel *m_step;
    QProgressBar *m_bar;
};

} // namespace shoulou::ui
