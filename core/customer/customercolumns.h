#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace shoulou::customer {

// The columns of a customer table, wherever one is shown or written: the desk's list and
// the export. Their headers come from here only, so the file says what the screen says.
enum class CustomerColumn { Name, Phone, Grade, Status, Owner, FirstChannel, LastFollowUp, NextFollowUp, Registered, Id };

class CustomerColumns final {
public:
    // The desk's list, in its order.
    static constexpr std::array<CustomerColumn, 8> listed{
        CustomerColumn::Name,  CustomerColumn::Phone,        CustomerColumn::Grade,        CustomerColumn::Status,
        CustomerColumn::Owner, CustomerColumn::FirstChannel, CustomerColumn::LastFollowUp, CustomerColumn::NextFollowUp};
    // The export: the list's columns, then when the customer was registered and its id.
    static constexpr std::array<CustomerColumn, 10> exported{CustomerColumn::Name,         CustomerColumn::Phone,
                                                             CustomerColumn::Grade,        CustomerColumn::Status,
                                                             CustomerColumn::Owner,        CustomerColumn::FirstChannel,
                                                             CustomerColumn::LastFollowUp, CustomerColumn::NextFollowUp,
                                                             CustomerColumn::Registered,   CustomerColumn::Id};

    // The translated header.
    static QString header(CustomerColumn column);
    template <std::size_t N>
    static QStringList headers(const std::array<CustomerColumn, N> &columns)
    {
        QStringList out;
        for (CustomerColumn c : columns)
            out << header(c);
        return out;
    }
};

} // namespace shoulou::customer
