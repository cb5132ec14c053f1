// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace PageLens::Test {

struct PdfPage {
    double width = 612, height = 792;
    QString text;   // one line of Helvetica (Latin-1), none for an empty page
};

/**
 * A PDF written by hand (objects and cross-reference table), so a test knows exactly what is on
 * every page without asking any PDF engine.
 */
QByteArray makePdf(const QVector<PdfPage> &pages);

} // namespace PageLens::Test
