// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

#include "core/media/pageimager.h"

#include "core/model/privacy.h"

namespace PageLens {

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
    bool nothingToSend() const { return pagesToCaption == 0 && textsToEmbed == 0; }
    QString toText() const;
    QJsonObject toJson() const;
};

/** How a caption + embedding run ended. */
struct EnrichSummary {
    int captioned = 0;
    int embedded = 0;
    int failedPages = 0;   // refused by the model (safety, empty answer): marked, not retried
    int requests = 0;
    bool cancelled = false;
};

} // namespace PageLens
