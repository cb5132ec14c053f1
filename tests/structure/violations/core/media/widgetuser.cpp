// Planted violations for the structure self-test: never compiled.
#include <QLabel>
#include <QtWidgets/QWidget>
#include "ui/mainwindow.h"
static QPixmap pixmap;
