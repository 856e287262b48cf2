#pragma once

namespace shoulou::mutation {

class Registry;

// Registers every mutation of this build; each module adds its own.
void registerAllHandlers(Registry &registry);

} // namespace shoulou::mutation

namespace shoulou::identity {
void registerIdentityMutations(mutation::Registry &registry);
}
namespace shoulou::office {
void registerOfficeMutations(mutation::Registry &registry);
}
namespace shoulou::customer {
void registerCustomerMutations(mutation::Registry &registry);
void registerVisitMutations(mutation::Registry &registry);
} // namespace shoulou::customer
namespace shoulou::auth {
void registerAuthMutations(mutation::Registry &registry);
}
namespace shoulou::settings {
void registerSettingsMutations(mutation::Registry &registry);
}
namespace shoulou::dispatch {
void registerDispatchMutations(mutation::Registry &registry);
}
