// SPDX-License-Identifier: MIT
#include "ui/settings/consentstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSettings>

namespace PageLens {

namespace {

QString kindKey(ConsentStore::Kind kind)
{
    return kind == ConsentStore::Kind::Text ? QStringLiteral("text") : QStringLiteral("images");
}

} // namespace

QString ConsentStore::group(const QString &library)
{
    // A hash: QSettings keys cannot hold a path's slashes, and the key stays short.
    const QByteArray path = QDir::cleanPath(QDir(library).absolutePath()).toUtf8();
    return QStringLiteral("consent/") + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex());
}

bool ConsentStore::granted(const QString &library, Kind kind)
{
    return !library.isEmpty() && QSettings().value(group(library) + QLatin1Char('/') + kindKey(kind), false).toBool();
}

bool ConsentStore::covers(const QString &library, const EgressPreview &preview)
{
    if ((preview.pagesToCaption > 0 || preview.pagesToDetect > 0) && !granted(library, Kind::Images))
        return false;
    if (preview.textsToEmbed > 0 && !granted(library, Kind::Text))
        return false;
    return !preview.nothingToSend();
}

void ConsentStore::grant(const QString &library, const EgressPreview &preview)
{
    if (library.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(group(library));
    settings.setValue(QStringLiteral("library"), QDir::cleanPath(library));   // for a person reading the file
    if (preview.pagesToCaption > 0 || preview.pagesToDetect > 0)
        settings.setValue(kindKey(Kind::Images), true);
    if (preview.textsToEmbed > 0)
        settings.setValue(kindKey(Kind::Text), true);
}

void ConsentStore::revoke(const QString &library)
{
    QSettings().remove(group(library));
}

QString ConsentStore::describe(const QString &library)
{
    const bool text = granted(library, Kind::Text);
    const bool images = granted(library, Kind::Images);
    if (text && images)
        return tr("page text and page images");
    if (text)
        return tr("page text");
    if (images)
        return tr("page images");
    return {};
}

} // namespace PageLens
