#include "leadfieldchoices.h"

namespace shoulou::ui {

namespace {

const char *const kPlatforms[] = {"douyin", "wechat", "anjuke", "fingerprint"};

QString platformLabel(const QString &platform)
{
    if (platform == QLatin1String("douyin"))
        return LeadFieldChoices::tr("Douyin open_id");
    if (platform == QLatin1String("wechat"))
        return LeadFieldChoices::tr("WeChat union_id");
    if (platform == QLatin1String("anjuke"))
        return LeadFieldChoices::tr("Anjuke member id");
    if (platform == QLatin1String("fingerprint"))
        return LeadFieldChoices::tr("Device fingerprint");
    return LeadFieldChoices::tr("Platform id (%1)").arg(platform);
}

} // namespace

QList<LeadFieldChoices::Choice> LeadFieldChoices::all()
{
    using io::LeadField;
    QList<Choice> choices;
    for (LeadField f : {LeadField::Ignore, LeadField::Name, LeadField::Phone, LeadField::ResidentId, LeadField::Channel, LeadField::Time,
                        LeadField::Remark, LeadField::Gender, LeadField::Budget, LeadField::Layout, LeadField::Area, LeadField::Building,
                        LeadField::Owner})
        choices.append({key(f), label(f)});
    for (const char *platform : kPlatforms) {
        const QString p = QLatin1String(platform);
        choices.append({key(LeadField::PlatformId, p), label(LeadField::PlatformId, p)});
    }
    return choices;
}

QString LeadFieldChoices::key(io::LeadField field, const QString &platform)
{
    if (field == io::LeadField::PlatformId)
        return io::leadFieldKey(field) + QLatin1Char(':') + platform;
    return io::leadFieldKey(field);
}

bool LeadFieldChoices::parse(const QString &key, io::LeadField *field, QString *platform)
{
    const qsizetype colon = key.indexOf(QLatin1Char(':'));
    if (!io::leadFieldFromKey(colon < 0 ? key : key.left(colon), field))
        return false;
    *platform = colon < 0 ? QString() : key.mid(colon + 1);
    return (*field == io::LeadField::PlatformId) == !platform->isEmpty();
}

QString LeadFieldChoices::label(io::LeadField field, const QString &platform)
{
    switch (field) {
    case io::LeadField::Ignore:
        return tr("(not imported)");
    case io::LeadField::Name:
        return tr("Name");
    case io::LeadField::Phone:
        return tr("Phone");
    case io::LeadField::ResidentId:
        return tr("Resident id");
    case io::LeadField::Channel:
        return tr("Channel");
    case io::LeadField::Time:
        return tr("Lead time");
    case io::LeadField::Remark:
        return tr("Remark");
    case io::LeadField::PlatformId:
        return platformLabel(platform);
    case io::LeadField::Gender:
        return tr("Gender");
    case io::LeadField::Budget:
        return tr("Budget (10k yuan)");
    case io::LeadField::Layout:
        return tr("Layout");
    case io::LeadField::Area:
        return tr("Area (m²)");
    case io::LeadField::Building:
        return tr("Intended building");
    case io::LeadField::Owner:
        return tr("Owner consultant (by name)");
    }
    return {};
}

QString LeadFieldChoices::masked(const QString &cell, io::LeadField field)
{
    const QString t = cell.trimmed();
    if (field == io::LeadField::Phone && t.size() >= 8)
        return t.left(3) + QStringLiteral("****") + t.right(4);
    if (field == io::LeadField::ResidentId && t.size() >= 8)
        return t.left(4) + QString(t.size() - 8, QLatin1Char('*')) + t.right(4);
    if ((field == io::LeadField::Phone || field == io::LeadField::ResidentId) && !t.isEmpty())
        return QString(t.size(), QLatin1Char('*'));
    return cell;
}

} // namespace shoulou::ui
