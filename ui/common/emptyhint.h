#pragma once

#include <QLabel>

namespace shoulou::ui {

// The message a list shows instead of nothing: what is missing and what to do about it.
class EmptyHint final : public QLabel {
    Q_OBJECT
public:
    explicit EmptyHint(QWidget *parent = nullptr);
    void setHint(const QString &headline, const QString &whatToDo);
};

} // namespace shoulou::ui
