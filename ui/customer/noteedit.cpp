#include "noteedit.h"

#include <QKeyEvent>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace shoulou::ui {

NoteEdit::NoteEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // Re-measure as lines are added, removed or wrapped.
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this, [this] {
        const int h = heightForLines(visibleLines());
        if (h != height()) {
            setFixedHeight(h);
            updateGeometry();
        }
    });
    setFixedHeight(heightForLines(1));
}

int NoteEdit::visibleLines() const
{
    // QPlainTextEdit's document size is counted in lines (wrapped lines included).
    const int lines = int(std::ceil(document()->documentLayout()->documentSize().height()));
    return std::clamp(lines, 1, kMaxLines);
}

int NoteEdit::heightForLines(int lines) const
{
    const QMargins m = contentsMargins();
    const int doc = int(std::ceil(2 * document()->documentMargin()));
    return fontMetrics().lineSpacing() * lines + doc + m.top() + m.bottom() + 2 * frameWidth();
}

QSize NoteEdit::sizeHint() const
{
    return {QPlainTextEdit::sizeHint().width(), heightForLines(visibleLines())};
}

QSize NoteEdit::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 12, heightForLines(1)};
}

void NoteEdit::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        event->accept();
        emit submitted();
        return;
    }
    if (enter) {
        // Shift+Enter: a line break, not QPlainTextEdit's U+2028 line separator.
        insertPlainText(QStringLiteral("\n"));
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace shoulou::ui
