#include "handlers.h"

namespace shoulou::mutation {

void registerAllHandlers(Registry &registry)
{
    identity::registerIdentityMutations(registry);
    office::registerOfficeMutations(registry);
    customer::registerCustomerMutations(registry);
    customer::registerVisitMutations(registry);
    auth::registerAuthMutations(registry);
    settings::registerSettingsMutations(registry);
    dispatch::registerDispatchMutations(registry);
}

} // namespace shoulou::mutation
