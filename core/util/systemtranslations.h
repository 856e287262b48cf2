#pragma once

class QCoreApplication;

namespace shoulou {

// Shoulou's own translations (the :/i18n resource the program embeds) and Qt's, for the system
// language: what the command-line programs (shoulou-cli, shoulou-hub) load. The desk has its own
// (ui::installTranslations), which also follows the language chosen in its settings.
void installSystemTranslations(QCoreApplication &app);

} // namespace shoulou
