#include "comparisonmodel.h"

#include "common/displayformat.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace shoulou::ui {

void ComparisonModel::setPair(const customer::ReviewPair &pair)
{
    beginResetModel();
    m_pair = pair;
    m_loaded = true;
    endResetModel();
}

void ComparisonModel::clear()
{
    beginResetModel();
    m_pair = {};
    m_loaded = false;
    endResetModel();
}

bool ComparisonModel::differs(int row) const
{
    return m_loaded && value(m_pair.a, row) != value(m_pair.b, row);
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_loaded ? 0 : RowCount;
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ComparisonModel::fieldName(int row) const
{
    switch (row) {
    case Name:
        return tr("Name");
    case Phones:
        return tr("Phones");
    case ResidentIds:
        return tr("Resident IDs");
    case Channels:
        return tr("Channels (first touch)");
    case Owner:
        return tr("Owner");
    case Status:
        return tr("Status");
    case Grade:
        return tr("Grade");
    case Touches:
        return tr("Touches");
    case FollowUps:
        return tr("Follow-ups");
    case FirstSeen:
        return tr("First seen");
    default:
        return {};
    }
}

QString ComparisonModel::value(const customer::ReviewSide &side, int row) const
{
    switch (row) {
    case Name:
        return side.name;
    case Phones:
        return side.maskedPhones.isEmpty() ? tr("none") : side.maskedPhones.join(QLatin1Char('\n'));
    case ResidentIds:
        return side.maskedResidentIds.isEmpty() ? tr("none") : side.maskedResidentIds.join(QLatin1Char('\n'));
    case Channels: {
        QStringList lines;
        for (const auto &c : side.channels)
            lines.append(tr("%1, %2").arg(c.channel.isEmpty() ? tr("no channel") : c.channel, DisplayFormat::dateTime(c.firstAt)));
        return lines.isEmpty() ? tr("none") : lines.join(QLatin1Char('\n'));
    }
    case Owner:
        return side.ownerName.isEmpty() ? tr("nobody") : side.ownerName;
    case Status:
        return DisplayFormat::status(side.status);
    case Grade:
        return DisplayFormat::grade(side.grade);
    case Touches:
        return QString::number(side.touches);
    case FollowUps:
        return QString::number(side.followUps);
    case FirstSeen:
        return DisplayFormat::dateTime(side.firstSeenAt);
    default:
        return {};
    }
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const bool different = differs(row);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Field)
            return fieldName(row);
        return value(index.column() == SideA ? m_pair.a : m_pair.b, row);
    case Qt::BackgroundRole:
        // A warm tint that reads on light and dark palettes alike (the text colour is set too).
        return different && index.column() != Field ? QVariant(QBrush(QColor(0xff, 0xe9, 0xb0))) : QVariant();
    case Qt::ForegroundRole:
        return different && index.column() != Field ? QVariant(QBrush(QColor(0x40, 0x2a, 0x00))) : QVariant();
    case Qt::FontRole:
        if (different || index.column() == Field) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (different && index.column() != Field)
            return tr("The two customers differ here.");
        return {};
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignTop); // lists run over several lines
    default:
        return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Field:
        return QString();
    case SideA:
        return m_loaded && m_pair.aSurvives ? tr("Customer A (kept)") : tr("Customer A");
    case SideB:
        return m_loaded && !m_pair.aSurvives ? tr("Customer B (kept)") : tr("Customer B");
    default:
        return {};
    }
}

} // namespace shoulou::ui
