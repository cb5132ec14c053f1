// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QMenuBar;
class QTextBrowser;

namespace PageLens {

/**
 * Help ▸ PageLens Help (the manual, Markdown from the resources) and Help ▸ Keyboard Shortcuts
 * (a table made from the window's actions when it opens, so it cannot drift from them).
 */
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    static HelpDialog *manual(QWidget *parent);
    /** Every action of `window` with a shortcut, under the menu path that reaches it. */
    static HelpDialog *shortcuts(QWidget *window, const QMenuBar *menuBar);
    /** The shortcut table as HTML (also what the dialog shows). */
    static QString shortcutsHtml(QWidget *window, const QMenuBar *menuBar);

    QTextBrowser *browser() const { return m_browser; }

private:
    HelpDialog(const QString &title, QWidget *parent);

    QTextBrowser *m_browser;
};

} // namespace PageLens
