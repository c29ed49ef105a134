#include "logging.h"

Q_LOGGING_CATEGORY(lcMlf, "mtvw.mlf", QtWarningMsg)
Q_LOGGING_CATEGORY(lcProjectApi, "mtvw.projectapi", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTransport, "mtvw.transport", QtWarningMsg)
