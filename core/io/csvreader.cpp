#include "io/csvreader.h"

#include "io/encodingsniffer.h"
#include "io/fielddecoder.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace shoulou::io {

namespace {

constexpr qint64 kSampleBytes = 64 * 1024;

// Counts the candidate delimiters outside quotes on the first non-empty line.
template <typename Unit>
char16_t detectDelimiter(const Unit *data, qsizetype size)
{
    qsizetype i = 0;
    while (i < size && (data[i] == Unit('\r') || data[i] == Unit('\n')))
        ++i;
    int comma = 0;
    int tab = 0;
    int semicolon = 0;
    bool quoted = false;
    for (; i < size; ++i) {
        const Unit c = data[i];
        if (c == Unit('"')) {
            quoted = !quoted; // a doubled quote toggles twice: still right
        } else if (!quoted) {
            if (c == Unit('\r') || c == Unit('\n'))
                break;
            comma += c == Unit(',');
            tab += c == Unit('\t');
            semicolon += c == Unit(';');
        }
    }
    // Ties favour the comma, then tab: a single-column file is read as comma-separated.
    if (tab > comma && tab >= semicolon)
        return u'\t';
    if (semicolon > comma && semicolon > tab)
        return u';';
    return u',';
}

char16_t detectDelimiter(const QByteArray &sample, TextEncoding encoding, int bomLength)
{
    const QByteArray body = sample.mid(bomLength);
    if (encoding != TextEncoding::Utf16Le && encoding != TextEncoding::Utf16Be)
        return detectDelimiter(body.constData(), body.size());
    std::vector<char16_t> units(size_t(body.size() / 2));
    for (size_t k = 0; k < units.size(); ++k) {
        const auto b0 = static_cast<unsigned char>(body[qsizetype(2 * k)]);
        const auto b1 = static_cast<unsigned char>(body[qsizetype(2 * k + 1)]);
        units[k] = encoding == TextEncoding::Utf16Le ? char16_t(b0 | (b1 << 8)) : char16_t((b0 << 8) | b1);
    }
    return detectDelimiter(units.data(), qsizetype(units.size()));
}

bool allEmpty(const QStringList &cells)
{
    return std::all_of(cells.cbegin(), cells.cend(), [](const QString &c) { return c.isEmpty(); });
}

} // namespace

Result<std::unique_ptr<CsvReader>> CsvReader::open(const QString &path, std::optional<TextEncoding> encoding)
{
    std::unique_ptr<CsvReader> reader(new CsvReader);
    reader->m_path = path;
    reader->m_file.setFileName(path);
    if (!reader->m_file.open(QIODevice::ReadOnly)) {
        return makeError(QStringLiteral("io.open"),
                         QCoreApplication::translate("CsvReader", "Cannot open \"%1\": %2").arg(path, reader->m_file.errorString()));
    }
    reader->m_size = reader->m_file.size();
    const QByteArray sample = reader->m_file.read(kSampleBytes);
    if (sample.isEmpty())
        return makeError(QStringLiteral("io.empty"), QCoreApplication::translate("CsvReader", "\"%1\" is empty").arg(path));

    auto guess = EncodingSniffer::detect(sample, reader->m_file.atEnd());
    if (encoding && *encoding != guess.encoding) {
        // A forced encoding keeps a matching BOM out of the first header cell.
        const bool bomMatches = (*encoding == TextEncoding::Utf8Bom && sample.startsWith("\xEF\xBB\xBF")) ||
                                (*encoding == TextEncoding::Utf16Le && sample.startsWith("\xFF\xFE")) ||
                                (*encoding == TextEncoding::Utf16Be && sample.startsWith("\xFE\xFF"));
        guess = {*encoding, bomMatches ? (*encoding == TextEncoding::Utf8Bom ? 3 : 2) : 0};
    }
    reader->m_encoding = guess.encoding;
    if (guess.encoding == TextEncoding::Gb18030 && !FieldDecoder(FieldDecoder::Kind::Gb18030).isValid()) {
        return makeError(QStringLiteral("io.encoding"),
                         QCoreApplication::translate("CsvReader", "Cannot read \"%1\": the GB18030 converter is not available").arg(path));
    }
    reader->m_delimiter = QChar(detectDelimiter(sample, guess.encoding, guess.bomLength));
    reader->m_file.seek(guess.bomLength);
    reader->m_source = CsvRecordSource::create(&reader->m_file, guess.encoding, guess.bomLength, reader->m_delimiter.unicode());
    if (auto error = reader->readHeader())
        return *error;
    return reader;
}

