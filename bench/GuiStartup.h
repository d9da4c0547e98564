// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

namespace Bureau::Bench
{

/**
 * One cold start of the GUI in a fresh process: `bureau --bench-startup --database PATH`, which
 * prints `startup-ns=… peak-rss-kb=…` at the first Expose of its main window and quits.
 */
class GuiStartup final
{
public:
    struct Sample
    {
        double startupMs = 0; // main() entry to the first Expose, measured by the GUI itself
        double peakRssMb = 0; // the GUI's VmHWM when its window was first exposed
        double launchMs = 0;  // QProcess::start() to the line read: adds exec, loading and static init
        double wallMs = 0;    // the whole process, from QProcess::start() to its exit
    };

    /**
     * platform: the QT_QPA_PLATFORM the GUI runs on (offscreen, xcb, wayland…). configDir: its
     * XDG_CONFIG_HOME, so that the runs neither depend on nor overwrite the developer's own settings
     * (the window saves its geometry and last view when it closes).
     */
    GuiStartup(const QString& program, const QString& platform, const QString& configDir);

    Result<Sample> run(const QString& databasePath) const;

private:
    QString m_program;
    QString m_platform;
    QString m_configDir;
};

} // namespace Bureau::Bench
