// SPDX-License-Identifier: MIT
// Opening any file as indexing does: DocumentOpener recognises the content, then the first pages
// are measured, their text layer read and rendered small (PDFs through QtPdf, images through
// ImagePageSource). Held to: a page without a size is refused rather than read, and every word box
// lies in [0,1] page space.
#include <algorithm>

#include <QImage>

#include "core/media/documentopener.h"
#include "core/media/imagecodec.h"
#include "tests/fuzz/fuzzenvironment.h"

using namespace PageLens;
using PageLens::Fuzz::FuzzEnvironment;

namespace {

bool inUnitSquare(const NormalizedRect &box)
{
    return box.left >= 0 && box.top >= 0 && box.right <= 1 && box.bottom <= 1;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzEnvironment::start();
    ImageCodec::applyAllocationLimit();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = FuzzEnvironment::writeScratchFile(data, size);
    (void)DocumentOpener::kindOf(path);
    auto source = DocumentOpener::open(path);
    if (!source) {
        FuzzEnvironment::require(!source.error().message.isEmpty(), "a refused file says why");
        return 0;
    }
    for (int page = 0; page < std::min((*source)->pageCount(), 3); ++page) {
        const bool sized = !(*source)->pageSize(page).isEmpty();
        const auto text = (*source)->textLayer(page);
        if (text) {
            for (const Word &word : std::as_const(text->words))
                FuzzEnvironment::require(inUnitSquare(word.box), "word boxes lie in [0,1] page space");
        }
        const auto image = (*source)->render(page, 12);
        FuzzEnvironment::require(sized || (!text && !image), "a page without a size is refused");
    }
    return 0;
}
