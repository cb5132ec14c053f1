// SPDX-License-Identifier: MIT
#pragma once

#include <QSize>
#include <QSizeF>
#include <QString>

#include "core/common/result.h"

namespace PageLens {

/**
 * Where a late-interaction model's patch vectors lie on the page: the one place that knows the
 * model families (checked against illuin-tech/colpali's processors).
 *
 * - PaliGemma (ColPali): the image is resized to 448 × 448 and cut into 14 px patches, so the first
 *   1024 rows of the answer are a 32 × 32 grid, row-major from the top left; the rows after them
 *   are the text prompt's tokens and are not stored.
 * - Qwen2-VL (ColQwen2, ColQwen2.5): the image is resized to multiples of 28 px within the model's
 *   pixel bounds and each 28 px square (2 × 2 merged 14 px patches) is one row, so the grid is
 *   W′/28 × H′/28. PageLens sends the image already at that size (the largest within 768 visual
 *   tokens, ColQwen2's training bound), so the server's own resize leaves it as it is. The grid rows
 *   sit between 4 prompt tokens before and 7 after (`<|vision_end|>Describe the image.<|im_end|>
 *   <|endoftext|>`); the server may pad a batch on the left, so they are counted from the end.
 * - Anything else: every row is stored, there is no grid and no heatmap.
 */
class PatchGrid
{
public:
    enum class Family { Unknown, PaliGemma, Qwen2 };

    static constexpr int kPaliGemmaSide = 448;
    static constexpr int kPaliGemmaPatches = 32;
    static constexpr int kQwenPatch = 28;
    static constexpr int kQwenMaxTokens = 768;
    static constexpr int kQwenPrefixRows = 4;
    static constexpr int kQwenSuffixRows = 7;
    static constexpr int kUnknownLongestSide = 1024;

    /** By the model id (case-insensitive): colpali → PaliGemma, colqwen2 / colqwen2.5 → Qwen2. */
    static Family familyOf(const QString &model);
    static QString familyName(Family family);

    /** The grid of a page whose displayed size is `page` (any unit, only the aspect counts). */
    static PatchGrid forPage(Family family, QSizeF page);

    Family family() const { return m_family; }
    bool hasGrid() const { return m_columns > 0 && m_rows > 0; }
    int columns() const { return m_columns; }
    int rows() const { return m_rows; }
    int patchCount() const { return m_columns * m_rows; }
    /** The pixel size to render the page at before sending it. */
    QSize inputSize() const { return m_input; }

    /**
     * The first of the patchCount() grid rows among the `totalRows` the server returned; for an
     * unknown family 0 (all rows are kept). BadResponse when there are too few rows for the grid
     * (a different model than the one configured answered).
     */
    Result<int> firstPatchRow(int totalRows) const;

private:
    Family m_family = Family::Unknown;
    int m_columns = 0;
    int m_rows = 0;
    QSize m_input;
};

} // namespace PageLens
