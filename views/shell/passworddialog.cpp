#include "views/shell/passworddialog.h"

#include "models/core/credentials.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tessera {

PasswordDialog::PasswordDialog(const CatalogLocation &location, const Error &refusal, bool keychainAvailable, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Team Catalog Password"));
    auto *layout = new QVBoxLayout(this);

    const QString user = location.url().userName().isEmpty() ? tr("your login") : location.url().userName();
    auto *intro = new QLabel(tr("The server of the catalog <b>%1</b> asks for the password of %2.")
                                 .arg(location.displayName().toHtmlEscaped(), user.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *said = new QLabel(refusal.message, this);
    said->setObjectName(QStringLiteral("serverMessage"));
    said->setWordWrap(true);
    said->setTextFormat(Qt::PlainText);
    said->setTextInteractionFlags(Qt::TextSelectableByMouse);
    said->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(said);

    auto *form = new QFormLayout;
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_remember = new QCheckBox(tr("&Remember it in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setChecked(keychainAvailable);
    m_remember->setEnabled(keychainAvailable);
    layout->addWidget(m_remember);
    if (!keychainAvailable) {
        auto *why = new QLabel(Keychain::unavailableReason(), this);
        why->setObjectName(QStringLiteral("keychainUnavailable"));
        why->setWordWrap(true);
        layout->addWidget(why);
    }

    layout->addStretch(); // room the wrapped labels leave goes above the buttons
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_password->setFocus();
    resize(460, heightForWidth(460) > 0 ? heightForWidth(460) : sizeHint().height());
}

PasswordDialog::Answer PasswordDialog::answer() const
{
    return {m_password->text(), m_remember->isEnabled() && m_remember->isChecked()};
}

std::optional<PasswordDialog::Answer> PasswordDialog::ask(QWidget *parent, const CatalogLocation &location, const Error &refusal)
{
    PasswordDialog dialog(location, refusal, Keychain::isAvailable(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.answer();
}

} // namespace Tessera
