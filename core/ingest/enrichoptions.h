// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QHash>
#include <QJsonObject>
#include <QString>

#include "core/common/result.h"
#include "core/media/pageimager.h"

#include "core/model/privacy.h"

namespace PageLens {

class Catalog;

/**
 * A library's choice to detect objects on its pages while indexing, kept with its other
 * per-library settings in the catalog (`detect.on_index`, `detect.prompt`), like its privacy.
 */
struct IndexDetection {
    bool enabled = false;
    QString prompt;   // empty: ObjectDetector::defaultPrompt()

    static Result<IndexDetection> read(const Catalog &catalog);
    Result<void> write(Catalog &catalog) const;
};

/** Settings of a caption + embedding run. Defaults stay inside Gemini's free tier. */
struct EnrichOptions {
    Privacy privacy = Privacy::Never;
    bool captions = true;            // needs Privacy::Images
    QString captionModel;            // empty: the provider's default
    QString embedModel;              // empty: the provider's default
    int embedDimensions = 768;
    int maxInFlight = 2;             // caption requests at once
    int requestsPerMinute = 10;      // caption requests per minute
    int embedRequestsPerMinute = 60; // batch embedding calls per minute
    int embedBatch = 50;             // texts per embedding call (Gemini allows 100)
    int imageLongestSide = PageImager::kModelLongestSide;   // pixels of the page image sent for a caption
    int maxEmbedChars = 6000;        // gemini-embedding-001 reads about 2k tokens
    bool reembed = false;            // drop vectors of another model/dimension instead of refusing
    std::optional<IndexDetection> detection;   // object detection (needs Privacy::Images); unset: the library's
    QHash<qint64, QString> passwords;
};

/** What a run would send, shown before anything leaves the machine. */
struct EgressPreview {
    Privacy privacy = Privacy::Never;
    int pagesToCaption = 0;      // page images that would be sent
    int textsToEmbed = 0;
    qint64 textChars = 0;
    qint64 estimatedTokens = 0;  // 258 per image tile + prompt/answer + text/4
    int requests = 0;
    int pagesToDetect = 0;        // page images that would be sent for object detection
    bool detectionSkipped = false;   // detection is on but the privacy does not allow page images
    bool nothingToSend() const { return pagesToCaption == 0 && textsToEmbed == 0 && pagesToDetect == 0; }
    /** "Object detection sends page images, which … does not allow"; empty unless detectionSkipped. */
    QString detectionSkippedText() const;
    QString toText() const;
    QJsonObject toJson() const;
};

/** How a caption + embedding run ended. */
struct EnrichSummary {
    int captioned = 0;
    int embedded = 0;
    int failedPages = 0;   // refused by the model (safety, empty answer): marked, not retried
    int detected = 0;      // pages sent for object detection and stored
    int detectFailed = 0;  // unreadable detection answers: nothing stored, tried again next run
    int requests = 0;
    bool cancelled = false;
};

} // namespace PageLens
