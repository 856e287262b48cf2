#include "logging.h"

Q_LOGGING_CATEGORY(lcStorage, "shoulou.storage")
Q_LOGGING_CATEGORY(lcMutation, "shoulou.mutation")
Q_LOGGING_CATEGORY(lcIdentity, "shoulou.identity")
Q_LOGGING_CATEGORY(lcIo, "shoulou.io")
Q_LOGGING_CATEGORY(lcSecurity, "shoulou.security")
Q_LOGGING_CATEGORY(lcOffice, "shoulou.office")
Q_LOGGING_CATEGORY(lcDispatch, "shoulou.dispatch")
Q_LOGGING_CATEGORY(lcDemo, "shoulou.demo")
Q_LOGGING_CATEGORY(lcSync, "shoulou.sync")
Q_LOGGING_CATEGORY(lcAuth, "shoulou.auth")
