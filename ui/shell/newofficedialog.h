#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace shoulou::ui {

// (Its texts keep the "NewOfficeDialog" translation context they had as a function.)
// Asks where to create an office, its name and the person creating it — the office's first
// manager: name, login and password (twice). It checks what it can before closing (every field
// filled in, the passwords alike and long enough, the file new, its folder there — created if
// missing) and keeps what was typed when creating the office fails afterwards, so a person
// corrects one field instead of typing all again.
class NewOfficeDialog final : public QDialog {
    Q_OBJECT
public:
    explicit NewOfficeDialog(QWidget *parent = nullptr);

    QString path() const;
    QString officeName() const;
    QString managerName() const;
    QString managerLogin() const;
    QString password() const;

    void accept() override;

private:
    QLineEdit *m_office;
    QLineEdit *m_manager;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLineEdit *m_file;
    QPushButton *m_browse;
};

} // namespace shoulou::ui
