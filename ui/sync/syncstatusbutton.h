#pragma once

#include <QToolButton>

namespace shoulou::ui {

class SyncController;

// The status bar's word on sync: online or offline (since when), changes waiting to be sent,
// the last sync ("已同步 今天 14:05") and the issues waiting to be seen. A click opens the
// sync issues panel.
class SyncStatusButton final : public QToolButton {
    Q_OBJECT
public:
    explicit SyncStatusButton(SyncController &controller, QWidget *parent = nullptr);

private:
    void refresh();

    SyncController &m_controller;
};

} // namespace shoulou::ui
