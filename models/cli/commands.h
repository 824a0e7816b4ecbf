#pragma once

#include <QStringList>

class QTextStream;

namespace Tessera::CliCommands {

// Each tessera-cli command: arguments after the command's name; returns the exit status.
int info(const QStringList &args, bool json, QTextStream &out, QTextStream &err);
int validate(const QStringList &args, bool json, QTextStream &out, QTextStream &err);
int importFiles(const QStringList &args, bool json, QTextStream &out, QTextStream &err);
int exportProduct(const QStringList &args, bool json, QTextStream &out, QTextStream &err);
int search(const QStringList &args, bool json, QTextStream &out, QTextStream &err);
int source(const QStringList &args, bool json, QTextStream &out, QTextStream &err);

} // namespace Tessera::CliCommands
