#include "translations.h"

#include "common/appsettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace shoulou::ui {

QString installTranslations(QCoreApplication &app)
{
    const QString chosen = AppSettings().language();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("shoulou"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(own);
    else
        delete own;
    // Qt's own dialogs and buttons (file dialogs, "OK"/"Cancel", …).
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qt"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return locale.name();
}

} // namespace shoulou::ui
