// SPDX-License-Identifier: MIT
#include "core/llm/patchgrid.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>

namespace PageLens {

PatchGrid::Family PatchGrid::familyOf(const QString &model)
{
    const QString id = model.toLower();
    if (id.contains(QLatin1String("colpali")))
        return Family::PaliGemma;
    if (id.contains(QLatin1String("colqwen2")))
        return Family::Qwen2;
    return Family::Unknown;
}

QString PatchGrid::familyName(Family family)
{
    switch (family) {
    case Family::PaliGemma: return QStringLiteral("paligemma");
    case Family::Qwen2: return QStringLiteral("qwen2");
    case Family::Unknown: break;
    }
    return QStringLiteral("unknown");
}

PatchGrid PatchGrid::forPage(Family family, QSizeF page)
{
    PatchGrid grid;
    grid.m_family = family;
    const double width = std::max(page.width(), 1e-6);
    const double height = std::max(page.height(), 1e-6);
    switch (family) {
    case Family::PaliGemma:
        grid.m_columns = grid.m_rows = kPaliGemmaPatches;
        grid.m_input = QSize(kPaliGemmaSide, kPaliGemmaSide);
        break;
    case Family::Qwen2: {
        // The largest whole-28 px size of the page's aspect within kQwenMaxTokens cells.
        const double scale = std::sqrt(double(kQwenMaxTokens) / (width * height)) * kQwenPatch;
        int columns = std::max(1, int(std::floor(width * scale / kQwenPatch)));
        int rows = std::max(1, int(std::floor(height * scale / kQwenPatch)));
        while (columns * rows > kQwenMaxTokens)
            (columns > rows ? columns : rows) -= 1;
        // Qwen2-VL's processor wants at least 56 px on a side (min_pixels 3136).
        grid.m_columns = std::max(columns, 2);
        grid.m_rows = std::max(rows, 2);
        grid.m_input = QSize(grid.m_columns * kQwenPatch, grid.m_rows * kQwenPatch);
        break;
    }
    case Family::Unknown: {
        const double scale = kUnknownLongestSide / std::max(width, height);
        grid.m_input = QSize(std::max(1, int(std::lround(width * scale))), std::max(1, int(std::lround(height * scale))));
        break;
    }
    }
    return grid;
}

Result<int> PatchGrid::firstPatchRow(int totalRows) const
{
    int first = 0;
    int needed = 1;
    switch (m_family) {
    case Family::PaliGemma:
        needed = patchCount();
        break;
    case Family::Qwen2:
        needed = kQwenPrefixRows + patchCount() + kQwenSuffixRows;
        first = totalRows - kQwenSuffixRows - patchCount();
        break;
    case Family::Unknown:
        break;
    }
    if (totalRows < needed)
        return fail(Error::Code::BadResponse,
                    QCoreApplication::translate("PageLens", "The late-interaction server returned %1 vectors for a page, too few for a %2 × %3 patch grid: is it serving the configured model?")
                        .arg(totalRows).arg(m_columns).arg(m_rows));
    return first;
}

} // namespace PageLens
