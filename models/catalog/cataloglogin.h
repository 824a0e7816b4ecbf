#pragma once

#include "models/catalog/catalogstore.h"
#include "models/core/problemmodel.h"

#include <functional>
#include <optional>

namespace Tessera {

// Opening a catalog whose server asks for a password: the one given this session, else the one the
// system keychain keeps, else the person's (asked through prompt, again while the server refuses
// it). A password the person asks to remember goes to the keychain once the server took it; a kept
// one the server refused is removed when the new one is not to be kept.
class CatalogLogin
{
public:
    struct Answer {
        QString password;
        bool remember = false; // in the system keychain
    };
    // Nothing: the person cancelled. An empty prompt asks nobody (screenshots, scripts).
    using Prompt = std::function<std::optional<Answer>(const CatalogLocation &, const Error &refusal)>;
    using Opener = std::function<Result<std::unique_ptr<CatalogStore>>(const CatalogLocation &)>;

    struct Outcome {
        Result<std::unique_ptr<CatalogStore>> store = Error();
        QList<Problem> notices; // what the keychain said (their source left for the caller)
        bool keptInKeychain = false; // the password was written to the keychain just now
    };

    static Outcome open(const CatalogLocation &location, const Opener &opener, const Prompt &prompt);
};

} // namespace Tessera
