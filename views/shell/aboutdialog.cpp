#include "views/shell/aboutdialog.h"

#include "models/core/runtimeinfo.h"
#include "views/shell/icons.h"

#include <ksyntaxhighlighting_version.h>

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tessera {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Tessera"));
    const RuntimeInfo info = RuntimeInfo::current();

    auto *logo = new QLabel(this);
    logo->setPixmap(Icons::application().pixmap(64, 64));

    auto *title = new QLabel(tr("<h2>Tessera %1</h2>").arg(info.tesseraVersion), this);
    auto *text = new QLabel(tr("A desktop workbench for the people who run a data mesh: a federated catalog of data "
                               "products, lineage, pipeline runs, governance policies and transformation previews."),
                            this);
    text->setWordWrap(true);

    struct Row {
        QString name;
        QString version;
        const char *objectName;
    };
    const QString sqlite = info.sqliteDriverVersion.isEmpty() || info.sqliteDriverVersion == info.sqliteLibraryVersion
        ? info.sqliteLibraryVersion
        : tr("%1 (Qt's driver: %2)").arg(info.sqliteLibraryVersion, info.sqliteDriverVersion);
    const QList<Row> rows{
        {tr("Qt"), tr("%1 (built with %2)").arg(info.qtRuntimeVersion, info.qtBuildVersion), "qtVersion"},
        {tr("KF6 SyntaxHighlighting"), QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING), "syntaxHighlightingVersion"},
        {tr("SQLite"), sqlite, "sqliteVersion"},
    };
    auto *libraries = new QFormLayout;
    for (const Row &row : rows) {
        auto *value = new QLabel(row.version, this);
        value->setObjectName(QString::fromLatin1(row.objectName));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        libraries->addRow(row.name + QLatin1Char(':'), value);
        m_librariesText += row.name + QLatin1String(": ") + row.version + QLatin1Char('\n');
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy Versions"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(QLatin1String("Tessera ") + QStringLiteral(TESSERA_VERSION_STRING)
                                              + QLatin1Char('\n') + m_librariesText);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *header = new QHBoxLayout;
    header->addWidget(logo, 0, Qt::AlignTop);
    auto *headerText = new QVBoxLayout;
    headerText->addWidget(title);
    headerText->addWidget(text);
    header->addLayout(headerText, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addSpacing(8);
    layout->addWidget(new QLabel(tr("<b>Libraries in use</b>"), this));
    layout->addLayout(libraries);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace Tessera
