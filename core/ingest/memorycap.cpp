// SPDX-License-Identifier: MIT
#include "core/ingest/memorycap.h"

#if defined(_WIN32)
#include <windows.h>
#else
#include <sys/resource.h>
#endif

namespace PageLens {

MemoryCap::Outcome MemoryCap::applyToThisProcess(std::uint64_t bytes)
{
#if defined(PAGELENS_ADDRESS_SANITIZER)
    (void)bytes;
    return Outcome::SkippedUnderAddressSanitizer;
#elif defined(_WIN32)
    HANDLE job = ::CreateJobObjectW(nullptr, nullptr);
    if (!job)
        return Outcome::Failed;
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits{};
    limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_PROCESS_MEMORY | JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION;
    limits.ProcessMemoryLimit = SIZE_T(bytes);
    if (!::SetInformationJobObject(job, JobObjectExtendedLimitInformation, &limits, sizeof limits)
        || !::AssignProcessToJobObject(job, ::GetCurrentProcess())) {
        ::CloseHandle(job);
        return Outcome::Failed;
    }
    // The handle stays open for the process's life: the job, and so the limit, lasts as long as it.
    return Outcome::Applied;
#else
    const rlim_t cap = rlim_t(bytes);
    const struct rlimit limit{cap, cap};
    return ::setrlimit(RLIMIT_AS, &limit) == 0 ? Outcome::Applied : Outcome::Failed;
#endif
}

} // namespace PageLens
