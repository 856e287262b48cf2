#include "projectsettings.h"

#include "storage/database.h"
#include "storage/readerror.h"

namespace shoulou::settings {

Result<ProjectSettings> ProjectSettings::load(storage::Database &db, const QString &projectId)
{
    // scope '' is the office; a project's rows override it.
    static const char *const kSql = "SELECT scope, key, value FROM setting WHERE scope = '' OR scope = ?1";
    QHash<QString, qint64> office, project;
    auto &st = db.prepare(kSql);
    st.bind(1, projectId);
    while (st.step())
        (st.text(0).isEmpty() ? office : project).insert(st.text(1), st.int64(2));
    const auto error = storage::readError(st, kSql);
    st.reset();
    if (error)
        return *error;

    ProjectSettings s;
    for (const SettingKey &k : SettingKeys::all()) {
        const QString key = QLatin1String(k.key);
        Entry e{&k, k.defaultValue, Source::Default};
        if (!projectId.isEmpty() && project.contains(key))
            e = {&k, project.value(key), Source::Project};
        else if (office.contains(key))
            e = {&k, office.value(key), Source::Office};
        s.m_entries.append(e);
    }
    return s;
}

const ProjectSettings::Entry *ProjectSettings::entry(const QString &key) const
{
    for (const Entry &e : m_entries)
        if (key == QLatin1String(e.key->key))
            return &e;
    return nullptr;
}

RuleSettings ProjectSettings::rules() const
{
    return RuleSettings::from([this](const char *key) {
        const Entry *e = entry(QLatin1String(key));
        return e ? e->value : 0;
    });
}

QString ProjectSettings::sourceCode(Source source)
{
    switch (source) {
    case Source::Office:
        return QStringLiteral("office");
    case Source::Project:
        return QStringLiteral("project");
    case Source::Default:
        break;
    }
    return QStringLiteral("default");
}

} // namespace shoulou::settings
