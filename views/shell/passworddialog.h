#pragma once

#include "models/catalog/cataloglogin.h"
#include "models/core/cataloglocation.h"
#include "models/core/error.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLineEdit;

namespace Tessera {

// Asks for a team catalog's password after the server asked for one (or refused the one given),
// showing the server's words; offers to remember it in the system keychain, or says why it cannot.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    using Answer = CatalogLogin::Answer;

    PasswordDialog(const CatalogLocation &location, const Error &refusal, bool keychainAvailable, QWidget *parent = nullptr);

    Answer answer() const;

    // The dialog, modal; nothing when the person cancels.
    static std::optional<Answer> ask(QWidget *parent, const CatalogLocation &location, const Error &refusal);

private:
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
};

} // namespace Tessera
