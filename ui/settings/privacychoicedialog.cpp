// SPDX-License-Identifier: MIT
#include "ui/settings/privacychoicedialog.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace PageLens {

PrivacyChoiceDialog::PrivacyChoiceDialog(const QString &library, QWidget *parent)
    : QDialog(parent)
    , m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("privacyChoiceDialog"));
    setWindowTitle(tr("What May This Library Send?"));

    auto *intro = new QLabel(tr("The model service can caption and embed the pages of %1 so they can be found by "
                                "meaning. Choose what this library may send; nothing has been sent, and you are "
                                "shown exactly what would go before anything does. Settings changes it later.")
                                 .arg(QDir::toNativeSeparators(library)),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    const QList<QPair<Privacy, QString>> choices{
        {Privacy::Never, tr("&Never send anything (search stays offline)")},
        {Privacy::TextOnly, tr("Page &text only (embeddings for search by meaning)")},
        {Privacy::Images, tr("Page text and page &images (captions of pictures and scans too)")},
    };
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    for (const auto &[privacy, text] : choices) {
        auto *button = new QRadioButton(text, this);
        button->setObjectName(QStringLiteral("privacy-%1").arg(toString(privacy)));
        m_group->addButton(button, int(privacy));
        layout->addWidget(button);
    }
    setChoice(Privacy::Never);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Use This Setting"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

Privacy PrivacyChoiceDialog::choice() const
{
    return Privacy(m_group->checkedId());
}

void PrivacyChoiceDialog::setChoice(Privacy privacy)
{
    m_group->button(int(privacy))->setChecked(true);
}

} // namespace PageLens
