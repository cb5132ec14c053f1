// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace PageLens {

/** A failure that can reach a person: `message` is translated and shown, `detail` goes to logs only. */
struct Error {
    enum class Code {
        Unknown,
        InvalidArgument,   // bad input from the caller or the user
        NotFound,
        Io,                // file system
        Corrupt,           // a file that cannot be parsed
        NeedsPassword,
        Unsupported,
        Database,
        Cancelled,
        Timeout,
        Network,           // transport failure, no HTTP status
        InvalidKey,        // 401/403
        Quota,             // 429
        ModelNotFound,     // 404 from a model service
        Overloaded,        // 500/502/503/504
        Blocked,           // safety / prompt blocked
        Truncated,         // output cut by max tokens
        BadResponse,       // response we could not understand or validate
        Mismatch,          // e.g. embedding dimension differs from the library's
        Locked,            // another PageLens kept writing to the library for longer than we wait
        CatalogDamaged,    // catalog.sqlite is not a whole SQLite database: `pagelens-cli repair`
        ReadOnly,          // the library folder or catalog cannot be written: reads work, writes do not
        ReaderFailed,      // the document worker crashed, ran out of memory or missed its deadline on this file
    };

    Code code = Code::Unknown;
    QString message;
    QString detail;

    Error() = default;
    Error(Code c, QString msg, QString det = {}) : code(c), message(std::move(msg)), detail(std::move(det)) {}

    /** message plus detail, for logs. */
    QString toLogString() const;
    /** The model service failed (transport, key, quota, model, overload, refusal, bad output): CLI exit 3. */
    bool fromModelService() const;
};

} // namespace PageLens
