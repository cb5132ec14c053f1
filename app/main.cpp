// SPDX-License-Identifier: MIT
#include <QApplication>

#include "app/application.h"

int main(int argc, char *argv[])
{
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
