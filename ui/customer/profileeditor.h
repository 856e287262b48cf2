#pragma once

#include "customer/customerdetail.h"
#include "customer/customerupdate.h"

#include <QWidget>

#include <array>
#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace shoulou::ui {

class FieldConflict;
class OfficeSession;

// The editable part of a customer: name, grade, status, owner, tags and the requirement
// (budget in 万元, layout, area, note). It knows what was loaded, so Save sends only what
// changed; problems are shown next to the field they concern. A newer version of the customer
// (another desk's change arriving through sync) updates the fields nobody is editing and never
// overwrites one being edited: that field gets a conflict marker to keep or take the new value.
class ProfileEditor final : public QWidget {
    Q_OBJECT
public:
    enum Field { Name, Grade, Status, Owner, Tags, Budget, Layout, Area, Note, FieldCount };

    explicit ProfileEditor(OfficeSession &session, QWidget *parent = nullptr);

    // Shows a customer as loaded; forgets unsaved edits and open conflicts.
    void setDetail(const customer::CustomerDetail &detail);
    // The customer as stored now, while the form may hold edits: each field the office changed
    // is updated unless the person is editing it (changed it, or it has the focus); then the
    // field keeps its text and cursor and shows the new value as a conflict. What is stored
    // becomes the base Save compares with, so saving sends the person's value for a field in
    // conflict (it wins like any later write).
    void mergeDetail(const customer::CustomerDetail &detail);
    FieldConflict *conflict(Field field) const { return m_fields[field].conflict; }
    bool hasConflicts() const;
    void clearConflicts();
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
    // How one field is read, shown and compared: stored() is its value in a detail, current()
    // what the form holds, in the same form, so the two compare.
    struct FieldAccess {
        QWidget *widget = nullptr;
        FieldConflict *conflict = nullptr;
        std::function<QVariant(const customer::CustomerDetail &)> stored;
        std::function<QVariant()> current;
        std::function<void(const customer::CustomerDetail &)> show; // signals blocked by the caller
        std::function<QString(const customer::CustomerDetail &)> text;
    };
    void setUpFields();
    bool isBeingEdited(const FieldAccess &f, const customer::CustomerDetail &base) const;
    void takeTheirs(Field field);
    QString changedWhen(qint64 ms) const;
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
    std::array<FieldAccess, FieldCount> m_fields;
    bool m_busy = false;
};

} // namespace shoulou::ui
