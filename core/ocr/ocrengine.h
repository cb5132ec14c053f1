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

    Result<OcrResult> recognize(const QImage &image);
    /** The languages actually loaded. */
    QString languages() const;
    static QStringList availableLanguages();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace PageLens
