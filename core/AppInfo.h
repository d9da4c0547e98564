// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Bureau
{

/**
 * Names shared by the GUI and the CLI, so both find the same data folder and settings:
 * AppDataLocation is ~/.local/share/Bureau/bureau on Linux.
 */
inline void initApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Bureau"));
    QCoreApplication::setApplicationName(QStringLiteral("bureau"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BUREAU_VERSION));
}

} // namespace Bureau
