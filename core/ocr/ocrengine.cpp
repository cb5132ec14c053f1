// SPDX-License-Identifier: MIT
#include "core/ocr/ocrengine.h"

#include <memory>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QTransform>

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include "core/common/log.h"

namespace PageLens {

namespace {

// OSD works on layout, not glyph detail: a smaller copy is as reliable and several times faster.
constexpr int kOsdMaxSide = 1600;
// Below this OSD is guessing (Tesseract reports ~0-1 for pages with little text).
constexpr float kOsdMinConfidence = 2.0f;

bool plausibleDpi(int dpi)
{
    return dpi >= 70 && dpi <= 1200;
}

/** Tesseract parameters that keep it quiet and fast; set at Init so the init-only ones apply too. */
void quietParams(std::vector<std::string> &names, std::vector<std::string> &values)
{
    names = {"debug_file", "tessedit_do_invert", "user_defined_dpi"};
    values = {"/dev/null", "0", "0"};
}

/** Maps a normalized box on the image turned `rotation` degrees clockwise back to the image as given. */
NormalizedRect unturn(const NormalizedRect &r, int rotation)
{
    switch (rotation) {
    case 90:
        return {r.top, 1 - r.right, r.bottom, 1 - r.left};
    case 180:
        return {1 - r.right, 1 - r.bottom, 1 - r.left, 1 - r.top};
    case 270:
        return {1 - r.bottom, r.left, 1 - r.top, r.right};
    default:
        return r;
    }
}

} // namespace

struct OcrEngine::Private {
    tesseract::TessBaseAPI api;
    std::unique_ptr<tesseract::TessBaseAPI> osd;   // null when osd.traineddata is missing
    QString languages;
    bool ready = false;

    void setImage(tesseract::TessBaseAPI &target, const QImage &grey, int dpi)
    {
        target.SetImage(grey.constBits(), grey.width(), grey.height(), 1, int(grey.bytesPerLine()));
        if (plausibleDpi(dpi))
            target.SetSourceResolution(dpi);
    }

