// SPDX-License-Identifier: MIT
#include "core/common/openmplimit.h"

#include <cstdlib>
#include <vector>

#if defined(__linux__)
#include <unistd.h>
#endif

namespace PageLens {

void OpenMpLimit::ensureOneThreadPerTask(int argc, char *argv[])
{
#if defined(__linux__)
    if (std::getenv("OMP_THREAD_LIMIT"))
        return;
    setenv("OMP_THREAD_LIMIT", "1", 1);
    std::vector<char *> args(argv, argv + argc);
    args.push_back(nullptr);
    execv("/proc/self/exe", args.data());
    // execv failed: run on without the limit, slower OCR but correct.
#else
    (void)argc;
    (void)argv;
#endif
}

} // namespace PageLens
