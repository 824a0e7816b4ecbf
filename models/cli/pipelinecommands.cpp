#include "models/cli/cli.h"
#include "models/cli/commands.h"
#include "models/core/isotime.h"
#include "models/formats/openlineage.h"
#include "models/pipelines/lineagereceiver.h"
#include "models/pipelines/pipelinestatus.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace Tessera::CliCommands {

namespace {

// SIGINT and SIGTERM end the event loop: the handler only writes a byte to a pipe.
int signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

} // namespace

QString lineMessage(const Error &e)
{
    QString where = e.file.isEmpty() ? QStringLiteral("-") : e.file;
    if (e.line > 0)
        where += QLatin1Char(':') + QString::number(e.line);
    QString text = e.message;
    if (e.column > 0)
        text += QLatin1Char(' ') + Cli::tr("(column %1)").arg(e.column);
    return where + QLatin1String(": ") + (e.field.isEmpty() ? QString() : e.field + QLatin1String(": ")) + text;
}

int ingest(const QStringList &args, bool json, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption catalog = catalogOption();
    parser.addOption(catalog);
    if (!parseOptions(parser, QStringLiteral("ingest"), args, err))
        return Cli::UsageError;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        err << Cli::tr("tessera-cli ingest: name the OpenLineage event files or folders to ingest (- reads standard input).")
            << '\n';
        return Cli::UsageError;
    }
    OpenLineage::Read read;
    QStringList files;
    for (const QString &path : paths) {
        if (path == QLatin1String("-")) {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly)) {
                err << Cli::tr("tessera-cli ingest: cannot read standard input") << '\n';
                return Cli::Failure;
            }
            OpenLineage::Read one = OpenLineage::parse(in.readAll(), QStringLiteral("-.ndjson"));
            for (OpenLineageEvent &e : one.events)
                e.file = QStringLiteral("-");
            for (Error &e : one.errors)
                e.file = QStringLiteral("-");
            read.events << one.events;
            read.errors << one.errors;
            continue;
        }
        if (!QFileInfo::exists(path)) {
            err << Cli::tr("tessera-cli ingest: %1: no such file or folder").arg(path) << '\n';
            return Cli::Failure;
        }
        const QStringList found = OpenLineage::find({path}, true);
        files << found;
        if (found.isEmpty())
            err << Cli::tr("tessera-cli ingest: warning: no event files (*.ndjson, *.jsonl, *.json) in %1").arg(path) << '\n';
    }
    const OpenLineage::Read fromFiles = OpenLineage::readFiles(files);
    read.events << fromFiles.events;
    read.errors << fromFiles.errors;
    for (const Error &e : std::as_const(read.errors))
        err << lineMessage(e) << '\n';

    auto store = openCatalog(parser, catalog);
    if (!store) {
        err << QLatin1String("tessera-cli ingest: ") << store.error().toString() << '\n';
        return Cli::Failure;
    }
    const Result<IngestReport> report = store.value()->ingestEvents(read.events);
    if (!report) {
        err << QLatin1String("tessera-cli ingest: ") << report.error().toString() << '\n';
        err << Cli::tr("Nothing was ingested.") << '\n';
        return Cli::Failure;
    }
    const IngestReport &r = report.value();
    if (json) {
        QJsonArray errors;
        for (const Error &e : std::as_const(read.errors)) {
            QJsonObject error = errorJson(e);
            error.insert(QStringLiteral("file"), e.file);
            errors.append(error);
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("catalog"), store.value()->location().toString()},
                                         {QStringLiteral("events"), r.received},
                                         {QStringLiteral("added"), r.added},
                                         {QStringLiteral("duplicates"), r.duplicates},
                                         {QStringLiteral("runs"), r.runs},
                                         {QStringLiteral("rejected"), int(read.errors.size())},
                                         {QStringLiteral("errors"), errors}})
                   .toJson(QJsonDocument::Indented);
    } else {
        out << Cli::tr("Ingested %n event(s)", nullptr, r.received) << ": "
            << Cli::tr("%1 new, %2 already known; %n run(s) updated.", nullptr, r.runs).arg(r.added).arg(r.duplicates) << '\n';
        if (!read.errors.isEmpty())
            out << Cli::tr("%n event(s) rejected (see above).", nullptr, int(read.errors.size())) << '\n';
    }
    return read.errors.isEmpty() ? Cli::Success : Cli::Failure;
}

