// SPDX-License-Identifier: MIT
#include <QApplication>

#include "app/application.h"
#include "core/common/openmplimit.h"

int main(int argc, char *argv[])
{
    PageLens::OpenMpLimit::ensureOneThreadPerTask(argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PageLens"));
    QApplication::setApplicationName(QStringLiteral("PageLens"));
    QApplication::setApplicationDisplayName(QStringLiteral("PageLens"));
    QApplication::setApplicationVersion(QStringLiteral(PAGELENS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.pagelens.PageLens"));

    PageLens::Application application;
    application.start(QApplication::arguments());
    return app.exec();
}
