// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace PageLens {

/**
 * The BLAS that FAISS was linked with (Debian: whatever the libblas.so.3 alternative points to),
 * called directly where FAISS's generic build is slow, plus the thread count of it and of OpenMP.
 */
class BlasRuntime
{
public:
    /** y = A·x for a row-major `rows` × `cols` matrix A. */
    static void gemv(const float *a, qint64 rows, int cols, const float *x, float *y);
    /** C = A·B, all row-major: A is m × k, C is m × n, B is k × n (or n × k and used transposed). */
    static void gemm(const float *a, const float *b, float *c, int m, int n, int k, bool transposeB = false);

    /** The library in use, e.g. "OpenBLAS 0.3.21 DYNAMIC_ARCH ... (core Zen)"; generic text otherwise. */
    static QString description();
    /** Sets the threads of OpenMP (FAISS) and of OpenBLAS when present; 0 = one per core. */
    static void setThreads(int threads);
    /** The OpenMP team size FAISS gets. */
    static int threads();
};

} // namespace PageLens
