#pragma once

#include <QPlainTextEdit>

namespace shoulou::ui {

// The follow-up note: several lines when a call needs them, one line's height until then.
// Enter adds the follow-up (the quick path stays "type, Enter"); Shift+Enter starts a new
// line; Tab leaves the box, so the dialog's focus chain still works. The box grows with its
// text up to kMaxLines and scrolls after that, so a long note is never cut while typed.
class NoteEdit final : public QPlainTextEdit {
    Q_OBJECT
public:
    static constexpr int kMaxLines = 5;

    explicit NoteEdit(QWidget *parent = nullptr);

    QString text() const { return toPlainText(); }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void submitted();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    int heightForLines(int lines) const;
    int visibleLines() const;
};

} // namespace shoulou::ui
