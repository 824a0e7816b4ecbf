#pragma once

#include <QDialog>

namespace Tessera {

// What Tessera is and which versions of Qt, KF6 SyntaxHighlighting and SQLite it runs on.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The library table as plain text, for bug reports (and the Copy button).
    QString librariesText() const { return m_librariesText; }

private:
    QString m_librariesText;
};

} // namespace Tessera
