#pragma once

#include "io/leadfield.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace shoulou::ui {

// What an import column can be mapped to, as the desk offers it: one choice per lead field,
// and one per known platform for platform ids. A choice's key is the mapping file's field key
// ("phone"), or "platform_id:douyin" for a platform id.
class LeadFieldChoices final {
    Q_DECLARE_TR_FUNCTIONS(LeadFieldChoices)
public:
    struct Choice {
        QString key, label;
    };
    static QList<Choice> all();
    static QString key(io::LeadField field, const QString &platform = {});
    static bool parse(const QString &key, io::LeadField *field, QString *platform);
    static QString label(io::LeadField field, const QString &platform = {});
    // A cell as the preview may show it: phones and resident ids masked like everywhere else
    // on the desk ("138****5678", "3306**********1234").
    static QString masked(const QString &cell, io::LeadField field);
};

} // namespace shoulou::ui