    /** Degrees clockwise to turn the image so its text stands upright. */
    int uprightTurn(const QImage &grey, int dpi)
    {
        if (!osd)
            return 0;
        QImage small = grey;
        int smallDpi = dpi;
        const int side = std::max(grey.width(), grey.height());
        if (side > kOsdMaxSide) {
            small = grey.scaled(grey.size() * kOsdMaxSide / side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            smallDpi = dpi * kOsdMaxSide / side;
        }
        setImage(*osd, small, smallDpi);
        int orientation = 0;
        float orientationConfidence = 0, scriptConfidence = 0;
        const char *script = nullptr;
        const bool ok = osd->DetectOrientationScript(&orientation, &orientationConfidence, &script, &scriptConfidence);
        osd->Clear();
        if (!ok || orientationConfidence < kOsdMinConfidence)
            return 0;
        // Tesseract reports how far the text is turned counter-clockwise; turning it back is clockwise.
        return (360 - orientation) % 360;
    }
};

OcrEngine::OcrEngine(const QString &languages) : d(std::make_unique<Private>())
{
    const QStringList available = availableLanguages();
    QStringList wanted;
    for (const QString &language : languages.split(QLatin1Char('+'), Qt::SkipEmptyParts)) {
        if (available.contains(language))
            wanted << language;
        else
            log::ocr()->warn("OCR language '{}' is not installed in {}; skipped", log::s(language), log::s(tessdataDir()));
    }
    if (wanted.isEmpty() && available.contains(QStringLiteral("eng")))
        wanted << QStringLiteral("eng");
    if (wanted.isEmpty()) {
        log::ocr()->error("no OCR language available in {}", log::s(tessdataDir()));
        return;
    }
    const QByteArray dataPath = QFile::encodeName(tessdataDir());
    std::vector<std::string> names, values;
    quietParams(names, values);
    const QByteArray joined = wanted.join(QLatin1Char('+')).toUtf8();
    if (d->api.Init(dataPath.constData(), joined.constData(), tesseract::OEM_LSTM_ONLY, nullptr, 0, &names, &values, false) != 0) {
        log::ocr()->error("Tesseract failed to load '{}' from {}", joined.toStdString(), dataPath.toStdString());
        return;
    }
    d->api.SetPageSegMode(tesseract::PSM_AUTO);
    d->languages = QString::fromUtf8(joined);
    d->ready = true;

    if (QFile::exists(tessdataDir() + QStringLiteral("/osd.traineddata"))) {
        d->osd = std::make_unique<tesseract::TessBaseAPI>();
        if (d->osd->Init(dataPath.constData(), "osd", tesseract::OEM_TESSERACT_ONLY, nullptr, 0, &names, &values, false) == 0)
            d->osd->SetPageSegMode(tesseract::PSM_OSD_ONLY);
        else
            d->osd.reset();
    }
    if (!d->osd)
        log::ocr()->warn("osd.traineddata missing in {}: rotated scans will read poorly", log::s(tessdataDir()));
}

OcrEngine::~OcrEngine()
{
    if (d->osd)
        d->osd->End();
    d->api.End();
}

QString OcrEngine::languages() const
{
    return d->languages;
}

QString OcrEngine::tessdataDir()
{
    const QString prefix = qEnvironmentVariable("TESSDATA_PREFIX");
    if (!prefix.isEmpty()) {
        // Tesseract 5 wants the tessdata folder itself; older setups name its parent.
        const QDir nested(prefix + QStringLiteral("/tessdata"));
        if (nested.exists() && !nested.entryList({QStringLiteral("*.traineddata")}, QDir::Files).isEmpty())
            return QDir::cleanPath(nested.path());
        return QDir::cleanPath(prefix);
    }
    // The Windows installer and the macOS bundle carry their own data beside the executables.
    const QString appDir = QCoreApplication::applicationDirPath();
    for (const QString &dir : {appDir + QStringLiteral("/../share/tessdata"), appDir + QStringLiteral("/../Resources/tessdata")}) {
        if (!QDir(dir).entryList({QStringLiteral("*.traineddata")}, QDir::Files).isEmpty())
            return QDir::cleanPath(dir);
    }
    // Debian/Ubuntu, Fedora, then generic and Homebrew prefixes.
    for (const QString &dir : {QStringLiteral("/usr/share/tesseract-ocr/5/tessdata"), QStringLiteral("/usr/share/tesseract-ocr/4.00/tessdata"),
                               QStringLiteral("/usr/share/tesseract/tessdata"), QStringLiteral("/usr/share/tessdata"),
                               QStringLiteral("/usr/local/share/tessdata"), QStringLiteral("/opt/homebrew/share/tessdata")}) {
        if (QDir(dir).exists())
            return dir;
    }
    return QStringLiteral("/usr/share/tesseract-ocr/5/tessdata");
}

QStringList OcrEngine::availableLanguages()
{
    QStringList languages;
    for (const QString &file : QDir(tessdataDir()).entryList({QStringLiteral("*.traineddata")}, QDir::Files, QDir::Name)) {
        const QString name = file.chopped(int(qstrlen(".traineddata")));
        if (name != QLatin1String("osd"))
            languages << name;
    }
    return languages;
}

Result<OcrResult> OcrEngine::recognize(const QImage &image)
{
    if (!d->ready)
        return fail(Error::Code::Unsupported, QCoreApplication::translate("PageLens", "Text recognition is not available: no OCR language is installed."),
                    tessdataDir());
    if (image.isNull() || image.width() < 3 || image.height() < 3)
        return fail(Error::Code::InvalidArgument, QCoreApplication::translate("PageLens", "There is no image to read."));

    // Flatten transparency on white first: Grayscale8 conversion would turn transparent areas black.
    QImage grey = image;
    if (grey.hasAlphaChannel()) {
        QImage flat(grey.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter(&flat).drawImage(0, 0, grey);
        grey = flat;
    }
    grey = grey.convertToFormat(QImage::Format_Grayscale8);
    const int dpi = qRound(image.dotsPerMeterX() * 0.0254);

    OcrResult result;
    result.rotation = d->uprightTurn(grey, dpi);
    if (result.rotation != 0)
        grey = grey.transformed(QTransform().rotate(result.rotation));

    d->setImage(d->api, grey, dpi);
    if (d->api.Recognize(nullptr) != 0) {
        d->api.Clear();
        return fail(Error::Code::Unknown, QCoreApplication::translate("PageLens", "Text recognition failed on this page."));
    }

    PageText &text = result.text;
    text.source = PageText::Source::Ocr;
    const QSizeF size(grey.width(), grey.height());
    std::unique_ptr<tesseract::ResultIterator> it(d->api.GetIterator());
    QString line;
    QStringList lines;
    if (it) {
        do {
            const std::unique_ptr<char[]> utf8(it->GetUTF8Text(tesseract::RIL_WORD));
            const QString word = QString::fromUtf8(utf8.get()).trimmed();
            if (!word.isEmpty()) {
                int left = 0, top = 0, right = 0, bottom = 0;
                it->BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom);
                Word w;
                w.text = word;
                w.box = unturn(NormalizedRect::fromRect(QRectF(QPointF(left, top), QPointF(right, bottom)), size), result.rotation);
                w.confidence = std::clamp(it->Confidence(tesseract::RIL_WORD), 0.0f, 100.0f);
                text.words << w;
                line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
            }
            if (it->IsAtFinalElement(tesseract::RIL_TEXTLINE, tesseract::RIL_WORD) && !line.isEmpty()) {
                lines << line;
                line.clear();
            }
        } while (it->Next(tesseract::RIL_WORD));
    }
    if (!line.isEmpty())
        lines << line;
    text.text = lines.join(QLatin1Char('\n'));
    d->api.Clear();
    return result;
}

} // namespace PageLens
