#pragma once

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QString>
#include <QTest>
#include <QWidget>

namespace shoulou::test {

// Types into a widget as a person would: key presses for ASCII; Chinese reaches a widget
// through the input method as a committed string (QTest::keyClicks only types Latin-1).
inline void type(QWidget *w, const QString &text)
{
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii) {
        QTest::keyClicks(w, text);
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QCoreApplication::sendEvent(w, &commit);
}

} // namespace shoulou::test
