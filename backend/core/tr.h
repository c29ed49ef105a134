#pragma once

#include <QCoreApplication>

namespace mtvw {

// Translation context for backend code that has no QObject: MTVW_TR("text") looks the text up
// under the context "mtvw::backend" so one .ts section covers the backend's messages.
class BackendText
{
    Q_DECLARE_TR_FUNCTIONS(mtvw::backend)
};

} // namespace mtvw

#define MTVW_TR(text) ::mtvw::BackendText::tr(text)
