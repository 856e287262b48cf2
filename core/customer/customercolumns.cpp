#include "customercolumns.h"

#include <QCoreApplication>

namespace shoulou::customer {

QString CustomerColumns::header(CustomerColumn column)
{
    switch (column) {
    case CustomerColumn::Name:
        return QCoreApplication::translate("CustomerColumns", "Name");
    case CustomerColumn::Phone:
        return QCoreApplication::translate("CustomerColumns", "Phone");
    case CustomerColumn::Grade:
        return QCoreApplication::translate("CustomerColumns", "Grade");
    case CustomerColumn::Status:
        return QCoreApplication::translate("CustomerColumns", "Status");
    case CustomerColumn::Owner:
        return QCoreApplication::translate("CustomerColumns", "Consultant");
    case CustomerColumn::FirstChannel:
        return QCoreApplication::translate("CustomerColumns", "First channel");
    case CustomerColumn::LastFollowUp:
        return QCoreApplication::translate("CustomerColumns", "Last follow-up");
    case CustomerColumn::NextFollowUp:
        return QCoreApplication::translate("CustomerColumns", "Next follow-up");
    case CustomerColumn::Registered:
        return QCoreApplication::translate("CustomerColumns", "Registered");
    case CustomerColumn::Id:
        return QCoreApplication::translate("CustomerColumns", "Customer ID");
    }
    return {};
}

} // namespace shoulou::customer
