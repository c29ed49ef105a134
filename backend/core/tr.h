#pragma once

#include <QCoreApplication>

namespace mtvw {

// Translation context for backend code that has no QObject: mtvw::BackendText::tr("text") looks
// the text up under the context "mtvw::BackendText", so one .ts section covers the backend's
// messages. Written out in full (no macro) so that lupdate finds every call.
class BackendText
{
    Q_DECLARE_TR_FUNCTIONS(mtvw::BackendText)
};

} // namespace mtvw
