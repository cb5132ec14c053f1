// SPDX-License-Identifier: MIT
#pragma once

class QWidget;

namespace PageLens {

/**
 * Names the controls Qt adds inside ours, which screen readers otherwise announce without a name:
 * a line edit's clear button, a combo box's drop-down list and a toolbar's overflow button. Each
 * takes its owner's name ("Search: clear"), so it is announced as part of it.
 */
class AccessibleNames
{
public:
    /** Names those controls below `root` that have no name yet; call it once the widgets exist. */
    static void complete(QWidget *root);
};

} // namespace PageLens
