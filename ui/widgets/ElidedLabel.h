// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace Bureau
{

/**
 * A one-line plain-text label that gives way to its neighbours: when narrower than its text it
 * shows the text elided with "…" (and the whole text as its tooltip) rather than cutting it.
 */
class ElidedLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    /** The whole text (text() is what is shown). */
    QString fullText() const { return m_full; }
    void setFullText(const QString& text);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateShown();

    QString m_full;
};

} // namespace Bureau
