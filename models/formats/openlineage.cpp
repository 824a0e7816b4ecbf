#include "models/formats/openlineage.h"

#include "models/formats/jsonscan.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStringDecoder>
#include <QtConcurrentMap>

#include <deque>
#include <memory>
#include <vector>

namespace Tessera {

namespace {

// Line and column (1-based) of a byte offset into text.
std::pair<int, int> lineColumn(const QByteArray &text, qsizetype offset)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, int(offset - lineStart) + 1};
}

bool validUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(bytes);
    return !decoder.hasError();
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// Reads one event object; the message of the first problem found, or an empty string.
QString readEvent(const QJsonObject &o, OpenLineageEvent &event, QString &field)
{
    const bool hasRun = o.contains(QLatin1String("run"));
    const bool hasJob = o.contains(QLatin1String("job"));
    const bool hasDataset = o.contains(QLatin1String("dataset"));
    event.kind = hasRun ? OpenLineageEvent::Kind::Run : hasJob ? OpenLineageEvent::Kind::Job : OpenLineageEvent::Kind::Dataset;
    if (!hasRun && !hasJob && !hasDataset) {
        field = QStringLiteral("run");
        return OpenLineage::tr("not an OpenLineage event: it has no run, job or dataset");
    }
    const QJsonValue time = o.value(QLatin1String("eventTime"));
    if (!time.isString()) {
        field = QStringLiteral("eventTime");
        return OpenLineage::tr("eventTime is required (an ISO 8601 date and time)");
    }
    event.eventTime = QDateTime::fromString(time.toString(), Qt::ISODateWithMs);
    if (!event.eventTime.isValid()) {
        field = QStringLiteral("eventTime");
        return OpenLineage::tr("eventTime \"%1\" is not an ISO 8601 date and time").arg(time.toString());
    }
    // schemaURL is required by the specification but not by Marquez, which Tessera follows here.
    if (!o.value(QLatin1String("producer")).isString()) {
        field = QStringLiteral("producer");
        return OpenLineage::tr("producer is required (a URI)");
    }
    if (hasRun) {
        const QJsonValue type = o.value(QLatin1String("eventType"));
        if (!type.isUndefined()) {
            static const QStringList types{QStringLiteral("START"), QStringLiteral("RUNNING"), QStringLiteral("COMPLETE"),
                                           QStringLiteral("ABORT"), QStringLiteral("FAIL"),    QStringLiteral("OTHER")};
            if (!type.isString() || !types.contains(type.toString())) {
                field = QStringLiteral("eventType");
                return OpenLineage::tr("eventType must be one of %1").arg(types.join(QLatin1String(", ")));
            }
            event.eventType = type.toString();
        }
        const QJsonObject run = o.value(QLatin1String("run")).toObject();
        event.runId = text(run, "runId");
        if (event.runId.isEmpty()) {
            field = QStringLiteral("run.runId");
            return OpenLineage::tr("run.runId is required");
        }
    }
    if (hasRun || hasJob) {
        const QJsonObject job = o.value(QLatin1String("job")).toObject();
        event.jobNamespace = text(job, "namespace");
        event.jobName = text(job, "name");
        if (event.jobNamespace.isEmpty() || event.jobName.isEmpty()) {
            field = event.jobNamespace.isEmpty() ? QStringLiteral("job.namespace") : QStringLiteral("job.name");
            return OpenLineage::tr("%1 is required").arg(field);
        }
        for (const char *key : {"inputs", "outputs"}) {
            const QJsonValue list = o.value(QLatin1String(key));
            if (list.isUndefined() || list.isNull())
                continue;
            if (!list.isArray()) {
                field = QLatin1String(key);
                return OpenLineage::tr("%1 must be a list of datasets").arg(field);
            }
            const QJsonArray array = list.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QJsonObject d = array.at(i).toObject();
                const DatasetName name{text(d, "namespace"), text(d, "name")};
                if (name.ns.isEmpty() || name.name.isEmpty()) {
                    field = QStringLiteral("%1[%2].%3")
                                .arg(QLatin1String(key))
                                .arg(i)
                                .arg(name.ns.isEmpty() ? QLatin1String("namespace") : QLatin1String("name"));
                    return OpenLineage::tr("a dataset needs a namespace and a name");
                }
                (qstrcmp(key, "inputs") == 0 ? event.inputs : event.outputs).append(name);
            }
        }
    } else {
        const QJsonObject dataset = o.value(QLatin1String("dataset")).toObject();
        if (text(dataset, "namespace").isEmpty() || text(dataset, "name").isEmpty()) {
            field = QStringLiteral("dataset");
            return OpenLineage::tr("a dataset event needs dataset.namespace and dataset.name");
        }
    }
    event.json = o;
    return QString();
}

