#pragma once

#include <QDialog>

namespace shoulou::ui {

// First run (or no office to reopen): create an office, open one, join the office hub with a
// new database, or try the demo office.
class WelcomeDialog final : public QDialog {
    Q_OBJECT
public:
    enum Choice { None, NewOffice, OpenOffice, JoinHub, DemoOffice };
    explicit WelcomeDialog(QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = None;
};

} // namespace shoulou::ui
