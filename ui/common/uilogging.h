#pragma once

#include <QLoggingCategory>

// The desk's logging category (the core modules' are in util/logging.h): shoulou.ui. Lines
// carry error codes, counts and file paths, never personal data.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
