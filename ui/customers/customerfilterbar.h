#pragma once

#include "customer/customerlist.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;

namespace shoulou::ui {

class OfficeSession;

// The list's filters: consultant, status, grade, first channel, overdue follow-up. They
// belong to the user at the desk: on a change of user the bar keeps the leaving user's
// choices and shows the arriving user's (none, the first time).
class CustomerFilterBar final : public QWidget {
    Q_OBJECT
public:
    explicit CustomerFilterBar(OfficeSession &session, QWidget *parent = nullptr);
    customer::ListFilter filter() const;
    void clear();

signals:
    void filterChanged();

private:
    struct Choices {
        QString owner, status, grade, channel;
        bool overdue = false;
    };
    void fillChoices();
    Choices choices() const;
    void setChoices(const Choices &c);
    void userChanged();

    OfficeSession &m_session;
    QComboBox *m_owner;
    QComboBox *m_status;
    QComboBox *m_grade;
    QComboBox *m_channel;
    QCheckBox *m_overdue;
    QString m_userId;
    QHash<QString, Choices> m_byUser;
};

} // namespace shoulou::ui
