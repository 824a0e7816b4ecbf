#include "views/shell/documentpage.h"

#include <QMessageBox>

namespace Tessera {

bool DocumentPage::confirmClose()
{
    if (!isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"), tr("“%1” has changes that are not saved.").arg(documentTitle()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    box.setInformativeText(tr("Save them before closing?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        discardChanges();
        return true;
    default:
        return false;
    }
}

} // namespace Tessera
