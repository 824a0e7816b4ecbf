// tessera-preview-worker: runs previews' untrusted SQL away from Tessera (see PreviewEngine).

#include "models/core/translations.h"
#include "models/preview/previewworker.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype language = args.indexOf(QStringLiteral("--language"));
    Tessera::Translations::install(app, language > 0 ? args.value(language + 1) : QString());
    return Tessera::PreviewWorker::serve(0, 1);
}
