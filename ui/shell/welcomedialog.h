#pragma once

#include <QDialog>

namespace shoulou::ui {

// First run (or no office to reopen): create an office, open one, or try the demo office.
class WelcomeDialog final : public QDialog {
    Q_OBJECT
public:
    enum Choice { None, NewOffice, OpenOffice, DemoOffice };
    explicit WelcomeDialog(QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = None;
};

// Asks where to create an office, its name and the name of the person creating it (the
// office's first manager). Returns false when cancelled.
struct NewOfficeAnswers {
    QString path, officeName, managerName;
};
bool askNewOffice(QWidget *parent, NewOfficeAnswers &answers);

} // namespace shoulou::ui
