#pragma once

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QPushButton;

namespace shoulou {
class Clock;
}

namespace shoulou::ui {

class NoteEdit;

// The quick follow-up line above a customer's timeline: kind (phone call by default), note,
// when to follow up next, Add. Typing the note and pressing Enter adds it — at most three
// actions (pick kind or next time if the defaults don't fit, type, Enter); Shift+Enter starts
// another line of the note.
class FollowUpBar final : public QWidget {
    Q_OBJECT
public:
    explicit FollowUpBar(const Clock &clock, QWidget *parent = nullptr);

    // When the next follow-up is due for the chosen preset, or 0 for none.
    qint64 nextAtMs() const;
    NoteEdit *noteEdit() const { return m_note; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *nextBox() const { return m_next; }
    QDateTimeEdit *customEdit() const { return m_custom; }
    QPushButton *addButton() const { return m_add; }
    // Clears the note after a follow-up was stored; keeps kind and preset for the next one.
    void clearNote();
    void setBusy(bool busy);

signals:
    void addRequested(const QString &kind, const QString &note, qint64 nextAtMs);

private:
    void submit();
    void presetChanged();

    const Clock &m_clock;
    QComboBox *m_kind;
    NoteEdit *m_note;
    QComboBox *m_next;
    QDateTimeEdit *m_custom;
    QPushButton *m_add;
};

} // namespace shoulou::ui
