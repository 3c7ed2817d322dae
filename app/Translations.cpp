#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Kestrel::App {

QString installTranslators(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Dates, times and sizes (QLocale() everywhere, DisplayFormat) follow the chosen language even when
    // its texts fall back to English.
    QLocale::setDefault(locale);
    auto *kestrel = new QTranslator(&app);
    // Looks up :/i18n/kestrel_ru_RU.qm, kestrel_ru.qm ... along locale.uiLanguages(). Languages we do
    // not ship (and the C locale) get English, whose catalogue carries the plural forms.
    if (!kestrel->load(locale, QStringLiteral("kestrel"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        if (!kestrel->load(QStringLiteral(":/i18n/kestrel_en.qm"))) {
            delete kestrel;
            return QStringLiteral("en");
        }
        app.installTranslator(kestrel);
        return QStringLiteral("en");
    }
    app.installTranslator(kestrel);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return locale.name();
}

} // namespace Kestrel::App
