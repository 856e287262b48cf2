#pragma once

#include <QtGlobal>

class QComboBox;
class QDoubleSpinBox;

namespace shoulou::ui {

// The requirement inputs shared by the new-customer dialog and the profile editor, set up the
// same way: budget in 万元 (stored as fen), a layout to pick or type, area in m².
namespace RequirementFields {
constexpr qint64 kFenPerWan = 1'000'000; // 1 万元 = 10 000 yuan = 1 000 000 fen
void setUpBudget(QDoubleSpinBox *budget);
void setUpLayout(QComboBox *layout);
void setUpArea(QDoubleSpinBox *area);
} // namespace RequirementFields

} // namespace shoulou::ui
