#pragma once

#include <QWidget>

namespace shoulou::ui {

// One screen of the desk, hosted by the main window and listed in its sidebar.
class WorkspaceView : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    // A stable name for code and tests ("today", "customers", …); the sidebar shows title().
    virtual QString viewId() const = 0;
    virtual QString title() const = 0;
    // Shown in the shell: a chance to refresh what may be stale.
    virtual void activated() {}
    // Ctrl+F while this view is shown; false if it has no search box.
    virtual bool focusSearch() { return false; }
};

} // namespace shoulou::ui
