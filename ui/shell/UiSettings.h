// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Bureau::UiSettings
{

// Every interface preference Bureau keeps in QSettings, with its default, in one place. Business
// data lives in the database; secrets in neither.
inline const QString kLanguage = QStringLiteral("interface/language");             // "fr" | "en"; default: system
inline const QString kGeometry = QStringLiteral("window/geometry");                // QByteArray
inline const QString kWindowState = QStringLiteral("window/state");                // QByteArray
inline const QString kLastView = QStringLiteral("window/lastView");                // view name; default "dashboard"
inline const QString kFirstRunDone = QStringLiteral("profile/firstRunAssistantDone"); // bool; default false

} // namespace Bureau::UiSettings
