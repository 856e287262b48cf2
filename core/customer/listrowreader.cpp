#include "listrowreader.h"

#include "identity/phonenumber.h"
#include "storage/readerror.h"
#include "storage/statement.h"

namespace shoulou::customer {

ListRow readListRow(storage::Statement &st)
{
    ListRow r;
    r.id = st.text(0);
    r.name = st.text(1);
    if (!st.isNull(2)) {
        const QStringList p = st.text(2).split(QLatin1Char('|'));
        if (p.size() == 3)
            r.maskedPhone = identity::PhoneNumber::fromStored(p[0], p[1], p[2]).masked();
    }
    r.grade = st.text(3);
    r.status = st.text(4);
    r.ownerId = st.text(5);
    r.firstChannelId = st.text(6);
    r.lastFollowUpAt = st.isNull(7) ? 0 : st.int64(7);
    r.nextFollowUpAt = st.isNull(8) ? 0 : st.int64(8);
    r.createdAt = st.int64(9);
    return r;
}

Result<QList<ListRow>> readListRows(storage::Statement &st, const QByteArray &sql)
{
    QList<ListRow> out;
    while (st.step())
        out << readListRow(st);
    auto error = storage::readError(st, sql.constData());
    st.reset();
    if (error)
        return *error;
    return out;
}

} // namespace shoulou::customer
