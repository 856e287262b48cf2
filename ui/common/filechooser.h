#pragma once

#include <QFileDialog>
#include <QString>

#include <functional>

class QWidget;

namespace shoulou::ui {

// What to ask for when a file is chosen: open an existing one, or name one to save.
struct FileChoice final {
    enum Mode { Open, Save };
    Mode mode = Open;
    QString title;
    QString start;  // folder, or a suggested path for Save
    QString filter; // "Name (*.ext);;…"
    QString defaultSuffix;
};

// Opens a window-modal file dialog over `parent` and returns at once: no nested event loop
// (QFileDialog's static helpers run one), so the workers' results keep arriving while the
// person browses. `chosen` runs with the path when one is accepted; nothing runs on cancel.
// The dialog deletes itself when closed; it is returned so a caller (or a test) can find it.
QFileDialog *chooseFile(QWidget *parent, const FileChoice &choice, std::function<void(const QString &)> chosen);

} // namespace shoulou::ui
