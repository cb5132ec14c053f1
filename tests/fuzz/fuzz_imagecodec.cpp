// SPDX-License-Identifier: MIT
// Image loading as indexing does it: ImageCodec::load (first and second frame) and ImagePageSource
// (header sizes, small renders) over any file. Held to the allocation promise: nothing larger than
// ImageCodec::maxPixels() is decoded, and a page that opened has a size.
#include <algorithm>

#include <QImage>

#include "core/media/imagecodec.h"
#include "core/media/imagepagesource.h"
#include "tests/fuzz/fuzzenvironment.h"

using namespace PageLens;
using PageLens::Fuzz::FuzzEnvironment;

namespace {

void checkImage(const Result<QImage> &image)
{
    if (image)
        FuzzEnvironment::require(qint64(image->width()) * image->height() <= ImageCodec::maxPixels(),
                                 "no image above maxPixels is decoded");
    else
        FuzzEnvironment::require(!image.error().message.isEmpty(), "a refused image says why");
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
    checkImage(ImageCodec::load(path, 0));
    checkImage(ImageCodec::load(path, 1));
    auto source = ImagePageSource::open(path);
    if (!source)
        return 0;
    for (int page = 0; page < std::min((*source)->pageCount(), 3); ++page) {
        FuzzEnvironment::require(!(*source)->pageSize(page).isEmpty(), "an opened page has a size");
        checkImage((*source)->render(page, 18));
    }
    return 0;
}
