// SPDX-License-Identifier: MIT
#include "core/common/log.h"

#include <mutex>
#include <vector>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>

#include "core/common/redactingsink.h"

namespace PageLens::log {

namespace {

struct LogState {
    std::mutex mutex;
    std::shared_ptr<RedactingSink> sink;
    spdlog::level::level_enum level = spdlog::level::warn;
};

LogState &state()
{
    static LogState s;   // process-wide by nature: spdlog's registry is too
    return s;
}

std::shared_ptr<RedactingSink> sinkLocked(LogState &st)
{
    if (!st.sink) {
        st.sink = std::make_shared<RedactingSink>();
        st.sink->addSink(std::make_shared<spdlog::sinks::stderr_sink_mt>());
    }
    return st.sink;
}

} // namespace

std::shared_ptr<spdlog::logger> get(const std::string &area)
{
    auto &st = state();
    std::lock_guard lock(st.mutex);
    if (auto existing = spdlog::get(area))
        return existing;
    auto logger = std::make_shared<spdlog::logger>(area, sinkLocked(st));
    logger->set_level(st.level);
    spdlog::register_logger(logger);
    return logger;
}

void configure(const QString &logFile, spdlog::level::level_enum level)
{
    auto &st = state();
    std::lock_guard lock(st.mutex);
    st.level = level;
    auto err = std::make_shared<spdlog::sinks::stderr_sink_mt>();
    err->set_level(level);
    std::vector<spdlog::sink_ptr> targets{err};
    if (!logFile.isEmpty()) {
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(logFile.toStdString(), 5 * 1024 * 1024, 3);
            file->set_level(spdlog::level::info);
            targets.push_back(file);
        } catch (const spdlog::spdlog_ex &) {
            // A read-only home must not stop the program; stderr still works.
        }
    }
    // The redacting sink stays, with the secrets registered so far; only where it writes changes.
    sinkLocked(st)->setSinks(std::move(targets));
    spdlog::drop_all();   // loggers are made again on first use, at the new level
}

void addSecret(const QString &secret)
{
    auto &st = state();
    std::lock_guard lock(st.mutex);
    sinkLocked(st)->addSecret(secret.toStdString());
}

} // namespace PageLens::log
