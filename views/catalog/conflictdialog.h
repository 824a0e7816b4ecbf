#pragma once

#include "models/catalog/entities.h"

#include <QDialog>

#include <optional>

class QTextBrowser;

namespace Tessera {

// Someone saved the product first. Shows what they saved and what I tried to save, with the
// differences, and lets me reload theirs, overwrite with mine, or keep editing. Mine can be copied
// before reloading, so nothing typed is lost.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice {
        KeepEditing = 0, // also what closing the dialog means
        Reload,
        Overwrite,
    };
    Q_ENUM(Choice)

    ConflictDialog(const Product &mine, const std::optional<Product> &theirs, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QTextBrowser *differences() const { return m_diff; }

private:
    void choose(Choice choice);

    Choice m_choice = KeepEditing;
    QTextBrowser *m_diff;
};

} // namespace Tessera
