// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QImage>
#include <QString>

#include "core/common/result.h"
#include "core/model/pagetext.h"

namespace PageLens {

/** What OCR found on an image, and how the image was turned to read it. */
struct OcrResult {
    PageText text;     // boxes normalized to the image as given (not as turned)
    int rotation = 0;  // degrees clockwise the image was turned before recognition (0, 90, 180, 270)
};

/**
 * Tesseract through libtesseract. One engine per thread: the Tesseract API is not thread-safe.
 * Detects orientation (OSD) so rotated scans read correctly.
 */
class OcrEngine
{
public:
    /** `languages` as Tesseract takes them ("eng", "eng+deu"); unavailable ones are dropped with a warning. */
    explicit OcrEngine(const QString &languages = QStringLiteral("eng"));
    ~OcrEngine();
    OcrEngine(const OcrEngine &) = delete;
    OcrEngine &operator=(const OcrEngine &) = delete;

    /**
     * Reads `image` (any format; used as grey). Its dots per meter, when plausible (70-1200 dpi), tell
     * Tesseract the resolution: PageSource::render() sets them.
     */
    Result<OcrResult> recognize(const QImage &image);
    /** The languages actually loaded. */
    QString languages() const;
    /** Languages with a traineddata file in tessdataDir() ("osd" excluded). */
    static QStringList availableLanguages();
    /** $TESSDATA_PREFIX (the tessdata folder or its parent) or the Debian default. */
    static QString tessdataDir();
    /**
     * The render resolution for OCR: 200 dpi reads body text as well as 300 on the corpus for about
     * half the time (see docs/benchmarks-ingest.md).
     */
    static constexpr int recommendedDpi() { return 200; }

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace PageLens
