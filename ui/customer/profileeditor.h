#pragma once

#include "customer/customerdetail.h"
#include "customer/customerupdate.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace shoulou::ui {

class OfficeSession;

// The editable part of a customer: name, grade, status, owner, tags and the requirement
// (budget in 万元, layout, area, note). It knows what was loaded, so Save sends only what
// changed; problems are shown next to the field they concern.
class ProfileEditor final : public QWidget {
    Q_OBJECT
public:
    explicit ProfileEditor(OfficeSession &session, QWidget *parent = nullptr);

    // Shows a customer as loaded; forgets unsaved edits.
    void setDetail(const customer::CustomerDetail &detail);
    // The customer.update for what changed (isEmpty() when nothing did). Checks the input
    // first: false with the problems shown when it is wrong.
    bool changes(customer::CustomerUpdate *out);
    bool isDirty() const;
    // A problem the write path reported: shown next to the field it names, else below the form.
    void showError(const QString &message);
    void setBusy(bool busy);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *gradeBox() const { return m_grade; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *ownerBox() const { return m_owner; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QDoubleSpinBox *budgetBox() const { return m_budget; }
    QComboBox *layoutBox() const { return m_layout; }
    QDoubleSpinBox *areaBox() const { return m_area; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *nameError() const { return m_nameError; }
    QLabel *formError() const { return m_formError; }

signals:
    void saveRequested();

private:
    customer::Requirement currentRequirement() const;
    QStringList currentTags() const;
    QString tagError(const QStringList &tags) const;
    void clearErrors();
    void recheck();
    void updateSaveEnabled();

    OfficeSession &m_session;
    customer::CustomerDetail m_loaded;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QComboBox *m_grade;
    QComboBox *m_status;
    QComboBox *m_owner;
    QLineEdit *m_tags;
    QLabel *m_tagsError;
    QDoubleSpinBox *m_budget;
    QComboBox *m_layout;
    QDoubleSpinBox *m_area;
    QLabel *m_areaError;
    QLineEdit *m_note;
    QLabel *m_formError;
    QPushButton *m_save;
    bool m_busy = false;
};

} // namespace shoulou::ui
