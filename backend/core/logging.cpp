#include "logging.h"

Q_LOGGING_CATEGORY(lcMlf, "mtvw.backend.mlf", QtWarningMsg)
Q_LOGGING_CATEGORY(lcArchive, "mtvw.backend.archive", QtWarningMsg)
