#pragma once

// Passwords for catalog servers. Tessera never writes a password into its settings, its logs, a
// URL or a command line: it lives in the system keychain (when the person asks Tessera to remember
// it) and, for the session, in this process's memory only.

#include "models/core/cataloglocation.h"
#include "models/core/result.h"

#include <QCoreApplication>

#include <optional>

namespace Tessera {

// The passwords given in this session, by catalog server and login. Safe from any thread (a
// catalog's second connection, the facet counter's, reads it from its own).
class SessionPasswords
{
public:
    // What a password belongs to: the login, server, port and database (not the URL's options).
    static QString key(const CatalogLocation &location);
    static void remember(const CatalogLocation &location, const QString &password);
    static std::optional<QString> find(const CatalogLocation &location);
    static void forget(const CatalogLocation &location);
};

// The system keychain (Secret Service or KWallet on Linux, the Keychain on macOS, the Credential
// Store on Windows), through QtKeychain. Never falls back to a file of its own.
class Keychain
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::Keychain)

public:
    // Whether a keychain answers at all (on a machine without a desktop session, none does): it
    // is asked, so this waits for its answer.
    static bool isAvailable();
    // The password kept for key; none when nothing is kept; an error when the keychain failed.
    static Result<std::optional<QString>> read(const QString &key);
    static Status write(const QString &key, const QString &password);
    static Status remove(const QString &key);
    // Why a password is asked for each session: said where the person would look for "remember".
    static QString unavailableReason();
};

} // namespace Tessera
