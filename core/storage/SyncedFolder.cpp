// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SyncedFolder.h"

#include <QDir>
#include <QFileInfo>

#include <array>

namespace Bureau
{

QString SyncedFolder::serviceFor(const QString& path)
{
    struct Known
    {
        const char* folder; // a path component, compared case-insensitively
        const char* service;
    };
    static constexpr std::array kKnown{
        Known{"Dropbox", "Dropbox"},         Known{"Nextcloud", "Nextcloud"},   Known{"ownCloud", "ownCloud"},
        Known{"OneDrive", "OneDrive"},       Known{"Google Drive", "Google Drive"}, Known{"GoogleDrive", "Google Drive"},
        Known{"pCloudDrive", "pCloud"},      Known{"MEGA", "MEGA"},             Known{"Sync", "Sync.com"},
        Known{"SynologyDrive", "Synology Drive"}, Known{"kDrive", "kDrive"},   Known{"iCloudDrive", "iCloud Drive"},
    };
    const QStringList components = QDir::cleanPath(QFileInfo(path).absoluteFilePath()).split(u'/', Qt::SkipEmptyParts);
    for (const QString& component : components) {
        for (const Known& known : kKnown) {
            if (component.compare(QLatin1String(known.folder), Qt::CaseInsensitive) == 0)
                return QString::fromLatin1(known.service);
        }
    }
    return {};
}

} // namespace Bureau
