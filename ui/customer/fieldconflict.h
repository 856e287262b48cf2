#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace shoulou::ui {

// The marker under a profile field that another desk changed while the person here was
// editing it (issue #11): "服务器上的新值：张伟（14:05 修改）" with 保留我的 / 采用新值. The field
// keeps what the person typed — text and cursor — until they choose; hidden while there is
// no conflict.
class FieldConflict final : public QWidget {
    Q_OBJECT
public:
    explicit FieldConflict(QWidget *parent = nullptr);

    // Shows the value the office now has (as a person reads it) and when it was changed
    // ("今天 14:05"; empty: not known).
    void showValue(const QString &value, const QString &when);
    void clear();
    bool isOpen() const { return m_open; }

    QLabel *label() const { return m_label; }
    QPushButton *keepButton() const { return m_keep; }
    QPushButton *takeButton() const { return m_take; }

signals:
    void keepMine();
    void takeTheirs();

private:
    QLabel *m_label;
    QPushButton *m_keep;
    QPushButton *m_take;
    bool m_open = false;
};

// The field with its error line and its conflict marker underneath, for a form row.
QWidget *withFieldConflict(QWidget *field, FieldConflict *conflict);

} // namespace shoulou::ui
