// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Bureau
{

class Clock;
class CredentialStore;
class Database;
class Translations;

/**
 * The services a window and its views are given (constructor injection, no singletons). Owned by
 * whoever builds the window: app/gui/main.cpp, or a test.
 */
struct AppContext
{
    Database& database;
    const Clock& clock;
    Translations& translations;
    /** The keychain, or the session-only store when no keychain answers; never null once wired. */
    CredentialStore* credentials = nullptr;
    /** False when the system keychain is unavailable: secrets last for this session only. */
    bool keychainAvailable = true;
};

} // namespace Bureau
