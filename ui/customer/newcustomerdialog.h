#pragma once

#include "identity/phonenormalizer.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace shoulou::customer {
struct DeskEntry;
}

namespace shoulou::ui {

class OfficeSession;

// Ctrl+N: a person at the desk or on the phone becomes a customer. The entry goes through
// the identity path (lead.ingest), so a phone or resident id the office already knows adds a
// touch to that customer instead of a duplicate. Then the customer's detail opens.
class NewCustomerDialog final : public QDialog {
    Q_OBJECT
public:
    explicit NewCustomerDialog(OfficeSession &session, QWidget *parent = nullptr);

    // Shows the dialog (non-modal, deleted on close).
    static NewCustomerDialog *openNew(OfficeSession &session, QWidget *parent);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *residentIdEdit() const { return m_residentId; }
    QComboBox *genderBox() const { return m_gender; }
    QSpinBox *visitorsBox() const { return m_visitors; }
    QComboBox *channelBox() const { return m_channel; }
    QComboBox *heardViaBox() const { return m_heardVia; }
    QLineEdit *buildingEdit() const { return m_building; }
    QDoubleSpinBox *budgetBox() const { return m_budget; }
    QComboBox *layoutBox() const { return m_layout; }
    QDoubleSpinBox *areaBox() const { return m_area; }
    QLineEdit *remarkEdit() const { return m_remark; }
    QLabel *nameError() const { return m_nameError; }
    QLabel *phoneError() const { return m_phoneError; }
    QLabel *residentIdError() const { return m_residentIdError; }
    QLabel *formError() const { return m_formError; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *cancelButton() const { return m_cancel; }
    // The usual answers to 认知途径 (how they heard of the project); the box also takes any text.
    static QStringList heardViaChoices();

    void accept() override;

signals:
    // After the customer was stored: its id and what happened, in words.
    void customerCreated(const QString &customerId, const QString &message);

private:
    bool validate(customer::DeskEntry *entry);
    void clearErrors();
    void finished(const QString &customerId, const QString &message);

    OfficeSession &m_session;
    identity::PhoneNormalizer m_phones; // GUI thread only
    QLineEdit *m_name;
    QLabel *m_nameError;
    QLineEdit *m_phone;
    QLabel *m_phoneError;
    QLineEdit *m_residentId;
    QLabel *m_residentIdError;
    QComboBox *m_gender;
    QSpinBox *m_visitors;
    QComboBox *m_channel;
    QComboBox *m_heardVia;
    QLineEdit *m_building;
    QDoubleSpinBox *m_budget;
    QComboBox *m_layout;
    QDoubleSpinBox *m_area;
    QLineEdit *m_remark;
    QLabel *m_formError;
    QPushButton *m_create;
    QPushButton *m_cancel;
};

} // namespace shoulou::ui