std::optional<Error> CsvReader::readHeader()
{
    for (;;) {
        switch (m_source->next(m_record)) {
        case CsvRecordSource::Status::End:
            return makeError(QStringLiteral("io.empty"), QCoreApplication::translate("CsvReader", "\"%1\" has no header row").arg(m_path));
        case CsvRecordSource::Status::ReadError:
            return makeError(QStringLiteral("io.open"),
                             QCoreApplication::translate("CsvReader", "Cannot read \"%1\": %2").arg(m_path, m_file.errorString()));
        case CsvRecordSource::Status::TooLong:
            return makeError(QStringLiteral("io.format"),
                             QCoreApplication::translate("CsvReader", "The header of \"%1\" is longer than 16 MiB; a quote is probably "
                                                                      "never closed")
                                 .arg(m_path));
        case CsvRecordSource::Status::Record:
            break;
        }
        if (m_record.badByteOffset >= 0) {
            return makeError(QStringLiteral("io.encoding"),
                             QCoreApplication::translate("CsvReader", "The header row of \"%1\" has an invalid %2 byte sequence at byte "
                                                                      "offset %3")
                                 .arg(m_path, formatName())
                                 .arg(m_record.badByteOffset));
        }
        if (!allEmpty(m_record.cells)) {
            m_header = m_record.cells;
            return std::nullopt;
        }
    }
}

bool CsvReader::next(TableRow &row)
{
    while (!m_fatal) {
        const auto status = m_source->next(m_record);
        if (status == CsvRecordSource::Status::End)
            return false;
        if (status == CsvRecordSource::Status::ReadError) {
            m_fatal = makeError(QStringLiteral("io.open"),
                                QCoreApplication::translate("CsvReader", "Cannot read \"%1\": %2").arg(m_path, m_file.errorString()));
            return false;
        }
        ++m_rowNumber;
        if (status == CsvRecordSource::Status::TooLong) {
            m_fatal = makeError(QStringLiteral("io.format"),
                                QCoreApplication::translate("CsvReader", "row %1: the record starting at byte offset %2 is longer than "
                                                                         "16 MiB; a quote is probably never closed")
                                    .arg(m_rowNumber)
                                    .arg(m_record.startOffset));
            return false;
        }
        const bool damaged = m_record.badByteOffset >= 0 || m_record.unclosedQuoteOffset >= 0;
        if (!damaged && allEmpty(m_record.cells))
            continue; // blank line or ",,,": nothing to import, but it still counts as a row
        row.number = m_rowNumber;
        row.cells = m_record.cells;
        while (row.cells.size() < m_header.size())
            row.cells.append(QString());
        row.numeric = QList<bool>(row.cells.size(), false);
        row.error = damaged ? rowError(m_rowNumber) : QString();
        // A quote never closed swallows the rest of the file into this one record: nothing
        // after it can be read, so the file is not read to the end (the reader still hands
        // the record over, for a caller that shows it).
        if (m_record.unclosedQuoteOffset >= 0)
            m_fatal = makeError(QStringLiteral("io.format"), row.error);
        return true;
    }
    return false;
}

QString CsvReader::rowError(qint64 number) const
{
    if (m_record.badByteOffset >= 0) {
        const int column = m_record.badColumn;
        const QString name = column < m_header.size() ? m_header.at(column) : QString::number(column + 1);
        const QString encoding = m_encoding == TextEncoding::Utf8Bom                                          ? QStringLiteral("UTF-8")
                                 : m_encoding == TextEncoding::Utf16Le || m_encoding == TextEncoding::Utf16Be ? QStringLiteral("UTF-16")
                                                                                                              : formatName();
        return QCoreApplication::translate("CsvReader", "row %1: invalid %2 byte sequence at byte offset %3 (column \"%4\")")
            .arg(number)
            .arg(encoding)
            .arg(m_record.badByteOffset)
            .arg(name);
    }
    return QCoreApplication::translate("CsvReader", "row %1: the quoted field that starts at byte offset %2 is never closed")
        .arg(number)
        .arg(m_record.unclosedQuoteOffset);
}

QString CsvReader::formatName() const
{
    return EncodingSniffer::displayName(m_encoding);
}

} // namespace shoulou::io
