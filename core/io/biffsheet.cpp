#include "io/biffsheet.h"

#include "io/biffcursor.h"
#include "io/biffrecordstream.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace shoulou::io {

namespace {

enum RecordType : quint16 {
    kFormula = 0x0006,
    kEof = 0x000A,
    kMulRk = 0x00BD,
    kMulBlank = 0x00BE,
    kRString = 0x00D6,
    kLabelSst = 0x00FD,
    kDimensions = 0x0200,
    kBlank = 0x0201,
    kNumber = 0x0203,
    kLabel = 0x0204,
    kBoolErr = 0x0205,
    kString = 0x0207,
    kRk = 0x027E,
    kBof = 0x0809,
};

constexpr quint16 kWorksheetSubstream = 0x0010;
constexpr int kMaxColumns = 256; // IV, the last BIFF8 column
constexpr int kMaxNesting = 8;   // embedded chart substreams inside the sheet's

Error damaged()
{
    return makeError(QStringLiteral("xls.damaged"), QCoreApplication::translate("XlsReader", "its records are damaged"));
}

// An RK number: a 30-bit integer or the top 30 bits of a double, optionally divided by 100.
double rkValue(quint32 rk)
{
    double v = 0;
    if (rk & 0x02) {
        v = double(qint32(rk) >> 2);
    } else {
        const quint64 bits = quint64(rk & 0xFFFFFFFCu) << 32;
        std::memcpy(&v, &bits, sizeof v);
    }
    return (rk & 0x01) ? v / 100 : v;
}

QString errorText(quint32 code)
{
    switch (code) {
    case 0x00:
        return QStringLiteral("#NULL!");
    case 0x07:
        return QStringLiteral("#DIV/0!");
    case 0x0F:
        return QStringLiteral("#VALUE!");
    case 0x17:
        return QStringLiteral("#REF!");
    case 0x1D:
        return QStringLiteral("#NAME?");
    case 0x24:
        return QStringLiteral("#NUM!");
    default:
        return QStringLiteral("#N/A");
    }
}

QString cellReference(quint16 row, quint16 column)
{
    QString letters;
    if (column >= 26)
        letters += QChar(u'A' + column / 26 - 1);
    letters += QChar(u'A' + column % 26);
    return letters + QString::number(row + 1);
}

} // namespace

// Turns the cell records of the sheet's substream into cells.
class BiffSheet::Parser final {
public:
    Parser(BiffSheet &sheet, const XlsLimits &limits)
        : m_sheet(sheet)
        , m_limits(limits)
    {}

    Result<void> record(const BiffRecord &record);
    int declaredColumns() const { return m_declaredColumns; }

private:
    Result<void> add(Cell cell);
    Result<void> addNumber(quint16 row, quint16 column, quint16 xf, double value)
    {
        return add(Cell{value, 0, row, column, Kind::Number, m_sheet.m_context.formats.kind(xf)});
    }
    Result<void> addText(quint16 row, quint16 column, const QString &text)
    {
        if (column >= kMaxColumns)
            return {};
        m_sheet.m_texts.append(text);
        return add(Cell{0, quint32(m_sheet.m_texts.size() - 1), row, column, Kind::Text});
    }
    Result<void> formula(BiffCursor &c, quint16 row, quint16 column, quint16 xf);

    BiffSheet &m_sheet;
    const XlsLimits &m_limits;
    qsizetype m_pendingString = -1; // the text of a string formula, filled by the STRING record after it
    int m_declaredColumns = 0;
};

Result<void> BiffSheet::Parser::add(Cell cell)
{
    if (cell.column >= kMaxColumns) // beyond what Excel 97–2003 can hold: not a cell of this sheet
        return {};
    if (m_sheet.m_cells.size() >= m_limits.maxCells)
        return makeError(QStringLiteral("xls.limits"),
                         QCoreApplication::translate("XlsReader", "its sheet has more than %1 cells").arg(m_limits.maxCells));
    m_sheet.m_cells.append(cell);
    return {};
}

Result<void> BiffSheet::Parser::formula(BiffCursor &c, quint16 row, quint16 column, quint16 xf)
{
    // The cached result: a double, or when its top 16 bits are all set, a tagged value.
    quint8 value[8];
    for (quint8 &b : value)
        b = c.u8();
    if (c.failed())
        return damaged();
    if (value[6] != 0xFF || value[7] != 0xFF) {
        quint64 bits = 0;
        for (int i = 7; i >= 0; --i)
            bits = bits << 8 | value[i];
        double v = 0;
        std::memcpy(&v, &bits, sizeof v);
        return addNumber(row, column, xf, v);
    }
    switch (value[0]) {
    case 0: // a string, in the STRING record that follows
        if (column >= kMaxColumns)
            return {};
        if (auto added = addText(row, column, QString()); !added)
            return added;
        m_pendingString = m_sheet.m_texts.size() - 1;
        return {};
    case 1:
        return add(Cell{double(value[2] != 0), 0, row, column, Kind::Boolean});
    case 2:
        return add(Cell{0, value[2], row, column, Kind::Error});
    default: // 3: an empty string
        return {};
    }
}

