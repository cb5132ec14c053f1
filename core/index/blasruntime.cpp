// SPDX-License-Identifier: MIT
#include "core/index/blasruntime.h"

#include <algorithm>
#include <limits>

#include <QThread>
#include <omp.h>

#if defined(Q_OS_UNIX)
#include <dlfcn.h>
#endif

// The Fortran BLAS entry points, as FAISS itself declares them: present in every BLAS.
extern "C" {
int sgemv_(const char *trans, const int *m, const int *n, const float *alpha, const float *a, const int *lda,
           const float *x, const int *incx, const float *beta, float *y, const int *incy);
int sgemm_(const char *transa, const char *transb, const int *m, const int *n, const int *k, const float *alpha,
           const float *a, const int *lda, const float *b, const int *ldb, const float *beta, float *c,
           const int *ldc);
}

namespace PageLens {

namespace {

// OpenBLAS extensions, looked up at run time because the libblas.so.3 alternative may be another BLAS.
template <class Fn>
Fn openBlasSymbol(const char *name)
{
#if defined(Q_OS_UNIX)
    return reinterpret_cast<Fn>(dlsym(RTLD_DEFAULT, name));
#else
    Q_UNUSED(name);
    return nullptr;
#endif
}

} // namespace

void BlasRuntime::gemv(const float *a, qint64 rows, int cols, const float *x, float *y)
{
    // Column-major view: A is a cols × rows matrix with leading dimension cols, so y = Aᵀ·x.
    const float alpha = 1, beta = 0;
    const int one = 1;
    constexpr qint64 chunk = std::numeric_limits<int>::max();
    for (qint64 start = 0; start < rows; start += chunk) {
        const int n = int(std::min(chunk, rows - start));
        sgemv_("T", &cols, &n, &alpha, a + start * cols, &cols, x, &one, &beta, y + start, &one);
    }
}

void BlasRuntime::gemm(const float *a, const float *b, float *c, int m, int n, int k, bool transposeB)
{
    // Row-major C = A·B is column-major Cᵀ = Bᵀ·Aᵀ, and a row-major matrix is its column-major transpose.
    const float alpha = 1, beta = 0;
    const int ldb = transposeB ? k : n;
    sgemm_(transposeB ? "T" : "N", "N", &n, &m, &k, &alpha, b, &ldb, a, &k, &beta, c, &n);
}

QString BlasRuntime::description()
{
    using ConfigFn = char *(*)();
    const auto config = openBlasSymbol<ConfigFn>("openblas_get_config");
    const auto core = openBlasSymbol<ConfigFn>("openblas_get_corename");
    if (!config)
        return QStringLiteral("BLAS without OpenBLAS extensions (reference BLAS or other)");
    QString text = QString::fromLatin1(config());
    if (core)
        text += QStringLiteral(" (core %1)").arg(QString::fromLatin1(core()));
    return text;
}

void BlasRuntime::setThreads(int threads)
{
    const int n = threads > 0 ? threads : QThread::idealThreadCount();
    omp_set_num_threads(n);
    if (const auto set = openBlasSymbol<void (*)(int)>("openblas_set_num_threads"))
        set(n);
}

int BlasRuntime::threads()
{
    // OMP_THREAD_LIMIT (set by the app for Tesseract) caps teams whatever omp_set_num_threads says.
    return std::min(omp_get_max_threads(), omp_get_thread_limit());
}

} // namespace PageLens
