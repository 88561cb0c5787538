#include "connectflow.h"

namespace cc {

ConnectFlow::ConnectFlow(const Services &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{ }

QString ConnectFlow::messageFor(const ApiError &error)
{
    if ((error.kind == ApiError::Kind::Validation || error.kind == ApiError::Kind::Conflict)
        && !error.serverMessage.isEmpty())
        return error.serverMessage;
    return error.message();
}

} // namespace cc
