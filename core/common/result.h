// SPDX-License-Identifier: MIT
#pragma once

#include <tl/expected.hpp>

#include "core/common/error.h"

namespace PageLens {

/** Every fallible core call returns this; exceptions never cross a thread or a future. */
template <class T>
using Result = tl::expected<T, Error>;

inline tl::unexpected<Error> fail(Error::Code code, const QString &message, const QString &detail = {})
{
    return tl::unexpected<Error>(Error(code, message, detail));
}

} // namespace PageLens
