#include "hublogging.h"

Q_LOGGING_CATEGORY(lcHub, "shoulou.hub")
