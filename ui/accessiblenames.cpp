// SPDX-License-Identifier: MIT
#include "ui/accessiblenames.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QToolBar>
#include <QToolButton>

namespace PageLens {

namespace {

QString ownerName(const QWidget *owner)
{
    if (!owner->accessibleName().isEmpty())
        return owner->accessibleName();
    if (const auto *edit = qobject_cast<const QLineEdit *>(owner); edit && owner->toolTip().isEmpty())
        return edit->placeholderText();
    return owner->toolTip();
}

} // namespace

void AccessibleNames::complete(QWidget *root)
{
    for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        // Qt shows each action of a line edit (the clear button's is its child) as a button that takes
        // the action's text as its name.
        for (QAction *action : edit->findChildren<QAction *>(Qt::FindDirectChildrenOnly) + edit->actions()) {
            if (!action->text().isEmpty())
                continue;
            if (action->objectName() == QLatin1String("_q_qlineeditclearaction"))
                action->setText(QCoreApplication::translate("AccessibleNames", "Clear %1").arg(ownerName(edit)));
            else
                action->setText(ownerName(edit));
        }
    }
    for (QComboBox *combo : root->findChildren<QComboBox *>()) {
        if (combo->view() && combo->view()->accessibleName().isEmpty())
            combo->view()->setAccessibleName(ownerName(combo));
    }
    for (QToolBar *toolBar : root->findChildren<QToolBar *>()) {
        if (auto *more = toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")); more && more->accessibleName().isEmpty())
            more->setAccessibleName(QCoreApplication::translate("AccessibleNames", "More of %1").arg(ownerName(toolBar)));
    }
}

} // namespace PageLens
