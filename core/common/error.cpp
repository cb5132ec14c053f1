// SPDX-License-Identifier: MIT
#include "core/common/error.h"

namespace PageLens {

QString Error::toLogString() const
{
    return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')');
}

bool Error::fromModelService() const
{
    switch (code) {
    case Code::Timeout:
    case Code::Network:
    case Code::InvalidKey:
    case Code::Quota:
    case Code::ModelNotFound:
    case Code::Overloaded:
    case Code::Blocked:
    case Code::Truncated:
    case Code::BadResponse:
        return true;
    default:
        return false;
    }
}

} // namespace PageLens
