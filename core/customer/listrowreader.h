#pragma once

#include "customer/customerlist.h"
#include "util/result.h"

namespace shoulou::customer {

// The one way a list row is read, shared by the customer list and Today: the SELECT they
// start from (its columns in readListRow's order) and the row reader.
// The first phone across the customer's merged records is the masked phone column.
inline constexpr const char *kListRowSelect =
    "SELECT c.id, c.name, "
    "(SELECT p.e164 || '|' || coalesce(p.extension, '') || '|' || p.kind FROM customer m "
    "JOIN customer_phone p ON p.customer_id = m.id WHERE m.root_id = c.id ORDER BY p.created_at, p.rowid LIMIT 1), "
    "c.grade, c.status, c.owner_id, c.first_channel_id, c.last_follow_up_at, c.next_follow_up_at, c.created_at, c.pinyin "
    "FROM customer c ";

ListRow readListRow(storage::Statement &st);
// Every row the bound statement gives, or the error that stopped it (never a short list).
Result<QList<ListRow>> readListRows(storage::Statement &st, const QByteArray &sql);

} // namespace shoulou::customer
