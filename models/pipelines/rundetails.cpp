#include "models/pipelines/rundetails.h"

#include "models/pipelines/pipelinestatus.h"

#include "models/core/isotime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace Tessera {

namespace {

std::optional<qint64> number(const QJsonObject &facet, const char *key)
{
    const QJsonValue v = facet.value(QLatin1String(key));
    return v.isDouble() ? std::optional<qint64>(qint64(v.toDouble())) : std::nullopt;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

DatasetFigures RunDetails::figures(const RunDataset &dataset)
{
    DatasetFigures f;
    f.name = dataset.name;
    f.output = dataset.output;
    const QJsonObject &facets = dataset.facets.facets;
    // The most specific figure first: what the run itself counted, then the quality metrics.
    for (const char *name : {"outputStatistics", "inputStatistics", "dataQualityMetrics"}) {
        const QJsonObject facet = facets.value(QLatin1String(name)).toObject();
        if (facet.isEmpty())
            continue;
        if (!f.rowCount)
            f.rowCount = number(facet, "rowCount");
        if (!f.bytes)
            f.bytes = number(facet, "size");
        if (!f.bytes)
            f.bytes = number(facet, "bytes");
        if (!f.fileCount)
            f.fileCount = number(facet, "fileCount");
    }
    const QJsonArray assertions
        = facets.value(QLatin1String("dataQualityAssertions")).toObject().value(QLatin1String("assertions")).toArray();
    for (const QJsonValue &a : assertions) {
        const QJsonObject o = a.toObject();
        f.assertions.append({o.value(QLatin1String("assertion")).toString(), o.value(QLatin1String("column")).toString(),
                             o.value(QLatin1String("success")).toBool()});
    }
    f.facetNames = facets.keys();
    return f;
}

QList<DatasetFigures> RunDetails::figures(const Run &run)
{
    QList<DatasetFigures> list;
    for (bool output : {false, true}) {
        for (const RunDataset &d : run.datasets) {
            if (d.output == output)
                list << figures(d);
        }
    }
    return list;
}

QString RunDetails::facetSummary(const QString &name, const QJsonObject &facet)
{
    auto text = [&facet](const char *key) {
        return facet.value(QLatin1String(key)).toString();
    };
    if (name == QLatin1String("jobType")) {
        QStringList parts;
        for (const char *key : {"processingType", "integration", "jobType"}) {
            if (!text(key).isEmpty())
                parts << text(key);
        }
        return parts.join(QStringLiteral(" · "));
    }
    if (name == QLatin1String("nominalTime")) {
        const QDateTime start = QDateTime::fromString(text("nominalStartTime"), Qt::ISODateWithMs);
        const QDateTime end = QDateTime::fromString(text("nominalEndTime"), Qt::ISODateWithMs);
        return end.isValid() ? tr("%1 to %2").arg(localTimeText(start), localTimeText(end)) : localTimeText(start);
    }
    if (name == QLatin1String("parent")) {
        const QJsonObject job = facet.value(QLatin1String("job")).toObject();
        return job.value(QLatin1String("namespace")).toString() + QLatin1Char('/') + job.value(QLatin1String("name")).toString();
    }
    if (name == QLatin1String("documentation") || name == QLatin1String("sql"))
        return text(name == QLatin1String("sql") ? "query" : "description");
    if (name == QLatin1String("ownership")) {
        QStringList owners;
        const QJsonArray list = facet.value(QLatin1String("owners")).toArray();
        for (const QJsonValue &o : list) {
            const QString type = o.toObject().value(QLatin1String("type")).toString();
            const QString who = o.toObject().value(QLatin1String("name")).toString();
            owners << (type.isEmpty() ? who : tr("%1 (%2)").arg(who, type));
        }
        return owners.join(QStringLiteral(", "));
    }
    if (name == QLatin1String("errorMessage"))
        return text("message");
    if (name == QLatin1String("processing_engine"))
        return QStringList{text("name"), text("version")}.join(QLatin1Char(' ')).trimmed();
    // Anything else: its own fields, without the producer and schema every facet carries.
    QJsonObject rest = facet;
    rest.remove(QLatin1String("_producer"));
    rest.remove(QLatin1String("_schemaURL"));
    QString json = QString::fromUtf8(QJsonDocument(rest).toJson(QJsonDocument::Compact));
    if (json.size() > 160)
        json = json.left(159) + QChar(0x2026);
    return json;
}

QString RunDetails::html(const Run &run, const QList<RunEventRecord> &events, const QDateTime &now)
{
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(run.jobName), esc(tr("Run of %1").arg(run.jobNamespace)));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    auto row = [&html](const QString &label, const QString &valueHtml) {
        if (!valueHtml.isEmpty())
            html
                += QStringLiteral("<tr><td valign=\"top\"><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>").arg(esc(label), valueHtml);
    };
    const bool bad = run.state == RunState::Failed || run.state == RunState::Aborted;
    row(tr("State"),
        bad ? QStringLiteral("<b style=\"color:#c62828\">%1</b>").arg(esc(Runs::stateText(run.state)))
            : esc(Runs::stateText(run.state)));
    row(tr("Run"), QStringLiteral("<code>%1</code>").arg(esc(run.runId)));
    row(tr("Started"), esc(localTimeText(run.startedAt)));
    row(tr("Ended"), esc(localTimeText(run.endedAt)));
    if (const auto d = run.durationMs(now))
        row(tr("Duration"), esc(PipelineOverview::durationText(*d)));
    if (run.nominalStart.isValid())
        row(tr("Scheduled"), esc(localTimeText(run.nominalStart)));
    if (!run.parentRunId.isEmpty())
        row(tr("Part of"),
            QStringLiteral("<a href=\"run:%1\">%2</a>")
                .arg(esc(run.parentRunId), esc(run.parentJobName.isEmpty() ? run.parentRunId : run.parentJobName)));
    html += QStringLiteral("</table>");

    if (!run.errorMessage.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><p style=\"color:#c62828\">%2</p>").arg(esc(tr("Error")), esc(run.errorMessage));
        const QString language = run.facets.facets.value(QLatin1String("errorMessage"))
                                     .toObject()
                                     .value(QLatin1String("programmingLanguage"))
                                     .toString();
        if (const QString trace = run.stackTrace(); !trace.isEmpty())
            html += QStringLiteral("<p>%1</p><pre>%2</pre>")
                        .arg(esc(language.isEmpty() ? tr("Stack trace") : tr("Stack trace (%1)").arg(language)), esc(trace));
    }

