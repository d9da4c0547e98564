// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace Bureau
{

/**
 * Lets a second launch on the same database ask the first one to come to the front. The first
 * GUI (which holds the DatabaseLock) listens; the second sends "raise" and exits.
 */
class InstanceChannel final : public QObject
{
    Q_OBJECT

public:
    explicit InstanceChannel(const QString& databasePath, QObject* parent = nullptr);
    ~InstanceChannel() override;

    /** Starts listening (first instance). */
    bool listen();
    /** Asks the running instance to raise its window; true when it answered. */
    bool askToRaise(int timeoutMs = 1000) const;

    static QString serverNameFor(const QString& databasePath);

signals:
    void raiseRequested();

private:
    QString m_name;
    QLocalServer* m_server = nullptr;
};

} // namespace Bureau
