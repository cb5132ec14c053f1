// SPDX-License-Identifier: MIT
#include "tests/support/providertesthelpers.h"

namespace PageLens::Test {

GenerateRequest withParts(QVector<ContentPart> parts)
{
    GenerateRequest request;
    request.turns.append(ChatTurn{ChatTurn::Role::User, std::move(parts)});
    return request;
}

GenerateRequest hello(bool stream)
{
    GenerateRequest request = withParts({ContentPart::fromText(QStringLiteral("Hello"))});
    request.stream = stream;
    return request;
}

} // namespace PageLens::Test
