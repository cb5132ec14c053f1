// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/ingest/enrichoptions.h"

namespace PageLens {

/**
 * The person's "yes, send it" per library and per kind of data (page text, page images), kept in
 * QSettings under a key derived from the library's folder. Holds only booleans and the folder
 * name, never a secret. Once a kind is granted, the consent dialog is not shown again for it;
 * Settings takes it back.
 */
class ConsentStore
{
    Q_DECLARE_TR_FUNCTIONS(ConsentStore)
public:
    enum class Kind { Text, Images };

    static bool granted(const QString &library, Kind kind);
    /** Whether every kind `preview` would send was already granted for `library`. */
    static bool covers(const QString &library, const EgressPreview &preview);
    /** Grants the kinds `preview` would send. */
    static void grant(const QString &library, const EgressPreview &preview);
    static void revoke(const QString &library);
    /** "page text and page images", "page text", or empty when nothing was granted. */
    static QString describe(const QString &library);

private:
    static QString group(const QString &library);
};

} // namespace PageLens
