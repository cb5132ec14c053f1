// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QHash>
#include <QString>

#include "core/media/pagesource.h"

class QPdfDocument;

namespace PageLens {

/**
 * A PDF through QtPdf (PDFium). The QPdfDocument lives on the thread that opened the file; use the
 * instance on that thread only.
 *
 * QtPdf serialises every PDFium call behind one process-wide mutex, so several instances on several
 * threads are safe but not parallel: PDF work scales only across processes.
 */
class PdfPageSource : public PageSource
{
public:
    /** Fails with NeedsPassword when a user password is needed and `password` does not open the file. */
    static Result<std::unique_ptr<PdfPageSource>> open(const QString &path, const QString &password = {});
    ~PdfPageSource() override;

    int pageCount() const override;
    QSizeF pageSize(int page) const override;
    /** White background (QtPdf leaves unpainted areas transparent); dots per meter carry `dpi`. */
    Result<QImage> render(int page, double dpi) override;
    Result<PageText> textLayer(int page) override;

    /**
     * The page's /Rotate (0, 90, 180, 270), as far as the text layer needs it. QtPdf 6.4 exposes no
     * rotation and reports text in the unrotated space, so it is found by matching the text runs, turned
     * each way, to the ink of a small render; pages without text report 0.
     */
    int textRotation(int page);

private:
    PdfPageSource(const QString &path, std::unique_ptr<QPdfDocument> document);
    Result<void> checkPage(int page) const;
    int detectRotation(int page, const QList<QRectF> &runs);

    QString m_path;
    std::unique_ptr<QPdfDocument> m_document;
    QHash<int, int> m_rotations;
};

} // namespace PageLens
