#include "windowplacement.h"

#include <QApplication>
#include <QCursor>
#include <QGuiApplication>
#include <QScreen>
#include <QStyle>
#include <QWidget>

namespace shoulou::ui {

void placeOverParent(QWidget *window, const QWidget *parent)
{
    if (!window)
        return;
    if (!parent)
        parent = window->parentWidget();
    if (!parent)
        parent = QApplication::activeWindow();
    if (parent == window)
        parent = nullptr;
    if (parent)
        parent = parent->window();
    const QWidget *over = parent && parent->isVisible() ? parent : nullptr;
    QScreen *screen = over ? over->screen() : nullptr;
    if (!screen)
        screen = QGuiApplication::screenAt(QCursor::pos());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect avail = screen->availableGeometry();

    if (!window->testAttribute(Qt::WA_Resized))
        window->adjustSize();
    // The frame is not known before the first show: allow for a title bar and borders.
    const int titleBar = window->style()->pixelMetric(QStyle::PM_TitleBarHeight);
    const int border = 4;
    QSize size = window->size();
    size = size.boundedTo(QSize(avail.width() - 2 * border, avail.height() - titleBar - 2 * border));
    size = size.expandedTo(window->minimumSize());
    if (size != window->size())
        window->resize(size);

    QRect frame(QPoint(0, 0), QSize(size.width() + 2 * border, size.height() + titleBar + border));
    frame.moveCenter(over ? over->frameGeometry().center() : avail.center());
    const int x = qBound(avail.left(), frame.left(), qMax(avail.left(), avail.right() + 1 - frame.width()));
    const int y = qBound(avail.top(), frame.top(), qMax(avail.top(), avail.bottom() + 1 - frame.height()));
    // For a top-level window, move() places the frame's top-left corner.
    window->move(x, y);
}

} // namespace shoulou::ui
