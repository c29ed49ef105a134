#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcMlf)
Q_DECLARE_LOGGING_CATEGORY(lcArchive)
