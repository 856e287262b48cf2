#pragma once

#include <QtGlobal>

#include <string>
#include <utility>
#include <vector>

namespace shoulou::io {

// Splits a stream of code units (bytes for UTF-8/GB18030, char16_t for UTF-16) into RFC 4180
// records, chunk by chunk, without holding more than the current record. Working on raw
// bytes is safe for UTF-8 and GB18030 because neither uses the bytes of `"`, `,`, `;`, TAB,
// CR or LF inside a multi-byte sequence; fields are decoded afterwards, one by one, so a bad
// byte damages only its own row.
//
// Lenient where Excel is lenient: a quote inside an unquoted field is literal, and text after
// a closing quote (`"ab"c`) is appended to the field. CR, LF and CRLF all end a record;
// inside quotes they are kept verbatim.
template <typename Unit>
class CsvSplitter final {
public:
    using Field = std::basic_string<Unit>;
    // A record this long almost certainly comes from an unclosed quote; stop before it eats
    // the memory the streaming design is meant to save.
    static constexpr qsizetype kMaxRecordUnits = 16 * 1024 * 1024;

    enum class Status { NeedMore, Record, TooLong };

    explicit CsvSplitter(Unit delimiter)
        : m_delimiter(delimiter)
    {}

    // Consumes units from data[0, size) and stops right after a complete record.
    Status feed(const Unit *data, qsizetype size, qsizetype *consumed)
    {
        qsizetype i = 0;
        if (m_skipLf && i < size) {
            m_skipLf = false;
            if (data[i] == Unit('\n')) {
                ++i;
                ++m_pos;
            }
        }
        while (i < size) {
            if (!m_inRecord)
                beginRecord();
            switch (m_state) {
            case State::FieldStart:
                if (data[i] == Unit('"')) {
                    m_state = State::Quoted;
                    ++i;
                    ++m_pos;
                    m_starts[m_count - 1] = m_pos;
                    continue;
                }
                m_state = State::Unquoted;
                [[fallthrough]];
            case State::Unquoted: {
                qsizetype j = i;
                while (j < size && !isSpecial(data[j]))
                    ++j;
                append(data + i, j - i);
                i = j;
                if (i == size)
                    break;
                const Unit c = data[i++];
                ++m_pos;
                if (c == m_delimiter) {
                    beginField();
                    m_state = State::FieldStart;
                    break;
                }
                // CR or LF: the record is complete.
                m_inRecord = false;
                m_state = State::FieldStart;
                if (c == Unit('\r')) {
                    if (i < size) {
                        if (data[i] == Unit('\n')) {
                            ++i;
                            ++m_pos;
                        }
                    } else {
                        m_skipLf = true;
                    }
                }
                *consumed = i;
                return Status::Record;
            }
            case State::Quoted: {
                qsizetype j = i;
                while (j < size && data[j] != Unit('"'))
                    ++j;
                append(data + i, j - i);
                i = j;
                if (i < size) {
                    ++i;
                    ++m_pos;
                    m_state = State::QuoteInQuoted;
                }
                break;
            }
            case State::QuoteInQuoted:
                if (data[i] == Unit('"')) {
                    m_escapes.emplace_back(m_count - 1, qsizetype(m_fields[m_count - 1].size()));
                    m_fields[m_count - 1].push_back(Unit('"'));
                    ++i;
                    ++m_pos;
                    m_state = State::Quoted;
                } else {
                    m_state = State::Unquoted; // delimiter, newline or stray text after the quote
                }
                break;
            }
            if (m_recordUnits > kMaxRecordUnits) {
                *consumed = i;
                return Status::TooLong;
            }
        }
        *consumed = i;
        return Status::NeedMore;
    }

    // At the end of the input: true when a final record without a line end is pending.
    bool finish()
    {
        m_unterminatedQuote = m_inRecord && m_state == State::Quoted;
        const bool pending = m_inRecord;
        m_inRecord = false;
        m_state = State::FieldStart;
        return pending;
    }

    qsizetype fieldCount() const { return m_count; }
    const Field &field(qsizetype i) const { return m_fields[size_t(i)]; }
    qint64 recordStart() const { return m_recordStart; }
    qint64 position() const { return m_pos; }
    bool unterminatedQuote() const { return m_unterminatedQuote; }

    // Unit offset in the stream of content position `pos` of field `index`, counting the
    // doubled quotes that the field text no longer contains.
    qint64 sourceOffset(qsizetype index, qsizetype pos) const
    {
        qint64 offset = m_starts[size_t(index)] + pos;
        for (const auto &[field, at] : m_escapes) {
            if (field == index && at < pos)
                ++offset;
        }
        return offset;
    }

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    bool isSpecial(Unit c) const { return c == m_delimiter || c == Unit('\n') || c == Unit('\r'); }

    void beginRecord()
    {
        m_inRecord = true;
        m_unterminatedQuote = false;
        m_count = 0;
        m_recordUnits = 0;
        m_recordStart = m_pos;
        m_escapes.clear();
        beginField();
    }

    void beginField()
    {
        if (size_t(m_count) == m_fields.size()) {
            m_fields.emplace_back();
            m_starts.push_back(0);
        }
        m_fields[size_t(m_count)].clear(); // keeps its capacity: no allocation per record
        m_starts[size_t(m_count)] = m_pos;
        ++m_count;
    }

    void append(const Unit *data, qsizetype n)
    {
        if (n > 0) {
            m_fields[size_t(m_count - 1)].append(data, size_t(n));
            m_pos += n;
            m_recordUnits += n;
        }
    }

    Unit m_delimiter;
    State m_state = State::FieldStart;
    bool m_inRecord = false;
    bool m_skipLf = false;
    bool m_unterminatedQuote = false;
    qsizetype m_count = 0;
    qsizetype m_recordUnits = 0;
    qint64 m_pos = 0;
    qint64 m_recordStart = 0;
    std::vector<Field> m_fields;
    std::vector<qint64> m_starts;
    std::vector<std::pair<qsizetype, qsizetype>> m_escapes; // (field, content position)
};

} // namespace shoulou::io
