// SPDX-License-Identifier: MIT
#include "core/retrieval/relevanceset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace PageLens {

Result<QVector<RelevanceQuery>> RelevanceSet::load(const QString &file, const QString &root)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return fail(Error::Code::Io, QCoreApplication::translate("PageLens", "%1 cannot be read.").arg(file),
                    f.errorString());
    return parse(QString::fromUtf8(f.readAll()), root);
}

Result<QVector<RelevanceQuery>> RelevanceSet::parse(const QString &text, const QString &root)
{
    const QDir rootDir(root);
    QVector<RelevanceQuery> queries;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = lines.at(i).split(QLatin1Char('\t'));
        if (fields.size() < 2)
            return fail(Error::Code::InvalidArgument,
                        QCoreApplication::translate("PageLens", "Line %1 of the relevance set has no tab-separated pages.")
                            .arg(i + 1));
        RelevanceQuery query;
        query.query = fields.at(0).trimmed();
        query.tier = fields.size() > 2 ? fields.at(2).trimmed() : QString();
        const QStringList pages = fields.at(1).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        for (const QString &entry : pages) {
            const int hash = entry.lastIndexOf(QLatin1Char('#'));
            RelevantPage page;
            const QString relative = (hash < 0 ? entry : entry.left(hash)).trimmed();
            page.page = hash < 0 ? 1 : entry.mid(hash + 1).toInt();
            const QFileInfo info(rootDir.absoluteFilePath(relative));
            page.path = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
            if (page.page < 1)
                return fail(Error::Code::InvalidArgument,
                            QCoreApplication::translate("PageLens", "Line %1 of the relevance set has a bad page number.")
                                .arg(i + 1));
            query.relevant << page;
        }
        queries << query;
    }
    return queries;
}

} // namespace PageLens
