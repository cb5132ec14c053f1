// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

// gcc defines __SANITIZE_ADDRESS__; clang answers __has_feature(address_sanitizer).
#if defined(__SANITIZE_ADDRESS__)
#define PAGELENS_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PAGELENS_ADDRESS_SANITIZER 1
#endif
#endif

namespace PageLens {

/**
 * Caps the memory of the process it runs in, so a document that makes a reader allocate without
 * end ends that document worker (its new-handler exits with WorkerProtocol::kOutOfMemoryExit), not
 * the machine. POSIX: the address-space limit (RLIMIT_AS). Windows, which has no address-space
 * limit: a job object with a per-process committed-memory limit, which also keeps a crashing worker
 * from opening an error-report dialog that would hold it until its deadline.
 *
 * Free of Qt on purpose: the Windows half is compiled on Linux by a MinGW cross compiler
 * (tests/windows), where no Qt for Windows is installed.
 */
class MemoryCap
{
public:
    enum class Outcome {
        Applied,
        Failed,
        /** AddressSanitizer reserves terabytes of address space up front: a cap would stop the
         *  process, so sanitizer builds run without one. */
        SkippedUnderAddressSanitizer,
    };

    /** False in AddressSanitizer builds, where applyToThisProcess() caps nothing. */
#if defined(PAGELENS_ADDRESS_SANITIZER)
    static constexpr bool kEnforced = false;
#else
    static constexpr bool kEnforced = true;
#endif

    static Outcome applyToThisProcess(std::uint64_t bytes);
};

} // namespace PageLens
