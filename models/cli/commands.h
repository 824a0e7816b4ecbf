#pragma once

#include "models/catalog/catalogstore.h"

#include <QCommandLineOption>
#include <QJsonObject>
#include <QStringList>

#include <memory>

class QCommandLineParser;
class QTextStream;

namespace Tessera::CliCommands {

// Each tessera-cli command: arguments after the command's name; returns the exit status.
int info(const QStringList &args, bool json, QTextStream &out, QTextStream &err);
int validate(const QStringList &args, bool json, QTextStream &out, QTextStream &err);
int importFiles(const QStringList &args, bool json, QTextStream &out, QTextStream &err);
int exportProduct(const QStringList &args, bool json, QTextStream &out, QTextStream &err);
int search(const QStringList &args, bool json, QTextStream &out, QTextStream &err);
int source(const QStringList &args, bool json, QTextStream &out, QTextStream &err);
int lineage(const QStringList &args, bool json, QTextStream &out, QTextStream &err);
int impact(const QStringList &args, bool json, QTextStream &out, QTextStream &err);
int ingest(const QStringList &args, bool json, QTextStream &out, QTextStream &err);
int runs(const QStringList &args, bool json, QTextStream &out, QTextStream &err);
int receive(const QStringList &args, bool json, QTextStream &out, QTextStream &err);
int check(const QStringList &args, bool json, QTextStream &out, QTextStream &err);
int preview(const QStringList &args, bool json, QTextStream &out, QTextStream &err);

// Shared by the commands: parses a command's own options (a usage problem goes to err and gives
// false), the --catalog option, and opening the catalog it names.
bool parseOptions(QCommandLineParser &parser, const QString &command, const QStringList &args, QTextStream &err);
QCommandLineOption catalogOption();
// A problem's place and message, as --json output names them (its file left to the caller).
QJsonObject errorJson(const Error &e);
// "file:line: field: message (column c)", as compilers write it, so editors jump to the line.
QString lineMessage(const Error &e);
Result<std::unique_ptr<CatalogStore>> openCatalog(const QCommandLineParser &parser, const QCommandLineOption &option);

} // namespace Tessera::CliCommands
