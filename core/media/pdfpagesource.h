// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>

#include <QString>

#include "core/media/pagesource.h"

class QPdfDocument;

namespace PageLens {

class PopplerTextLayer;

/**
 * A PDF through QtPdf (PDFium) for pages, sizes and renders, and through Poppler for the text layer
 * (PopplerTextLayer, opened on the first textLayer() call). The documents live on the thread that
 * opened the file; use the instance on that thread only.
 *
 * QtPdf serialises every PDFium call behind one process-wide mutex, so several instances on several
 * threads are safe but not parallel for what goes through PDFium (opening, sizes, renders).
 */
class PdfPageSource : public PageSource
{
public:
    /**
     * How text-layer word boxes are made; raised whenever they change so that libraries indexed with
     * older boxes can be read again. 1: QtPdf text runs, split by character share. 2: Poppler's words.
     */
    static constexpr int kWordGeometryVersion = 2;

    /** Fails with NeedsPassword when a user password is needed and `password` does not open the file. */
    static Result<std::unique_ptr<PdfPageSource>> open(const QString &path, const QString &password = {});
    ~PdfPageSource() override;

    int pageCount() const override;
    QSizeF pageSize(int page) const override;
    /** White background (QtPdf leaves unpainted areas transparent); dots per meter carry `dpi`. */
    Result<QImage> render(int page, double dpi) override;
    /** Words with exact boxes from Poppler; an error for the page when Poppler cannot read it. */
    Result<PageText> textLayer(int page) override;

private:
    PdfPageSource(const QString &path, const QString &password, std::unique_ptr<QPdfDocument> document);
    Result<void> checkPage(int page) const;
    Result<PopplerTextLayer *> text();

    QString m_path;
    QString m_password;
    std::unique_ptr<QPdfDocument> m_document;
    std::unique_ptr<PopplerTextLayer> m_text;
    std::optional<Error> m_textError;   // why Poppler could not open the file, once tried
};

} // namespace PageLens
