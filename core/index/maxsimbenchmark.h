// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

#include "core/common/result.h"

namespace PageLens {

/**
 * The late-interaction benchmark behind `pagelens-cli bench maxsim`: N synthetic ColPali-shaped
 * pages (a 32 × 32 patch grid plus a few extra vectors, clustered like real pages: a handful of
 * topics per page, blank-margin patches shared by all pages, noise) go into a PatchStore file,
 * which is opened mapped and searched exactly and in two stages; the exact top-k is the reference
 * for recall, and a streaming read of a large buffer gives the memory roofline of the exact scan.
 */
class MaxSimBenchmark
{
public:
    struct Options {
        qint64 pages = 10000;
        int patches = 1030;
        int dim = 128;
        int queryTokens = 20;
        int queries = 20;
        int k = 10;
        int threads = 0;      // 0 = one per core
        int poolFactor = 32;  // pooled vectors per page for the candidate stage: patches / factor
        int candidates = 256; // pages reranked exactly
        QString workDir;      // a temporary folder when empty
        bool keepFile = false; // keep the file in workDir, and reuse one of the same shape written before
    };

    struct Report {
        qint64 pages = 0;
        int patches = 0;
        int dim = 0;
        int queryTokens = 0;
        int queries = 0;
        int k = 0;
        int threads = 0;
        int poolFactor = 0;
        int candidates = 0;
        QString kernel;
        double writeMs = 0; // generate, encode, pool and write the file
        double openMs = 0;  // map and verify the checksum
        double exactP50Ms = 0;
        double exactP99Ms = 0;
        double twoStageP50Ms = 0;
        double twoStageP99Ms = 0;
        double recallAtK = 0;
        double firstStageRecallAtK = 0; // the candidate stage's own top k against exact
        double bandwidthGBps = 0;
        qint64 bytesPerPage = 0;     // full vectors, what the exact scan reads
        qint64 residentBytesPerPage = 0;
        qint64 fileBytes = 0;
        bool reusedFile = false; // keepFile found the pages already written (writeMs 0)

        /** Bytes of the exact scan over the measured bandwidth. */
        double rooflineMs() const;
        /** pages, patches, dim, query_tokens, exact_p50_ms, ..., resident_bytes_per_page, and more. */
        QJsonObject toJson() const;
    };

    static Result<Report> run(const Options &options);
};

} // namespace PageLens
