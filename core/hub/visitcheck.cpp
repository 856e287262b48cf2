#include "visitcheck.h"

#include "customer/kioskvisitor.h"
#include "customer/visitregister.h"
#include "hub/hubkeys.h"
#include "mutation/args.h"
#include "security/officekey.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace shoulou::hub {

std::optional<QString> VisitCheck::refusal(const OfficeRecord &office, const QByteArray &argsJson)
{
    auto v = customer::VisitRegister::fromJson(QJsonDocument::fromJson(argsJson).object());
    if (!v)
        return v.error().message;
    if (office.keySealedForHub.isEmpty())
        return std::nullopt;
    if (!m_key || m_officeId != office.id) {
        m_key.reset();
        auto master = m_keys.unseal(office.keySealedForHub);
        if (!master)
            return std::nullopt; // the hub's own trouble, said where the key is used (officeKeyFor)
        auto key = security::OfficeKey::fromBytes(*master);
        sodium_memzero(master->data(), size_t(master->size()));
        if (!key)
            return std::nullopt;
        m_key.emplace(*key);
        m_officeId = office.id;
    }
    const QString label = mutation::mutationLabel(customer::VisitRegister::kName, customer::VisitRegister::kVersion);
    auto visitor = customer::KioskVisitor::open(*m_key, v->sealed, label);
    if (!visitor)
        return visitor.error().message;
    if (auto ok = visitor->check(); !ok)
        return ok.error().message;
    return std::nullopt;
}

void VisitCheck::forget()
{
    m_key.reset();
    m_officeId.clear();
}

} // namespace shoulou::hub
