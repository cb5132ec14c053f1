// SPDX-License-Identifier: MIT
#pragma once

#include <QVector>

#include "core/llm/provider.h"

namespace PageLens::Test {

// Request builders the provider tests share, so each test reads as what it sends.

/** One user turn made of `parts`. */
GenerateRequest withParts(QVector<ContentPart> parts);
/** One user turn that says "Hello". */
GenerateRequest hello(bool stream = false);

} // namespace PageLens::Test
