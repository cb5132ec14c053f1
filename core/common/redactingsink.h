// SPDX-License-Identifier: MIT
#pragma once

#include <mutex>
#include <string>
#include <vector>

#include <spdlog/sinks/base_sink.h>

namespace PageLens::log {

/**
 * A sink wrapper that blanks registered secrets and key-shaped strings ("AIza…", "sk-…",
 * `key=` query values) before a line reaches any real sink.
 */
class RedactingSink : public spdlog::sinks::base_sink<std::mutex>
{
public:
    void addSink(spdlog::sink_ptr sink);
    /** Replaces the real sinks; the registered secrets stay. */
    void setSinks(std::vector<spdlog::sink_ptr> sinks);
    void addSecret(const std::string &secret);
    static std::string redact(std::string text, const std::vector<std::string> &secrets);

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override;
    void flush_() override;

private:
    std::vector<spdlog::sink_ptr> m_sinks;
    std::vector<std::string> m_secrets;
};

} // namespace PageLens::log
