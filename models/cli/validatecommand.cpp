#include "models/cli/cli.h"
#include "models/cli/commands.h"
#include "models/federation/standardfiles.h"
#include "models/formats/standarddocument.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Tessera::CliCommands {

QJsonObject errorJson(const Error &e)
{
    return {{QStringLiteral("line"), e.line},
            {QStringLiteral("column"), e.column},
            {QStringLiteral("field"), e.field},
            {QStringLiteral("message"), e.message}};
}

int validate(const QStringList &args, bool json, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty()) {
        err << Cli::tr("tessera-cli validate: name the files or folders to check.") << '\n';
        return Cli::UsageError;
    }
    QStringList missing;
    const QStringList files = StandardFiles::find(args, &missing);
    for (const QString &path : std::as_const(missing))
        err << Cli::tr("tessera-cli validate: %1: no such file or folder").arg(path) << '\n';
    if (files.isEmpty() && missing.isEmpty()) {
        err << Cli::tr("tessera-cli validate: no standard files (*.odcs.yaml, *.odps.yaml, *.dpds.yaml) found") << '\n';
        return Cli::Failure;
    }

    int invalid = 0;
    QJsonArray results;
    for (const QString &file : files) {
        QList<Error> errors;
        QList<Error> warnings;
        StandardDocument::Kind kind = StandardDocument::Kind::Unknown;
        QString version;
        const auto document = Standards::read(file);
        if (!document) {
            errors << document.error();
        } else {
            kind = document->kind;
            version = document->version;
            const Standards::Validation validation = Standards::validate(document.value());
            errors = validation.errors;
            warnings = validation.warnings;
        }
        if (!errors.isEmpty())
            ++invalid;
        if (json) {
            QJsonArray errorList, warningList;
            for (const Error &e : std::as_const(errors))
                errorList.append(errorJson(e));
            for (const Error &w : std::as_const(warnings))
                warningList.append(errorJson(w));
            results.append(QJsonObject{{QStringLiteral("file"), file},
                                       {QStringLiteral("kind"), StandardDocument::kindName(kind)},
                                       {QStringLiteral("version"), version},
                                       {QStringLiteral("valid"), errors.isEmpty()},
                                       {QStringLiteral("errors"), errorList},
                                       {QStringLiteral("warnings"), warningList}});
            continue;
        }
        for (const Error &e : std::as_const(errors))
            out << e.toString() << '\n';
        for (const Error &w : std::as_const(warnings)) {
            out << w.location() << ": "
                << Cli::tr("warning: %1").arg((w.field.isEmpty() ? QString() : w.field + QLatin1String(": ")) + w.message)
                << '\n';
        }
        if (errors.isEmpty())
            out << Cli::tr("%1: valid %2 %3").arg(file, StandardDocument::kindName(kind), version) << '\n';
    }
    if (json) {
        out << QJsonDocument(
                   QJsonObject{{QStringLiteral("files"), results}, {QStringLiteral("valid"), invalid == 0 && missing.isEmpty()}})
                   .toJson(QJsonDocument::Indented);
    } else {
        out << Cli::tr("%n file(s) checked", nullptr, int(files.size())) << ", " << Cli::tr("%n invalid", nullptr, invalid)
            << '\n';
    }
    return invalid == 0 && missing.isEmpty() ? Cli::Success : Cli::Failure;
}

} // namespace Tessera::CliCommands
