// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include "core/ingest/enrichoptions.h"

class QLabel;
class QPushButton;

namespace PageLens {

/**
 * Consent before anything leaves the machine: what a caption + embedding run would send (page
 * images, texts, estimated tokens, the library's privacy setting) and where to. "Send" accepts,
 * "Not now" (the default button) rejects; nothing is sent before Send.
 */
class EgressDialog : public QDialog
{
    Q_OBJECT
public:
    EgressDialog(const EgressPreview &preview, const QString &destination, QWidget *parent = nullptr);

    const EgressPreview &preview() const { return m_preview; }
    QString previewText() const;
    QPushButton *sendButton() const { return m_send; }
    QPushButton *notNowButton() const { return m_notNow; }

private:
    EgressPreview m_preview;
    QLabel *m_text;
    QPushButton *m_send;
    QPushButton *m_notNow;
};

} // namespace PageLens
