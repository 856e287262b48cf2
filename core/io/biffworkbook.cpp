#include "io/biffworkbook.h"

#include "io/biffcursor.h"
#include "io/biffrecordstream.h"
#include "io/compoundfile.h"

#include <QCoreApplication>
#include <QFile>

namespace shoulou::io {

namespace {

enum RecordType : quint16 {
    kEof = 0x000A,
    kDateMode = 0x0022,
    kFilePass = 0x002F,
    kBoundSheet = 0x0085,
    kXf = 0x00E0,
    kSst = 0x00FC,
    kFormat = 0x041E,
    kBof = 0x0809,
};

constexpr quint16 kBiff8 = 0x0600;
constexpr quint16 kGlobalsSubstream = 0x0005;

Error damaged()
{
    return makeError(QStringLiteral("xls.damaged"), QCoreApplication::translate("XlsReader", "its records are damaged"));
}

Error tooOld()
{
    return makeError(QStringLiteral("xls.version"),
                     QCoreApplication::translate("XlsReader", "it was saved in the format of Excel 95 or older"));
}

Error tooLarge()
{
    return makeError(QStringLiteral("xls.limits"), QCoreApplication::translate("XlsReader", "it is larger than this program reads"));
}

} // namespace

Result<BiffWorkbook> BiffWorkbook::load(const QString &path, const XlsLimits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("io.open"),
                         QCoreApplication::translate("TableReader", "Cannot open \"%1\": %2").arg(path, file.errorString()));
    if (file.size() > limits.maxFileBytes)
        return tooLarge();
    auto container = CompoundFile::parse(file.readAll(), limits);
    if (!container)
        return container.error();
    if (!container->hasStream(QStringLiteral("Workbook"))) {
        if (container->hasStream(QStringLiteral("Book"))) // BIFF5, Excel 5.0/95
            return tooOld();
        return makeError(QStringLiteral("xls.damaged"),
                         QCoreApplication::translate("XlsReader", "it holds no workbook (it may be another Office document)"));
    }
    auto stream = container->stream(QStringLiteral("Workbook"));
    if (!stream)
        return stream.error();
    return parse(std::move(stream).value(), limits);
}

Result<BiffWorkbook> BiffWorkbook::parse(QByteArray stream, const XlsLimits &limits)
{
    BiffWorkbook book;
    book.m_limits = limits;
    book.m_stream = std::move(stream);
    BiffRecordStream records(book.m_stream, 0);
    BiffRecord record;
    // A "Workbook" stream holds BIFF8 (Excel 5.0/95 wrote a "Book" stream, load() tells those
    // apart). Any other version there is damage, and is not handed on to FreeXL.
    if (!records.next(record) || record.type != kBof)
        return damaged();
    {
        BiffCursor bof(record.parts);
        const quint16 version = bof.u16();
        const quint16 substream = bof.u16();
        if (bof.failed() || version != kBiff8 || substream != kGlobalsSubstream)
            return damaged();
    }
    bool ended = false, sharedStrings = false;
    while (!ended && records.next(record)) {
        BiffCursor c(record.parts);
        switch (record.type) {
        case kEof:
            ended = true;
            break;
        case kFilePass: // the rest is encrypted
            return makeError(QStringLiteral("xls.password"), QString());
        case kDateMode:
            book.m_context.is1904 = c.u16() == 1;
            break;
        case kBoundSheet: {
            const quint32 offset = c.u32();
            c.u8(); // visibility: hidden sheets are read too
            const quint8 type = c.u8();
            const QString name = c.string(1);
            if (c.failed())
                return damaged();
            if (type != 0) // a chart, macro or VBA sheet
                break;
            if (book.m_sheets.size() >= limits.maxSheets)
                return tooLarge();
            book.m_sheets.append(Sheet{name, offset});
            break;
        }
        case kFormat: {
            const quint16 index = c.u16();
            const QString code = c.string(2);
            if (c.failed())
                return damaged();
            book.m_context.formats.addFormat(index, code);
            break;
        }
        case kXf: {
            c.u16(); // font
            const quint16 format = c.u16();
            if (c.failed())
                return damaged();
            book.m_context.formats.addXf(format);
            break;
        }
        case kSst: // one per workbook; a second one is ignored
            if (!sharedStrings) {
                sharedStrings = true;
                if (auto read = book.readSharedStrings(record.parts); !read)
                    return read.error();
            }
            break;
        default:
            break;
        }
    }
    if (!ended)
        return damaged();
    return book;
}

Result<void> BiffWorkbook::readSharedStrings(const QList<QByteArrayView> &parts)
{
    BiffCursor c(parts);
    c.u32(); // references to the table in the workbook
    const quint32 count = c.u32();
    if (c.failed())
        return damaged();
    QStringList &strings = m_context.sharedStrings;
    qint64 characters = 0;
    // The declared count is not trusted for memory: strings are read while there are bytes.
    while (quint32(strings.size()) < count && c.remaining() > 0) {
        if (strings.size() >= m_limits.maxSharedStrings)
            return tooLarge();
        QString s = c.string(2);
        if (c.failed())
            return damaged();
        characters += s.size();
        if (characters > m_limits.maxSharedStringChars)
            return tooLarge();
        strings.append(std::move(s));
    }
    return {};
}

QStringList BiffWorkbook::sheetNames() const
{
    QStringList names;
    for (const Sheet &s : m_sheets)
        names << s.name;
    return names;
}

Result<BiffSheet> BiffWorkbook::readSheet(qsizetype index) const
{
    if (index < 0 || index >= m_sheets.size())
        return damaged();
    return BiffSheet::parse(m_stream, m_sheets.at(index).offset, m_context, m_limits);
}

} // namespace shoulou::io
