#pragma once

class QLabel;
class QString;
class QWidget;

namespace shoulou::ui {

// An input's error line: red text under the field, hidden while there is no error. Bad input
// is named where it was typed.
QLabel *fieldErrorLabel(QWidget *parent, bool wrap = true);
void setFieldError(QLabel *label, const QString &text);
// The field with its error line underneath, for a form row.
QWidget *withFieldError(QWidget *field, QLabel *error);

} // namespace shoulou::ui