    const QList<DatasetFigures> datasets = figures(run);
    for (bool output : {false, true}) {
        QString rows;
        for (const DatasetFigures &d : datasets) {
            if (d.output != output)
                continue;
            QStringList figures;
            if (d.rowCount)
                figures << tr("%1 rows").arg(QLocale().toString(*d.rowCount));
            if (d.bytes)
                figures << QLocale().formattedDataSize(*d.bytes);
            if (d.fileCount)
                figures << tr("%n file(s)", nullptr, int(*d.fileCount));
            rows += QStringLiteral("<li><b>%1</b> <small>%2</small>").arg(esc(d.name.name), esc(d.name.ns));
            if (!figures.isEmpty())
                rows += QStringLiteral("<br>") + esc(figures.join(QStringLiteral(", ")));
            if (!d.assertions.isEmpty()) {
                int passed = 0;
                QStringList items;
                for (const QualityAssertion &a : d.assertions) {
                    passed += a.success ? 1 : 0;
                    const QString what = a.column.isEmpty() ? a.assertion : tr("%1 on %2").arg(a.assertion, a.column);
                    items << (a.success ? QStringLiteral("<span style=\"color:#2e7d32\">&#x2713; %1</span>").arg(esc(what))
                                        : QStringLiteral("<b style=\"color:#c62828\">&#x2717; %1</b>").arg(esc(what)));
                }
                rows += QStringLiteral("<br>")
                    + esc(tr("Quality: %1 of %2 assertions passed").arg(passed).arg(d.assertions.size())) + QStringLiteral("<br>")
                    + items.join(QStringLiteral("<br>"));
            }
            rows += QStringLiteral("</li>");
        }
        if (!rows.isEmpty())
            html += QStringLiteral("<h4>%1</h4><ul>%2</ul>").arg(esc(output ? tr("Outputs") : tr("Inputs")), rows);
    }

    QString facetRows;
    auto addFacets = [&facetRows](const QJsonObject &facets, const QString &of) {
        for (auto it = facets.begin(); it != facets.end(); ++it) {
            if (it.key() == QLatin1String("errorMessage"))
                continue; // shown above
            const QString summary = facetSummary(it.key(), it.value().toObject());
            const bool block = it.key() == QLatin1String("sql");
            facetRows
                += QStringLiteral("<tr><td valign=\"top\"><code>%1</code> <small>%2</small>&nbsp;&nbsp;</td><td>%3</td></tr>")
                       .arg(esc(it.key()), esc(of), block ? QStringLiteral("<pre>%1</pre>").arg(esc(summary)) : esc(summary));
        }
    };
    addFacets(run.facets.facets, tr("run"));
    addFacets(run.jobFacets.facets, tr("job"));
    if (!facetRows.isEmpty())
        html += QStringLiteral("<h4>%1</h4><table cellspacing=\"0\" cellpadding=\"2\">%2</table>")
                    .arg(esc(tr("Facets")), facetRows);

    if (!events.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><table cellspacing=\"0\" cellpadding=\"2\">").arg(esc(tr("Events")));
        for (const RunEventRecord &e : events) {
            const QString where = e.file.isEmpty() ? tr("received") : QStringLiteral("%1:%2").arg(e.file).arg(e.line);
            html += QStringLiteral("<tr><td>%1&nbsp;&nbsp;</td><td>%2&nbsp;&nbsp;</td><td><small>%3</small></td></tr>")
                        .arg(esc(e.eventType), esc(localTimeText(e.eventTime)), esc(where));
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

} // namespace Tessera
