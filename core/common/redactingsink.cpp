// SPDX-License-Identifier: MIT
#include "core/common/redactingsink.h"

#include <regex>

namespace PageLens::log {

void RedactingSink::addSink(spdlog::sink_ptr sink)
{
    std::lock_guard lock(mutex_);
    m_sinks.push_back(std::move(sink));
}

void RedactingSink::setSinks(std::vector<spdlog::sink_ptr> sinks)
{
    std::lock_guard lock(mutex_);
    m_sinks = std::move(sinks);
}

void RedactingSink::addSecret(const std::string &secret)
{
    if (secret.size() < 4)
        return;
    std::lock_guard lock(mutex_);
    m_secrets.push_back(secret);
}

std::string RedactingSink::redact(std::string text, const std::vector<std::string> &secrets)
{
    for (const auto &secret : secrets) {
        for (auto pos = text.find(secret); pos != std::string::npos; pos = text.find(secret, pos))
            text.replace(pos, secret.size(), "[REDACTED]");
    }
    // Key shapes of Google and OpenAI, and keys passed as query parameters.
    static const std::regex shapes(R"((AIza[0-9A-Za-z_\-]{20,})|(sk-[0-9A-Za-z_\-]{16,})|([?&]key=)[^&\s"]+)");
    return std::regex_replace(text, shapes, "$3[REDACTED]");
}

void RedactingSink::sink_it_(const spdlog::details::log_msg &msg)
{
    const std::string clean = redact(std::string(msg.payload.data(), msg.payload.size()), m_secrets);
    spdlog::details::log_msg copy(msg);
    copy.payload = clean;
    for (auto &sink : m_sinks) {
        if (sink->should_log(copy.level))
            sink->log(copy);
    }
}

void RedactingSink::flush_()
{
    for (auto &sink : m_sinks)
        sink->flush();
}

} // namespace PageLens::log
