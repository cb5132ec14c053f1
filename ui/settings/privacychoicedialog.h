// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include "core/model/privacy.h"

class QButtonGroup;
class QPushButton;

namespace PageLens {

/**
 * Asked the first time something would leave a library that has no privacy setting yet: what may
 * this library send? "Never" is preselected; nothing more permissive happens without a choice.
 */
class PrivacyChoiceDialog : public QDialog
{
    Q_OBJECT
public:
    PrivacyChoiceDialog(const QString &library, QWidget *parent = nullptr);

    Privacy choice() const;
    void setChoice(Privacy privacy);
    QPushButton *okButton() const { return m_ok; }

private:
    QButtonGroup *m_group;
    QPushButton *m_ok;
};

} // namespace PageLens
