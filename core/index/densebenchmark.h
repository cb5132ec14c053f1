// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

#include "core/common/result.h"
#include "core/index/denseindex.h"

namespace PageLens {

/**
 * The dense index benchmark behind `pagelens-cli bench dense`: N synthetic unit vectors (low rank
 * plus noise, so nearest neighbours are meaningful for recall) go into a fresh index, which is
 * saved, loaded back and queried; exact top-k from FAISS's brute force gives recall@k.
 */
class DenseBenchmark
{
public:
    struct Options {
        qint64 pages = 10000;
        int dim = 768;
        int queries = 200;
        int k = 10;
        DenseIndex::Mode mode = DenseIndex::Mode::Auto;
        int threads = 0;         // 0 = one per core
        bool faissBaseline = false; // also time FAISS's own IndexFlatIP::search, one query at a time
        QString workDir;         // a temporary folder when empty
    };

    struct Report {
        qint64 pages = 0;
        int dim = 0;
        int queries = 0;
        int threads = 0;       // BLAS threads and the bandwidth probe's
        int openMpThreads = 0; // FAISS's team, lower when OMP_THREAD_LIMIT caps it
        QString kind;
        qint64 hnswThreshold = 0;
        double buildMs = 0;
        double saveMs = 0;
        double loadMs = 0;
        double queryP50Ms = 0;
        double queryP99Ms = 0;
        double recallAtK = 0;
        int k = 0;
        qint64 fileBytes = 0;
        double bandwidthGBps = 0; // streaming read of a large buffer, same thread count
        double faissP50Ms = -1;   // FAISS IndexFlatIP::search per query, when asked for
        QString blas;
        QString faissBuild; // faiss::get_compile_options(), e.g. "OPTIMIZE GENERIC"

        /** pages, dim, build_ms, load_ms, query_p50_ms, query_p99_ms, and the rest. */
        QJsonObject toJson() const;
        /** Bytes a flat scan reads per query over the p50 time, in GB/s; 0 for HNSW. */
        double scanGBps() const;
    };

    static Result<Report> run(const Options &options);
    /** GB/s reading a buffer of `bytes` with `threads` threads (best of three passes). */
    static double readBandwidth(int threads, qint64 bytes);
};

} // namespace PageLens
