// SPDX-License-Identifier: MIT
#pragma once

#include <QUrl>

namespace PageLens {

/**
 * Decides which servers get the API key. A key goes only over https to a public address, unless
 * the user opted in for this server (--send-key, the Settings checkbox): plain http would show it
 * to the network, and a local or LAN server (Ollama, llama.cpp) normally needs none.
 */
class KeyPolicy
{
public:
    /** True when a request to `url` may carry the key; `userOptedIn` sends it anywhere. */
    static bool mayReceiveKey(const QUrl &url, bool userOptedIn);
    /**
     * Loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local and this-host
     * addresses, and names that only resolve nearby: localhost, *.localhost, *.local (mDNS, any
     * device on the LAN can claim one) and single-label names.
     */
    static bool isPrivateHost(const QString &host);
};

} // namespace PageLens
