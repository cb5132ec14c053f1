// SPDX-License-Identifier: MIT
#include "core/llm/keypolicy.h"

#include <QHostAddress>

namespace PageLens {

namespace {

bool isPrivateAddress(const QHostAddress &address)
{
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);   // also unwraps ::ffff:a.b.c.d
    if (mapped) {
        const QHostAddress ipv4(v4);
        for (const char *subnet : {"0.0.0.0/8", "10.0.0.0/8", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.168.0.0/16"}) {
            if (ipv4.isInSubnet(QHostAddress::parseSubnet(QString::fromLatin1(subnet))))
                return true;
        }
        return false;
    }
    return address.isLoopback() || address.isLinkLocal() || address.isUniqueLocalUnicast() || address.isSiteLocal()
           || address == QHostAddress::AnyIPv6;
}

} // namespace

bool KeyPolicy::isPrivateHost(const QString &host)
{
    const QString name = host.toLower();
    if (name.isEmpty())
        return true;
    if (QHostAddress address; address.setAddress(name))
        return isPrivateAddress(address);
    return name == QLatin1String("localhost") || name.endsWith(QLatin1String(".localhost")) || name.endsWith(QLatin1String(".local"))
           || !name.contains(QLatin1Char('.'));
}

bool KeyPolicy::mayReceiveKey(const QUrl &url, bool userOptedIn)
{
    if (userOptedIn)
        return true;
    return url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 && !isPrivateHost(url.host());
}

} // namespace PageLens
