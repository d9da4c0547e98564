// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QTranslator;

namespace Bureau
{

/**
 * The interface language, French or English, switchable at runtime: Bureau's own catalogue
 * (embedded, from translations/) and Qt's own (qtbase_fr.qm, for the buttons of Qt's dialogs).
 * Installing new translators sends QEvent::LanguageChange to every widget, which retranslates.
 * Dates, numbers and money follow: the default QLocale is set to the language's.
 */
class Translations final : public QObject
{
    Q_OBJECT

public:
    explicit Translations(QObject* parent = nullptr);
    ~Translations() override;

    static QStringList available() { return {QStringLiteral("en"), QStringLiteral("fr")}; }
    /** "fr" when the system locale is French, else "en". */
    static QString systemDefault();
    static bool isSupported(const QString& language) { return available().contains(language); }

    QString current() const { return m_current; }
    /** Installs the translators of `language` ("fr" or "en"); false for an unknown one. */
    bool apply(const QString& language);

signals:
    void languageChanged(const QString& language);

private:
    QString m_current;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace Bureau
