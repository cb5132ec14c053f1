// SPDX-License-Identifier: MIT
#include "ui/settings/egressdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace PageLens {

EgressDialog::EgressDialog(const EgressPreview &preview, const QString &destination, QWidget *parent)
    : QDialog(parent)
    , m_preview(preview)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("egressDialog"));
    setWindowTitle(tr("Send Pages to the Model Service?"));

    auto *intro = new QLabel(tr("Captions and embeddings make pages findable by meaning. Nothing has been sent yet."), this);
    intro->setWordWrap(true);

    m_text->setObjectName(QStringLiteral("egressPreview"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setWordWrap(true);
    m_text->setText(previewText());
    m_text->setAccessibleName(tr("What would be sent"));
    m_text->setAccessibleDescription(m_text->text());

    auto *where = new QLabel(tr("Destination: %1").arg(destination), this);
    where->setObjectName(QStringLiteral("egressDestination"));
    where->setTextFormat(Qt::PlainText);
    where->setWordWrap(true);

    auto *once = new QLabel(tr("Send is remembered for this library and these kinds of data: you are not asked "
                               "again for them. Tools ▸ Settings ▸ Privacy takes it back."),
                            this);
    once->setObjectName(QStringLiteral("egressRemembered"));
    once->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("egressSend"));
    m_send->setAccessibleDescription(tr("Send these pages to the model service now"));
    m_notNow = buttons->addButton(tr("&Not Now"), QDialogButtonBox::RejectRole);
    m_notNow->setObjectName(QStringLiteral("egressNotNow"));
    m_notNow->setAccessibleDescription(tr("Send nothing; you can do it later from the Library menu"));
    // Agreeing takes a deliberate choice: Enter and Escape both mean "not now".
    m_send->setAutoDefault(false);
    m_notNow->setDefault(true);
    m_notNow->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxQuestion, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);

    auto *body = new QVBoxLayout;
    body->addWidget(intro);
    body->addWidget(m_text);
    body->addWidget(where);
    body->addWidget(once);
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addLayout(body, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

QString EgressDialog::previewText() const
{
    // A breakdown that reads well in the dialog; EgressPreview::toText() is the CLI's version.
    QStringList lines;
    if (m_preview.pagesToCaption > 0)
        lines << tr("%n page image(s) to caption", nullptr, m_preview.pagesToCaption);
    if (m_preview.pagesToDetect > 0)
        lines << tr("%n page image(s) for object detection", nullptr, m_preview.pagesToDetect);
    if (m_preview.textsToEmbed > 0)
        lines << tr("%n page text(s) to embed", nullptr, m_preview.textsToEmbed) + QStringLiteral(" (")
                     + tr("%1 KB").arg(QLocale().toString(double(m_preview.textChars) / 1024.0, 'f', 1)) + QLatin1Char(')');
    lines << tr("about %1 tokens in %n request(s)", nullptr, m_preview.requests).arg(QLocale().toString(m_preview.estimatedTokens));
    QString privacy;
    switch (m_preview.privacy) {
    case Privacy::Never: privacy = tr("never send anything"); break;
    case Privacy::TextOnly: privacy = tr("page text only"); break;
    case Privacy::Images: privacy = tr("page text and page images"); break;
    }
    lines << tr("This library's privacy setting: %1").arg(privacy);
    if (m_preview.detectionSkipped)
        lines << m_preview.detectionSkippedText();
    return QStringLiteral("• ") + lines.join(QStringLiteral("\n• "));
}

} // namespace PageLens