void addEvent(OpenLineage::Read &read, const QJsonValue &value, const QString &file, int line, int column, QByteArrayView raw)
{
    if (!value.isObject()) {
        read.errors << Error(OpenLineage::tr("an event must be a JSON object")).at(file, line, column);
        return;
    }
    OpenLineageEvent event;
    event.file = file;
    event.line = line;
    event.raw = raw.trimmed().toByteArray();
    QString field;
    const QString problem = readEvent(value.toObject(), event, field);
    if (!problem.isEmpty()) {
        read.errors << Error(problem).at(file, line, column).inField(field);
        return;
    }
    read.events.append(std::move(event));
}

} // namespace

namespace {

// Line numbers of increasing offsets, counted in one pass.
class LineCounter
{
public:
    explicit LineCounter(QByteArrayView text)
        : m_text(text)
    {
    }
    std::pair<int, int> at(qsizetype offset)
    {
        for (; m_pos < offset && m_pos < m_text.size(); ++m_pos) {
            if (m_text.at(m_pos) == '\n') {
                ++m_line;
                m_lineStart = m_pos + 1;
            }
        }
        return {m_line, int(offset - m_lineStart) + 1};
    }

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
};

} // namespace

OpenLineage::Read OpenLineage::parse(const QByteArray &bytes, const QString &file)
{
    Read read;
    const qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    qsizetype first = start;
    while (first < bytes.size() && QChar::isSpace(uchar(bytes.at(first))))
        ++first;
    if (first == bytes.size())
        return read;
    const QString megabytes = QString::number(maxEventBytes / (1024 * 1024));

    // A JSON array of events, or a single event (perhaps spread over lines); else one event per line.
    const bool ndjson = file.endsWith(QLatin1String(".ndjson")) || file.endsWith(QLatin1String(".jsonl"));
    const bool array = bytes.at(first) == '[';
    if (array || !ndjson) {
        const QByteArrayView whole = QByteArrayView(bytes).sliced(start);
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(whole.toByteArray(), &error);
        const QByteArrayView rest = QByteArrayView(bytes).sliced(first).trimmed();
        const qsizetype lineEnd = rest.indexOf('\n');
        // One event per line after all, when the first line is a whole event.
        const bool firstLineWhole = lineEnd > 0 && QJsonDocument::fromJson(rest.first(lineEnd).toByteArray()).isObject();
        if (error.error == QJsonParseError::NoError || array || !firstLineWhole) {
            if (!validUtf8(whole)) {
                read.errors << Error(tr("the file is not valid UTF-8")).at(file);
                return read;
            }
            if (error.error != QJsonParseError::NoError) {
                const auto [line, column] = lineColumn(bytes, start + error.offset);
                read.errors << Error(tr("not valid JSON: %1").arg(error.errorString())).at(file, line, column);
                return read;
            }
            const JsonScan scan = scanJson(whole);
            LineCounter lines(bytes);
            if (!doc.isArray()) {
                const int line = lines.at(first).first;
                if (!scan.problems.isEmpty()) {
                    const auto [dupLine, dupColumn] = lines.at(start + scan.problems.first().at);
                    read.errors << Error(scan.problems.first().message).at(file, dupLine, dupColumn);
                } else if (whole.size() > maxEventBytes) {
                    read.errors << Error(tr("the event is larger than %1 MB").arg(megabytes)).at(file, line);
                } else {
                    addEvent(read, doc.object(), file, line, 0, whole);
                }
                return read;
            }
            // Each element is an event of its own: a bad one is left out, the others are kept.
            const QJsonArray events = doc.array();
            qsizetype nextProblem = 0;
            for (qsizetype i = 0; i < events.size(); ++i) {
                const qsizetype from = i < scan.elements.size() ? scan.elements.at(i) : 0;
                const qsizetype to = i + 1 < scan.elements.size() ? scan.elements.at(i + 1) : whole.size();
                const auto [line, column] = lines.at(start + from);
                const qsizetype errorsBefore = read.errors.size();
                while (nextProblem < scan.problems.size() && scan.problems.at(nextProblem).at < from)
                    ++nextProblem;
                if (nextProblem < scan.problems.size() && scan.problems.at(nextProblem).at < to) {
                    const JsonScan::Problem &d = scan.problems.at(nextProblem);
                    const auto [dupLine, dupColumn] = lineColumn(bytes, start + d.at);
                    read.errors << Error(d.message).at(file, dupLine, dupColumn);
                } else if (to - from > maxEventBytes) {
                    read.errors << Error(tr("the event is larger than %1 MB").arg(megabytes)).at(file, line, column);
                } else {
                    // The element's own text: up to the comma (or bracket) before the next.
                    qsizetype end = to;
                    while (end > from
                           && (QChar::isSpace(uchar(whole.at(end - 1))) || whole.at(end - 1) == ','
                               || (i + 1 == events.size() && whole.at(end - 1) == ']')))
                        --end;
                    addEvent(read, events.at(i), file, line, column, whole.sliced(from, end - from));
                }
                if (read.errors.size() > errorsBefore)
                    read.errors.last().field.prepend(QStringLiteral("[%1]").arg(i)
                                                     + (read.errors.last().field.isEmpty() ? QString() : QStringLiteral(".")));
            }
            return read;
        }
    }

    // One event per line: lines found first, then read on every core, then put back in order.
    struct Line {
        int number;
        QByteArrayView text;
    };
    QList<Line> lines;
    int number = 0;
    qsizetype pos = start;
    while (pos <= bytes.size()) {
        ++number;
        qsizetype end = bytes.indexOf('\n', pos);
        if (end < 0)
            end = bytes.size();
        const QByteArrayView raw(bytes.constData() + pos, end - pos);
        pos = end + 1;
        if (!raw.trimmed().isEmpty())
            lines.append(Line{number, raw});
        if (end == bytes.size())
            break;
    }
    const QList<Read> perLine = QtConcurrent::blockingMapped(lines, [&file, &megabytes](const Line &l) {
        Read one;
        const QByteArrayView raw = l.text;
        if (raw.size() > maxEventBytes) {
            one.errors << Error(tr("the event is larger than %1 MB").arg(megabytes)).at(file, l.number);
            return one;
        }
        if (!validUtf8(raw)) {
            one.errors << Error(tr("the line is not valid UTF-8")).at(file, l.number);
            return one;
        }
        QJsonParseError lineError{};
        const QJsonDocument doc = QJsonDocument::fromJson(raw.toByteArray(), &lineError);
        if (lineError.error != QJsonParseError::NoError) {
            one.errors
                << Error(tr("not valid JSON: %1").arg(lineError.errorString())).at(file, l.number, int(lineError.offset) + 1);
            return one;
        }
        if (const JsonScan scan = scanJson(raw); !scan.problems.isEmpty()) {
            one.errors << Error(scan.problems.first().message).at(file, l.number, int(scan.problems.first().at) + 1);
            return one;
        }
        addEvent(one, doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), file, l.number, 0, raw);
        return one;
    });
    read.events.reserve(lines.size());
    for (const Read &one : perLine) {
        read.events << one.events;
        read.errors << one.errors;
    }
    return read;
}

