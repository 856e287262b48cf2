#pragma once

class QCoreApplication;
class QString;

namespace shoulou::ui {

// Loads Shoulou's own and Qt's translations for the language chosen in the settings, or the
// system's, and makes that locale the default (dates, numbers). Returns the locale name used.
QString installTranslations(QCoreApplication &app);

} // namespace shoulou::ui
