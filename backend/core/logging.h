#pragma once

#include <QLoggingCategory>

// One category per area, used where work starts, ends and fails. Enable with
// QT_LOGGING_RULES="mtvw.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcMlf)        // mtvw.mlf: archives, metadata, code facts
Q_DECLARE_LOGGING_CATEGORY(lcProjectApi) // mtvw.projectapi: servers started and ended, each call
Q_DECLARE_LOGGING_CATEGORY(lcTransport)  // mtvw.transport: bytes to and from a board