OpenLineage::Read OpenLineage::readFile(const QString &path)
{
    Read read;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        read.errors << Error(tr("cannot read the file: %1").arg(f.errorString())).at(path);
        return read;
    }
    if (f.size() > maxFileBytes) {
        read.errors << Error(tr("the file is larger than %1 GB").arg(maxFileBytes / (1024 * 1024 * 1024))).at(path);
        return read;
    }
    return parse(f.readAll(), path);
}

OpenLineage::Read OpenLineage::readFiles(const QStringList &paths)
{
    Read all;
    for (const QString &path : paths) {
        Read one = readFile(path);
        all.events << std::move(one.events);
        all.errors << std::move(one.errors);
    }
    return all;
}

QStringList OpenLineage::find(const QStringList &paths, bool anyJson)
{
    QStringList files;
    const QStringList patterns{QStringLiteral("*.ndjson"), QStringLiteral("*.jsonl"),
                               anyJson ? QStringLiteral("*.json") : QStringLiteral("*.openlineage.json")};
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isFile()) {
            files << path;
            continue;
        }
        if (!info.isDir())
            continue;
        QStringList found;
        QDirIterator it(path, patterns, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (!file.mid(path.size()).contains(QLatin1String("/.")))
                found << file;
        }
        found.sort();
        files << found;
    }
    return files;
}

