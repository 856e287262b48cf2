#pragma once

#include "customer/customerlist.h"

#include <QWidget>

class QCheckBox;
class QComboBox;

namespace shoulou::ui {

class OfficeSession;

// The list's filters: consultant, status, grade, first channel, overdue follow-up.
class CustomerFilterBar final : public QWidget {
    Q_OBJECT
public:
    explicit CustomerFilterBar(OfficeSession &session, QWidget *parent = nullptr);
    customer::ListFilter filter() const;
    void clear();

signals:
    void filterChanged();

private:
    void fillChoices();

    OfficeSession &m_session;
    QComboBox *m_owner;
    QComboBox *m_status;
    QComboBox *m_grade;
    QComboBox *m_channel;
    QCheckBox *m_overdue;
};

} // namespace shoulou::ui
