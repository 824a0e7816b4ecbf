#include "models/catalog/cataloglogin.h"

#include "models/core/credentials.h"

namespace Tessera {

CatalogLogin::Outcome CatalogLogin::open(const CatalogLocation &location, const Opener &opener, const Prompt &prompt)
{
    Outcome outcome;
    if (location.kind() != CatalogLocation::Kind::PostgreSql) {
        outcome.store = opener(location);
        return outcome;
    }
    const QString key = SessionPasswords::key(location);
    bool fromKeychain = false;
    const bool keychain = Keychain::isAvailable(); // asked once: it waits for the keychain's answer
    if (!SessionPasswords::find(location) && keychain) {
        const auto kept = Keychain::read(key);
        if (!kept)
            outcome.notices.append({Problem::Severity::Warning, kept.error(), {}});
        else if (kept->has_value())
            SessionPasswords::remember(location, **kept);
        fromKeychain = kept && kept->has_value();
    }
    bool keep = false;
    bool keptWasRefused = false;
    for (;;) {
        outcome.store = opener(location);
        if (!outcome.store && CatalogStore::wantsPassword(outcome.store.error()) && prompt) {
            keptWasRefused = keptWasRefused || fromKeychain;
            const std::optional<Answer> answer = prompt(location, outcome.store.error());
            if (!answer) {
                SessionPasswords::forget(location); // a refused password is not tried again unasked
                return outcome; // the server's refusal stands
            }
            SessionPasswords::remember(location, answer->password);
            keep = answer->remember;
            continue;
        }
        if (!outcome.store)
            return outcome;
        if (keep && keychain) {
            if (Status kept = Keychain::write(key, SessionPasswords::find(location).value_or(QString())); !kept)
                outcome.notices.append({Problem::Severity::Warning, kept.error(), {}});
            else
                outcome.keptInKeychain = true;
        } else if (keptWasRefused) {
            // The keychain's password was refused and the person chose not to keep the new one.
            if (Status forgotten = Keychain::remove(key); !forgotten)
                outcome.notices.append({Problem::Severity::Warning, forgotten.error(), {}});
        } else if (!keychain && SessionPasswords::find(location)) {
            outcome.notices.append({Problem::Severity::Info, Error(Keychain::unavailableReason()), {}});
        }
        return outcome;
    }
}

} // namespace Tessera
