// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

namespace Bureau
{
class Clock;
}

namespace Bureau::Bench
{

/**
 * The `large` demo database the bench measures against, kept in the data folder between runs
 * because generating it will take a while once it holds DESIGN.md's full sizes.
 *
 * It is reused while its schema is the binary's latest and it holds clients; otherwise it is
 * generated again into `large.sqlite.partial` and renamed over `large.sqlite`, so an interrupted
 * generation never leaves a half dataset under the real name.
 */
class LargeDataset final
{
public:
    struct Info
    {
        QString path;
        qint64 clients = 0;
        qint64 contacts = 0;
        qint64 bytes = 0;
        bool generated = false;  // false: an existing file was reused
        QString reason;          // why it was (re)generated, or "reused"
        double generationMs = 0; // when generated
    };

    LargeDataset(const QString& dataDir, const Clock& clock);

    QString path() const;

    /** Reuses or (re)generates the dataset. */
    Result<Info> prepare(bool regenerate);

private:
    /** Empty when the file at path() can be reused; else why not. */
    QString staleReason() const;
    Status generate();
    Result<Info> describe() const;

    QString m_dataDir;
    const Clock& m_clock;
};

} // namespace Bureau::Bench
