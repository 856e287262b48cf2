#include "requirementfields.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>

namespace shoulou::ui::RequirementFields {

void setUpBudget(QDoubleSpinBox *budget)
{
    budget->setRange(0, 100000);
    budget->setDecimals(1);
    budget->setSingleStep(10);
    budget->setSuffix(QCoreApplication::translate("RequirementFields", " 10k yuan"));
    budget->setSpecialValueText(QCoreApplication::translate("RequirementFields", "Not given"));
    budget->setAccessibleName(QCoreApplication::translate("RequirementFields", "Budget"));
}

void setUpLayout(QComboBox *layout)
{
    layout->setEditable(true);
    layout->addItem(QString());
    layout->addItems({QCoreApplication::translate("RequirementFields", "1 bedroom"),
                      QCoreApplication::translate("RequirementFields", "2 bedrooms, 1 living room"),
                      QCoreApplication::translate("RequirementFields", "2 bedrooms, 2 living rooms"),
                      QCoreApplication::translate("RequirementFields", "3 bedrooms, 1 living room"),
                      QCoreApplication::translate("RequirementFields", "3 bedrooms, 2 living rooms"),
                      QCoreApplication::translate("RequirementFields", "4 bedrooms, 2 living rooms"),
                      QCoreApplication::translate("RequirementFields", "5 bedrooms or more"),
                      QCoreApplication::translate("RequirementFields", "Villa")});
    layout->setAccessibleName(QCoreApplication::translate("RequirementFields", "Layout"));
}

void setUpArea(QDoubleSpinBox *area)
{
    area->setRange(0, 10000);
    area->setDecimals(0);
    area->setSingleStep(10);
    area->setSuffix(QCoreApplication::translate("RequirementFields", " m²"));
    area->setSpecialValueText(QCoreApplication::translate("RequirementFields", "Not given"));
    area->setAccessibleName(QCoreApplication::translate("RequirementFields", "Area"));
}

} // namespace shoulou::ui::RequirementFields
