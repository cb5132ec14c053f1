// SPDX-License-Identifier: MIT
#include "core/common/error.h"

namespace PageLens {

QString Error::toLogString() const
{
    return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')');
}

} // namespace PageLens
