// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QString>

#include "core/common/result.h"
#include "core/media/pagesource.h"

namespace PageLens {

/**
 * Opens a supported file (PDF, PNG, JPEG, WebP, TIFF, BMP, GIF), recognised by its content, not its name.
 * A PDF that needs a user password fails with Error::Code::NeedsPassword unless `password` opens it.
 */
class DocumentOpener
{
public:
    static Result<std::unique_ptr<PageSource>> open(const QString &path, const QString &password = {});
    /** "pdf", "image" or empty when the content is not a supported kind. */
    static QString kindOf(const QString &path);
    static bool isSupportedSuffix(const QString &path);
};

} // namespace PageLens
