// SPDX-License-Identifier: MIT
#pragma once

namespace PageLens {

/**
 * Debian's Tesseract runs its LSTM with `#pragma omp parallel num_threads(...)`; with one page per
 * core already in flight that oversubscribes the cores and OCR runs 3x slower (docs/benchmarks.md).
 * Only OMP_THREAD_LIMIT caps such teams, and libgomp reads it once when it loads, before main():
 * so the process restarts itself once with the limit set. A limit the user set is kept.
 */
class OpenMpLimit
{
public:
    /** Call first thing in main(). Returns only when the limit is in place (or cannot be set). */
    static void ensureOneThreadPerTask(int argc, char *argv[]);
};

} // namespace PageLens
