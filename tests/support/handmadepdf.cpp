// SPDX-License-Identifier: MIT
#include "tests/support/handmadepdf.h"

namespace PageLens::Test {

QByteArray makePdf(const QVector<PdfPage> &pages)
{
    QByteArray out = "%PDF-1.4\n";
    QVector<qsizetype> offsets;
    auto object = [&](const QByteArray &body) {
        offsets << out.size();
        out += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    QByteArray kids;
    for (int i = 0; i < pages.size(); ++i)
        kids += QByteArray::number(4 + 2 * i) + " 0 R ";
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages.size()) + " >>");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    for (int i = 0; i < pages.size(); ++i) {
        const PdfPage &page = pages[i];
        object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + QByteArray::number(page.width) + ' '
               + QByteArray::number(page.height) + "] /Resources << /Font << /F1 3 0 R >> >> /Contents "
               + QByteArray::number(5 + 2 * i) + " 0 R >>");
        const QByteArray stream = page.text.isEmpty() ? QByteArray()
                                                      : "BT /F1 14 Tf 72 " + QByteArray::number(page.height - 100) + " Td ("
                                                            + page.text.toLatin1() + ") Tj ET";
        object("<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "\nendstream");
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
           + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace PageLens::Test
