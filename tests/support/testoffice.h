#pragma once

#include "io/fieldmapping.h"
#include "io/leadnormalizer.h"
#include "mutation/applier.h"
#include "office/channeldirectory.h"
#include "office/officesetup.h"
#include "security/officekey.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace shoulou::test {

// A real office database in a temporary directory, a fixed test key, a manual clock and the
// write path — what most core tests start from.
class TestOffice final {
public:
    // bare: no office.init (for tests that replay another office's outbox from scratch).
    explicit TestOffice(bool bare = false)
        : m_bare(bare)
        , m_key(security::OfficeKey::fromBytes(QByteArray(32, '\x2A')).value())
    {
        m_path = m_dir.filePath(QStringLiteral("office.db"));
        m_clock.setMs(1'760'000'000'000); // 2025-10-09
        reopen();
    }

    void reopen()
    {
        m_applier.reset();
        m_db.reset();
        auto db = storage::Database::open(m_path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        m_db = std::move(db).value();
        m_applier = std::make_unique<mutation::Applier>(*m_db, m_clock, &m_key, QStringLiteral("tester"));
        if (m_bare)
            return;
        auto r = office::ensureOffice(*m_applier, QStringLiteral("测试售楼处"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    }

    storage::Database &db() { return *m_db; }
    mutation::Applier &applier() { return *m_applier; }
    ManualClock &clock() { return m_clock; }
    const security::OfficeKey &key() const { return m_key; }
    const QString &path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

    // A lead as an import row would carry it: header fields name → value.
    identity::LeadInput lead(const QStringList &header, const QStringList &cells, QString *rejection = nullptr)
    {
        io::TableRow row;
        row.number = ++m_row;
        row.cells = cells;
        row.numeric = QList<bool>(cells.size(), false);
        io::LeadNormalizer n(m_key, m_clock, header, io::FieldMapping::fromHeader(header), QStringLiteral("抖音"), QStringLiteral("test"));
        io::NormalizedRow out = n.normalize(row);
        if (rejection)
            *rejection = out.rejected ? out.reason : QString();
        office::ChannelDirectory channels(*m_db);
        const auto ch = channels.find(out.channelText);
        out.lead.channelId = ch.id;
        out.lead.weightPermille = ch.weightPermille;
        return out.lead;
    }

    QJsonObject ingest(const identity::LeadInput &lead)
    {
        auto r = m_applier->apply(QStringLiteral("lead.ingest"), 1, lead.toArgs());
        if (!r)
            qWarning() << r.error().message;
        return r ? *r : QJsonObject{{QStringLiteral("error"), r.error().code}};
    }

    qint64 count(const char *sql) { return m_db->queryInt(sql); }
    static QString phoneKey(const QString &raw) { return raw; }

private:
    bool m_bare = false;
    QTemporaryDir m_dir;
    QString m_path;
    ManualClock m_clock;
    security::OfficeKey m_key;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<mutation::Applier> m_applier;
    qint64 m_row = 0;
};

} // namespace shoulou::test
