// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QString>

#include "core/common/result.h"
#include "core/model/pagetext.h"

namespace Poppler {
class Document;
}

namespace PageLens {

/**
 * A PDF's text layer through Poppler (its TextOutputDev, the engine of `pdftotext` and Okular): words
 * with exact boxes, in reading order, on the page as displayed (after /Rotate, relative to the crop box).
 *
 * Poppler is a second parser of an untrusted file: every failure is an Error for the document or the
 * page, and a page whose text takes longer than a few seconds is given up. One Poppler document per
 * instance; not thread-safe (several instances on several threads are).
 */
class PopplerTextLayer
{
public:
    /** Fails with NeedsPassword when `password` does not unlock the file, Corrupt when Poppler cannot read it. */
    static Result<std::unique_ptr<PopplerTextLayer>> open(const QString &path, const QString &password = {});
    ~PopplerTextLayer();

    int pageCount() const;

    /**
     * The page's words and text: the text is the words in reading order (Poppler's columns and lines;
     * Arabic and Hebrew right to left), joined by spaces within a line and by '\n' between lines, so
     * splitting it at white space gives the words. Source::None without text.
     */
    Result<PageText> page(int page) const;

private:
    PopplerTextLayer(const QString &path, std::unique_ptr<Poppler::Document> document);

    QString m_path;
    std::unique_ptr<Poppler::Document> m_document;
};

} // namespace PageLens
