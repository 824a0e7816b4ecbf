#include "views/catalog/conflictdialog.h"

#include "models/catalog/presentation.h"
#include "views/catalog/badges.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Tessera {

ConflictDialog::ConflictDialog(const Product &mine, const std::optional<Product> &theirs, QWidget *parent)
    : QDialog(parent)
    , m_diff(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Someone Else Saved This Product"));

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    const QString title = Catalog::displayTitle(mine).toHtmlEscaped();
    if (theirs) {
        const Badges::DiffColors colors = Badges::diffColors(palette());
        intro->setText(
            tr("<b>%1</b> was saved by <b>%2</b> at %3 (revision %4) while you were editing it. Below is what "
               "changes from their version to yours: %5 only in theirs, %6 only in yours.")
                .arg(title, theirs->updatedBy.toHtmlEscaped(),
                     QLocale().toString(theirs->updatedAt.toLocalTime(), QLocale::ShortFormat))
                .arg(theirs->revision)
                .arg(QStringLiteral("<span style=\"background-color: %1;\">&nbsp;−&nbsp;</span>").arg(colors.removed.name()),
                     QStringLiteral("<span style=\"background-color: %1;\">&nbsp;+&nbsp;</span>").arg(colors.added.name())));
    } else {
        intro->setText(tr("<b>%1</b> was removed from the catalog while you were editing it. Overwriting creates it again "
                          "with your version.")
                           .arg(title));
    }

    m_diff->setObjectName(QStringLiteral("conflictDifferences"));
    m_diff->setHtml(Badges::diffHtml(
        TextDiff::compare(theirs ? Catalog::productText(*theirs) : QString(), Catalog::productText(mine)), palette()));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *keep = buttons->addButton(tr("Keep Editing"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditingButton"));
    keep->setToolTip(tr("Close this and go on editing; nothing is saved yet"));
    QPushButton *copy = buttons->addButton(tr("Copy Mine"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyMineButton"));
    copy->setToolTip(tr("Copy your version as text, to keep it before reloading"));
    QPushButton *reload = buttons->addButton(tr("Reload Theirs"), QDialogButtonBox::DestructiveRole);
    reload->setObjectName(QStringLiteral("reloadButton"));
    reload->setToolTip(tr("Drop your changes and show the saved version"));
    reload->setEnabled(theirs.has_value());
    QPushButton *overwrite = buttons->addButton(tr("Overwrite with Mine"), QDialogButtonBox::AcceptRole);
    overwrite->setObjectName(QStringLiteral("overwriteButton"));
    overwrite->setToolTip(tr("Save your version over theirs (theirs stays in the history)"));
    keep->setDefault(true);
    connect(keep, &QPushButton::clicked, this, [this] {
        choose(KeepEditing);
    });
    connect(reload, &QPushButton::clicked, this, [this] {
        choose(Reload);
    });
    connect(overwrite, &QPushButton::clicked, this, [this] {
        choose(Overwrite);
    });
    connect(copy, &QPushButton::clicked, this, [mine] {
        QGuiApplication::clipboard()->setText(Catalog::productText(mine));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_diff, 1);
    layout->addWidget(buttons);
    resize(760, 520);
}

void ConflictDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == KeepEditing)
        reject();
    else
        accept();
}

} // namespace Tessera
