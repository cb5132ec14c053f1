// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

#include "core/agent/agentanswer.h"
#include "core/model/searchresult.h"

namespace PageLens {

/**
 * The answer without a model service: the best passages with their citations, labelled as
 * search results (not as an answer), so `ask` still helps offline or before consent.
 */
class ExtractiveAnswer
{
    Q_DECLARE_TR_FUNCTIONS(ExtractiveAnswer)
public:
    static AgentAnswer fromSearch(const QString &question, const SearchResult &result, const QString &why);
};

} // namespace PageLens
