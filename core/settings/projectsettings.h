#pragma once

#include "settings/rulesettings.h"
#include "settings/settingkeys.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace shoulou::storage {
class Database;
}

namespace shoulou::settings {

// The rule settings in force for one project (or for the office as a whole): the project's own
// value, else the office's, else the default — read once, then a plain value.
class ProjectSettings final {
public:
    enum class Source { Default, Office, Project };
    struct Entry {
        const SettingKey *key = nullptr;
        qint64 value = 0;
        Source source = Source::Default;
    };

    // `projectId` empty: the office's values. A failed read is an error, never the defaults.
    static Result<ProjectSettings> load(storage::Database &db, const QString &projectId = {});

    // Every known setting in table order.
    const QList<Entry> &entries() const { return m_entries; }
    const Entry *entry(const QString &key) const;
    RuleSettings rules() const;
    static QString sourceCode(Source source); // "default", "office", "project"

private:
    QList<Entry> m_entries;
};

} // namespace shoulou::settings
