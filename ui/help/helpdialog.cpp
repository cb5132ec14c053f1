// SPDX-License-Identifier: MIT
#include "ui/help/helpdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QHash>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace PageLens {

namespace {

QString plainText(const QString &text)
{
    QString plain = text;
    plain.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return plain.replace(QStringLiteral("&&"), QStringLiteral("&")).remove(QChar(0x2026)).remove(QStringLiteral("...")).trimmed();
}

/** Each action reachable from `menu`, with the menu path that leads to it ("View ▸ Zoom In"). */
void collect(const QMenu *menu, const QString &path, QHash<QAction *, QString> &paths, QList<QAction *> &order)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        const QString here = path + QStringLiteral(" ▸ ") + plainText(action->text());
        if (action->menu()) {
            collect(action->menu(), here, paths, order);
            continue;
        }
        if (!paths.contains(action)) {
            paths.insert(action, here);
            order << action;
        }
    }
}

} // namespace

HelpDialog::HelpDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(title);
    m_browser->setAccessibleName(title);
    m_browser->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(640, 560);
}

HelpDialog *HelpDialog::manual(QWidget *parent)
{
    auto *dialog = new HelpDialog(tr("PageLens Help"), parent);
    dialog->setObjectName(QStringLiteral("helpDialog"));
    QFile file(QStringLiteral(":/help/manual.md"));
    if (file.open(QIODevice::ReadOnly))
        dialog->m_browser->setMarkdown(QString::fromUtf8(file.readAll()));
    else
        dialog->m_browser->setPlainText(tr("The manual is missing from this build."));
    return dialog;
}

HelpDialog *HelpDialog::shortcuts(QWidget *window, const QMenuBar *menuBar)
{
    auto *dialog = new HelpDialog(tr("Keyboard Shortcuts"), window);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->m_browser->setHtml(shortcutsHtml(window, menuBar));
    return dialog;
}

QString HelpDialog::shortcutsHtml(QWidget *window, const QMenuBar *menuBar)
{
    QHash<QAction *, QString> paths;
    QList<QAction *> order;
    for (QAction *top : menuBar->actions()) {
        if (top->menu())
            collect(top->menu(), plainText(top->text()), paths, order);
    }
    // Shortcuts that live on the window or its panes without a menu entry are listed too.
    for (QAction *action : window->findChildren<QAction *>()) {
        if (!paths.contains(action) && !action->shortcuts().isEmpty() && !action->menu()) {
            paths.insert(action, plainText(action->text()));
            order << action;
        }
    }
    QString rows;
    for (QAction *action : std::as_const(order)) {
        if (action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText).toHtmlEscaped();
        rows += QStringLiteral("<tr><td>%1</td><td style='padding-left:16px'><b>%2</b></td></tr>")
                    .arg(paths.value(action).toHtmlEscaped(), keys.join(QStringLiteral(", ")));
    }
    return QStringLiteral("<h3>%1</h3><table>%2</table>").arg(tr("Keyboard Shortcuts").toHtmlEscaped(), rows);
}

} // namespace PageLens
