#include "models/catalog/lineagefacts.h"

#include <QHash>
#include <QSet>

namespace Tessera {

namespace {

QString jobKey(const QString &ns, const QString &name)
{
    return ns + QChar(0x1f) + name;
}

QString columnKey(const ColumnLineage &c)
{
    const QChar sep(0x1f);
    return QStringList{c.jobNamespace, c.jobName,    c.output.ns,  c.output.name, c.outputField,
                       c.input.ns,     c.input.name, c.inputField, c.type,        c.subtype}
        .join(sep);
}

void addAll(QList<DatasetName> &to, const QList<DatasetName> &from)
{
    for (const DatasetName &d : from) {
        if (!to.contains(d))
            to.append(d);
    }
}

} // namespace

void LineageFacts::merge(const LineageFacts &other)
{
    QHash<QString, qsizetype> jobIndex;
    for (qsizetype i = 0; i < jobs.size(); ++i)
        jobIndex.insert(jobKey(jobs.at(i).ns, jobs.at(i).name), i);
    for (const JobLineage &job : other.jobs) {
        const QString key = jobKey(job.ns, job.name);
        const auto found = jobIndex.constFind(key);
        if (found == jobIndex.constEnd()) {
            jobIndex.insert(key, jobs.size());
            JobLineage copy{job.ns, job.name, {}, {}};
            addAll(copy.inputs, job.inputs);
            addAll(copy.outputs, job.outputs);
            jobs.append(copy);
        } else {
            addAll(jobs[*found].inputs, job.inputs);
            addAll(jobs[*found].outputs, job.outputs);
        }
    }
    QSet<QString> seen;
    for (const ColumnLineage &c : std::as_const(columns))
        seen.insert(columnKey(c));
    for (const ColumnLineage &c : other.columns) {
        const QString key = columnKey(c);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        columns.append(c);
    }
}

} // namespace Tessera