int runs(const QStringList &args, bool json, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption catalog = catalogOption();
    const QCommandLineOption job(QStringLiteral("job"), Cli::tr("Only the runs of this job (its name, or namespace/name)."),
                                 Cli::tr("NAME"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   Cli::tr("Only runs in this state: running, completed, failed, aborted."), Cli::tr("STATE"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   Cli::tr("At most this many runs, newest first (default 100; 0: all)."), Cli::tr("N"),
                                   QStringLiteral("100"));
    parser.addOptions({catalog, job, state, limit});
    if (!parseOptions(parser, QStringLiteral("runs"), args, err))
        return Cli::UsageError;
    bool limitOk = false;
    const int maxRuns = parser.value(limit).toInt(&limitOk);
    if (!limitOk || maxRuns < 0) {
        err << Cli::tr("tessera-cli runs: --limit takes a number") << '\n';
        return Cli::UsageError;
    }
    RunQuery query;
    query.limit = maxRuns;
    if (parser.isSet(state)) {
        const QString key = parser.value(state).toUpper();
        query.state = Runs::stateFromKey(key == QLatin1String("COMPLETE")    ? QStringLiteral("COMPLETED")
                                             : key == QLatin1String("FAIL")  ? QStringLiteral("FAILED")
                                             : key == QLatin1String("ABORT") ? QStringLiteral("ABORTED")
                                                                             : key);
        if (!query.state) {
            err << Cli::tr("tessera-cli runs: unknown state %1 (running, completed, failed, aborted, new)")
                       .arg(parser.value(state))
                << '\n';
            return Cli::UsageError;
        }
    }
    auto store = openCatalog(parser, catalog);
    if (!store) {
        err << QLatin1String("tessera-cli runs: ") << store.error().toString() << '\n';
        return Cli::Failure;
    }
    if (parser.isSet(job))
        query.jobName = parser.value(job);
    auto found = store.value()->runs(query);
    // A job's name may hold slashes itself: "namespace/name" only when the whole is no job's name.
    const qsizetype slash = query.jobName.lastIndexOf(QLatin1Char('/'));
    if (found && found->isEmpty() && slash > 0) {
        query.jobNamespace = query.jobName.left(slash);
        query.jobName = query.jobName.mid(slash + 1);
        found = store.value()->runs(query);
    }
    if (!found) {
        err << QLatin1String("tessera-cli runs: ") << found.error().toString() << '\n';
        return Cli::Failure;
    }
    const QList<Run> &list = found.value();
    if (json) {
        QJsonArray array;
        for (const Run &run : std::as_const(list)) {
            QJsonObject o{{QStringLiteral("job"), run.jobName},
                          {QStringLiteral("namespace"), run.jobNamespace},
                          {QStringLiteral("runId"), run.runId},
                          {QStringLiteral("state"), Runs::stateKey(run.state)},
                          {QStringLiteral("start"), isoUtcText(run.startedAt)},
                          {QStringLiteral("end"), isoUtcText(run.endedAt)}};
            if (const auto d = run.durationMs())
                o.insert(QStringLiteral("durationMs"), *d);
            if (!run.errorMessage.isEmpty())
                o.insert(QStringLiteral("errorMessage"), run.errorMessage);
            if (!run.parentRunId.isEmpty())
                o.insert(QStringLiteral("parentRunId"), run.parentRunId);
            array.append(o);
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Cli::Success;
    }
    if (list.isEmpty()) {
        out << Cli::tr("No runs.") << '\n';
        return Cli::Success;
    }
    // A table: job, run id, state, start, end, duration, error message.
    const QStringList header{Cli::tr("JOB"), Cli::tr("RUN"),      Cli::tr("STATE"), Cli::tr("START"),
                             Cli::tr("END"), Cli::tr("DURATION"), Cli::tr("ERROR")};
    QList<QStringList> rows{header};
    for (const Run &run : std::as_const(list)) {
        const auto d = run.durationMs();
        rows << QStringList{run.jobName,
                            run.runId,
                            Runs::stateKey(run.state),
                            isoUtcText(run.startedAt),
                            isoUtcText(run.endedAt),
                            d ? PipelineOverview::durationText(*d) : QString(),
                            run.errorMessage.section(QLatin1Char('\n'), 0, 0)};
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype i = 0; i + 1 < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        out << line.trimmed() << '\n';
    }
    return Cli::Success;
}

int receive(const QStringList &args, bool json, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption catalog = catalogOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  Cli::tr("The port to listen on (default 5000, as Marquez; 0: any free one)."), Cli::tr("PORT"),
                                  QString::number(LineageReceiver::defaultPort));
    const QCommandLineOption address(QStringLiteral("address"), Cli::tr("The address to listen on (default 127.0.0.1)."),
                                     Cli::tr("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption remote(QStringLiteral("allow-remote"),
                                    Cli::tr("Allow an address other than loopback: other computers can then send events."));
    parser.addOptions({catalog, port, address, remote});
    if (!parseOptions(parser, QStringLiteral("receive"), args, err))
        return Cli::UsageError;
    bool portOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    const QHostAddress host(parser.value(address));
    if (!portOk || portNumber > 65535 || host.isNull()) {
        err << Cli::tr("tessera-cli receive: --port takes a number up to 65535 and --address an IP address") << '\n';
        return Cli::UsageError;
    }
    auto store = openCatalog(parser, catalog);
    if (!store) {
        err << QLatin1String("tessera-cli receive: ") << store.error().toString() << '\n';
        return Cli::Failure;
    }
    LineageReceiver receiver(*store.value());
    QObject::connect(&receiver, &LineageReceiver::requestRejected, &receiver, [&err](int status, const QString &message) {
        err << Cli::tr("rejected (%1): %2").arg(status).arg(message) << '\n';
        err.flush();
    });
    LineageReceiver::Settings settings;
    settings.port = quint16(portNumber);
    settings.address = host;
    settings.allowRemote = parser.isSet(remote);
    if (Status started = receiver.start(settings); !started) {
        err << QLatin1String("tessera-cli receive: ") << started.error().message << '\n';
        return Cli::Failure;
    }
    if (json) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("url"), receiver.url()}, {QStringLiteral("port"), receiver.port()}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
    } else {
        out << Cli::tr("Receiving OpenLineage events at %1 into %2; stop with Ctrl+C.")
                   .arg(receiver.url(), store.value()->location().toString())
            << '\n';
    }
    out.flush();

    if (::pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        err << Cli::tr("tessera-cli receive: cannot set up signal handling") << '\n';
        return Cli::Failure;
    }
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &notifier, [] {
        QCoreApplication::quit();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QCoreApplication::exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    receiver.stop();
    ::close(signalPipe[0]);
    ::close(signalPipe[1]);
    if (!json)
        out << Cli::tr("Stopped: %1 event(s) stored, %2 request(s) rejected.").arg(receiver.accepted()).arg(receiver.rejected())
            << '\n';
    return Cli::Success;
}

} // namespace Tessera::CliCommands
