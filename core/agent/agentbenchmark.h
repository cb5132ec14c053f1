// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

#include "core/common/result.h"

namespace PageLens {

/**
 * The agent's own time per step, without the model, behind `pagelens-cli bench agent`: a library
 * of N synthetic text pages (plus one real image page to look at) in a temporary folder; each
 * step runs what AgentLoop does between two model turns — search_library, view_page (render and
 * WEBP encode), read_page_text — and encodes the grown conversation as a Gemini request.
 */
class AgentBenchmark
{
public:
    struct Options {
        int pages = 10000;
        int steps = 30;
        QString imagePath;    // the page view_page shows (a real image or PDF)
    };
    struct Report {
        int pages = 0;
        int steps = 0;
        double setupSeconds = 0;
        double searchMs = 0;      // medians per call
        double viewMs = 0;
        double readMs = 0;
        double encodeMs = 0;      // the request of a full answer: 8 tool rounds, each with an image
        double stepMs = 0;        // median of search + view + read + encode
        double stepCpuMs = 0;     // the same step in process CPU time (all threads): steadier on a busy machine
        double loadAverage = 0;   // the 1-minute load average when the run ended
        qint64 requestBytes = 0;  // size of the last request encoded
        QString toText() const;
        QJsonObject toJson() const;
    };

    static Result<Report> run(const Options &options);
};

} // namespace PageLens
