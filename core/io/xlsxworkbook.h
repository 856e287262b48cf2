#pragma once

#include "io/xlsxlimits.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

class QuaZip;

namespace shoulou::io {

// The small parts of an XLSX package that are read whole: the relationships, the workbook
// (sheet names in tab order and where each sheet lives) and the shared-string table, which
// cells index into and so must stay in memory (capped by XlsxLimits::maxSharedStringsBytes).
class XlsxWorkbook final {
public:
    struct Sheet {
        QString name;
        QString path; // zip entry, e.g. "xl/worksheets/sheet1.xml"
    };

    Result<void> load(QuaZip *zip, const XlsxLimits &limits);
    Result<void> loadSharedStrings(QuaZip *zip, const XlsxLimits &limits);

    const QList<Sheet> &sheets() const { return m_sheets; }
    QStringList sheetNames() const;
    const QStringList &sharedStrings() const { return m_sharedStrings; }

    // Resolves a relationship target against the folder of the part that names it.
    static QString resolveTarget(const QString &sourcePart, const QString &target);

private:
    struct Relationship {
        QString id;
        QString type;
        QString target;
    };
    static Result<QList<Relationship>> readRelationships(QuaZip *zip, const QString &part, const XlsxLimits &limits);

    QList<Sheet> m_sheets;
    QString m_sharedStringsPath;
    QStringList m_sharedStrings;
};

} // namespace shoulou::io
