#include "officecode.h"

#include "identity/namenormalizer.h"

#include <QRandomGenerator>

namespace shoulou::hub {

namespace {

constexpr char kAlphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

QString prefixOf(const QString &name)
{
    QString letters;
    const QString initials = identity::NameNormalizer::forThisThread().keys(name).initials.toUpper();
    for (const QChar c : initials) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            letters += c;
        if (letters.size() == 2)
            return letters;
    }
    // Latin names give one initial per word: take letters of the name itself.
    for (const QChar c : name.toUpper()) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z') && !letters.endsWith(c))
            letters += c;
        if (letters.size() == 2)
            return letters;
    }
    return QStringLiteral("OF");
}

} // namespace

QString OfficeCode::generate(const QString &officeName)
{
    QString code = prefixOf(officeName) + QLatin1Char('-');
    for (int i = 0; i < 4; ++i)
        code += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(int(sizeof kAlphabet - 1))]);
    return code;
}

QString OfficeCode::normalize(const QString &typed)
{
    QString s;
    for (const QChar c : typed.normalized(QString::NormalizationForm_KC).toUpper()) {
        if (c.isLetterOrNumber())
            s += c;
    }
    if (s.size() > 2)
        s.insert(2, QLatin1Char('-'));
    return s;
}

} // namespace shoulou::hub
