// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>

#include <QString>
#include <spdlog/spdlog.h>

namespace PageLens::log {

/**
 * One logger per area. Each falls back to a logger created on first use, so tests log without
 * the application's setup. Every logger writes through the redacting sink (see Redactor).
 */
std::shared_ptr<spdlog::logger> get(const std::string &area);

inline std::shared_ptr<spdlog::logger> library() { return get("library"); }
inline std::shared_ptr<spdlog::logger> ingest() { return get("ingest"); }
inline std::shared_ptr<spdlog::logger> media() { return get("media"); }
inline std::shared_ptr<spdlog::logger> ocr() { return get("ocr"); }
inline std::shared_ptr<spdlog::logger> index() { return get("index"); }
inline std::shared_ptr<spdlog::logger> llm() { return get("llm"); }
inline std::shared_ptr<spdlog::logger> retrieval() { return get("retrieval"); }
inline std::shared_ptr<spdlog::logger> ui() { return get("ui"); }

/**
 * Configure sinks for every logger (stderr at `level`, and a rotating file when `logFile` is not empty).
 * Call once at start-up, before other threads log.
 */
void configure(const QString &logFile, spdlog::level::level_enum level);

/** Registers a secret that must never appear in a log line (API keys). */
void addSecret(const QString &secret);

inline std::string s(const QString &text) { return text.toStdString(); }

} // namespace PageLens::log
