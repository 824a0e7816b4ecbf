#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Tessera {

// tessera-cli: the command line of DESIGN.md §2.8, for scripts and domain repositories' CI.
// Plain text by default, --json for machines; exit status 0 on success, 1 when the work failed,
// 2 when the command line itself is wrong.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::Cli)

public:
    enum ExitCode {
        Success = 0,
        Failure = 1,
        UsageError = 2,
    };

    // arguments as QCoreApplication::arguments(), the program first.
    static int execute(const QStringList &arguments, QTextStream &out, QTextStream &err);

    // Sets the application's names and translators, then execute()s on stdout and stderr.
    static int run(QCoreApplication &app);
};

} // namespace Tessera
