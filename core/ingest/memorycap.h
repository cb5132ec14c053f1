// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

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

    static Outcome applyToThisProcess(std::uint64_t bytes);
};

} // namespace PageLens