Result<void> BiffSheet::Parser::record(const BiffRecord &record)
{
    BiffCursor c(record.parts);
    switch (record.type) {
    case kDimensions: {
        c.skip(10); // first row, last row + 1 (32 bits each), first column
        const quint16 lastColumn = c.u16();
        if (!c.failed())
            m_declaredColumns = qMin<int>(lastColumn, kMaxColumns);
        return {};
    }
    case kString: {
        const QString text = c.string(2);
        if (c.failed())
            return damaged();
        if (m_pendingString >= 0)
            m_sheet.m_texts[m_pendingString] = text;
        m_pendingString = -1;
        return {};
    }
    case kNumber:
    case kRk:
    case kMulRk:
    case kLabelSst:
    case kLabel:
    case kRString:
    case kBoolErr:
    case kFormula:
        break;
    case kBlank:
    case kMulBlank:
        m_pendingString = -1;
        return {};
    default:
        return {};
    }
    m_pendingString = -1;
    const quint16 row = c.u16();
    const quint16 column = c.u16();
    if (record.type == kMulRk) {
        // (XF, RK) pairs for consecutive columns, then the last column.
        const qint64 pairs = (c.remaining() - 2) / 6;
        if (c.failed() || pairs < 1)
            return damaged();
        for (qint64 i = 0; i < pairs && column + i < kMaxColumns; ++i) {
            const quint16 xf = c.u16();
            const double v = rkValue(c.u32());
            if (auto added = addNumber(row, quint16(column + i), xf, v); !added)
                return added;
        }
        return c.failed() ? Result<void>(damaged()) : Result<void>();
    }
    const quint16 xf = c.u16();
    switch (record.type) {
    case kNumber: {
        const double v = c.f64();
        return c.failed() ? Result<void>(damaged()) : addNumber(row, column, xf, v);
    }
    case kRk: {
        const quint32 rk = c.u32();
        return c.failed() ? Result<void>(damaged()) : addNumber(row, column, xf, rkValue(rk));
    }
    case kLabelSst: {
        const quint32 index = c.u32();
        return c.failed() ? Result<void>(damaged()) : add(Cell{0, index, row, column, Kind::SharedString});
    }
    case kLabel:
    case kRString: { // RSTRING's formatting runs follow the text and are left alone
        const QString text = c.string(2);
        return c.failed() ? Result<void>(damaged()) : addText(row, column, text);
    }
    case kBoolErr: {
        const quint8 value = c.u8();
        const bool error = c.u8() != 0;
        if (c.failed())
            return damaged();
        return add(error ? Cell{0, value, row, column, Kind::Error} : Cell{double(value != 0), 0, row, column, Kind::Boolean});
    }
    default: // kFormula
        return formula(c, row, column, xf);
    }
}

Result<BiffSheet> BiffSheet::parse(const QByteArray &stream, qsizetype offset, Context context, const XlsLimits &limits)
{
    BiffSheet sheet;
    sheet.m_context = std::move(context);
    BiffRecordStream records(stream, offset);
    BiffRecord record;
    if (!records.next(record) || record.type != kBof)
        return damaged();
    BiffCursor bof(record.parts);
    bof.u16(); // version
    if (bof.u16() != kWorksheetSubstream || bof.failed())
        return damaged();
    Parser parser(sheet, limits);
    int nesting = 0;
    bool ended = false;
    while (!ended && records.next(record)) {
        if (record.type == kBof) {
            if (++nesting > kMaxNesting)
                return damaged();
        } else if (record.type == kEof) {
            ended = nesting-- == 0;
        } else if (nesting == 0) {
            if (auto read = parser.record(record); !read)
                return read.error();
        }
    }
    if (!ended) // the stream ends, or is damaged, before the sheet's EOF
        return damaged();
    sheet.finish(parser.declaredColumns());
    return sheet;
}

void BiffSheet::finish(int declaredColumns)
{
    std::stable_sort(m_cells.begin(), m_cells.end(),
                     [](const Cell &a, const Cell &b) { return a.row != b.row ? a.row < b.row : a.column < b.column; });
    m_columns = declaredColumns;
    for (const Cell &cell : std::as_const(m_cells))
        m_columns = qMax(m_columns, cell.column + 1);
    const quint32 rows = m_cells.isEmpty() ? 0 : m_cells.constLast().row + 1u;
    m_rowStart = QList<qsizetype>(qsizetype(rows) + 1, 0);
    for (const Cell &cell : std::as_const(m_cells))
        ++m_rowStart[cell.row + 1];
    for (quint32 r = 0; r < rows; ++r)
        m_rowStart[r + 1] += m_rowStart[r];
}

QString BiffSheet::cellText(const Cell &cell, bool &numeric, QString &problem) const
{
    numeric = false;
    switch (cell.kind) {
    case Kind::Number:
        return BiffNumberFormats::cellText(cell.number, cell.format, m_context.is1904, numeric);
    case Kind::SharedString:
        if (cell.index < quint32(m_context.sharedStrings.size()))
            return m_context.sharedStrings.at(cell.index);
        if (problem.isEmpty())
            problem = QCoreApplication::translate("XlsxReader", "cell %1 refers to shared string \"%2\", "
                                                                "which does not exist")
                          .arg(cellReference(cell.row, cell.column))
                          .arg(cell.index);
        return {};
    case Kind::Text:
        return m_texts.value(cell.index);
    case Kind::Boolean:
        return cell.number != 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case Kind::Error:
        return errorText(cell.index);
    }
    return {};
}

bool BiffSheet::readRow(quint32 index, QStringList &cells, QList<bool> &numeric, QString &problem) const
{
    cells = QStringList(m_columns);
    numeric = QList<bool>(m_columns, false);
    problem.clear();
    if (index >= rowCount())
        return false;
    for (qsizetype i = m_rowStart.at(index); i < m_rowStart.at(index + 1); ++i) {
        const Cell &cell = m_cells.at(i);
        bool number = false;
        cells[cell.column] = cellText(cell, number, problem);
        numeric[cell.column] = number;
    }
    return !problem.isEmpty() || std::any_of(cells.cbegin(), cells.cend(), [](const QString &c) { return !c.isEmpty(); });
}

} // namespace shoulou::io
