// SPDX-License-Identifier: MIT
#pragma once

#include <QCborMap>

namespace PageLens {

/**
 * The inside of `pagelens-docworker`: answers WorkerProtocol requests from stdin on stdout, one at a
 * time, until stdin closes. Untrusted documents are opened, rendered and OCR'd only here, so a
 * crash, an allocation beyond the address-space cap or a hang ends this process, not the app.
 *
 * PAGELENS_WORKER_FAULT=crash|hang|oom|slow:<substring> (tests only) makes every page request for a
 * path containing the substring crash (SIGSEGV), hang, allocate until memory runs out, or sleep
 * 1.5 s before reading.
 */
class DocumentWorker
{
public:
    /** Serves until stdin closes; returns the process exit code. */
    static int serve();
    /** One request's answer (what serve() writes back). */
    static QCborMap answer(const QCborMap &request);
};

} // namespace PageLens