LineageFacts OpenLineage::lineageOf(const QList<OpenLineageEvent> &events)
{
    // Every event's facts side by side, then merged once (merging per event would cost time in
    // proportion to all facts so far, each time).
    LineageFacts one;
    QHash<QString, QSet<size_t>> seenFacets;
    QHash<QString, QList<QJsonObject>> seenFacetValues;
    for (const OpenLineageEvent &e : events) {
        if (e.kind == OpenLineageEvent::Kind::Dataset || (e.inputs.isEmpty() && e.outputs.isEmpty()))
            continue;
        one.jobs.append(JobLineage{e.jobNamespace, e.jobName, e.inputs, e.outputs});
        const QJsonArray outputs = e.json.value(QLatin1String("outputs")).toArray();
        for (const QJsonValue &value : outputs) {
            const QJsonObject output = value.toObject();
            const DatasetName out{text(output, "namespace"), text(output, "name")};
            const QJsonObject facet
                = output.value(QLatin1String("facets")).toObject().value(QLatin1String("columnLineage")).toObject();
            if (facet.isEmpty())
                continue;
            // Each run of a job usually reports the same column lineage: read each facet once.
            const QString outputKey = e.jobNamespace + QChar(0x1f) + e.jobName + QChar(0x1f) + out.ns + QChar(0x1f) + out.name;
            QSet<size_t> &seenHere = seenFacets[outputKey];
            const size_t facetHash = qHash(facet);
            if (seenHere.contains(facetHash) && seenFacetValues.value(outputKey).contains(facet))
                continue;
            seenHere.insert(facetHash);
            seenFacetValues[outputKey].append(facet);
            auto addInputs = [&](const QString &outputField, const QJsonArray &inputFields, const QJsonObject &fieldLevel) {
                for (const QJsonValue &inValue : inputFields) {
                    const QJsonObject in = inValue.toObject();
                    ColumnLineage c;
                    c.jobNamespace = e.jobNamespace;
                    c.jobName = e.jobName;
                    c.output = out;
                    c.outputField = outputField;
                    c.input = DatasetName{text(in, "namespace"), text(in, "name")};
                    c.inputField = text(in, "field");
                    if (c.input.ns.isEmpty() || c.input.name.isEmpty() || c.inputField.isEmpty())
                        continue;
                    const QJsonArray transformations = in.value(QLatin1String("transformations")).toArray();
                    if (transformations.isEmpty()) {
                        // Facet 1-0-x: one transformationType per output field (IDENTITY or MASKED).
                        const QString old = text(fieldLevel, "transformationType");
                        c.type = QStringLiteral("DIRECT");
                        c.subtype = old == QLatin1String("MASKED") ? QStringLiteral("TRANSFORMATION") : old;
                        c.masking = old == QLatin1String("MASKED");
                        c.description = text(fieldLevel, "transformationDescription");
                        one.columns.append(c);
                        continue;
                    }
                    for (const QJsonValue &t : transformations) {
                        const QJsonObject transformation = t.toObject();
                        ColumnLineage withType = c;
                        withType.type = text(transformation, "type");
                        withType.subtype = text(transformation, "subtype");
                        withType.description = text(transformation, "description");
                        withType.masking = transformation.value(QLatin1String("masking")).toBool();
                        one.columns.append(withType);
                    }
                }
            };
            const QJsonObject fields = facet.value(QLatin1String("fields")).toObject();
            for (auto it = fields.begin(); it != fields.end(); ++it) {
                const QJsonObject field = it.value().toObject();
                addInputs(it.key(), field.value(QLatin1String("inputFields")).toArray(), field);
            }
            addInputs(QString(), facet.value(QLatin1String("dataset")).toArray(), QJsonObject());
        }
    }
    LineageFacts facts;
    facts.merge(one);
    return facts;
}

} // namespace Tessera
