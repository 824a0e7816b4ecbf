#include "models/pipelines/pipelinestatus.h"

#include "models/catalog/catalogstore.h"
#include "models/core/isotime.h"
#include "models/lineage/lineagegraph.h"

#include <QLocale>

#include <algorithm>

namespace Tessera {

namespace {

struct Unit {
    const char *names;
    qint64 seconds;
};
// ODCS leaves units free; these are the ones contracts use, short and long.
constexpr Unit units[] = {
    {" s sec secs second seconds ", 1}, {" m min mins minute minutes ", 60},
    {" h hr hrs hour hours ", 3600},    {" d day days ", 86400},
    {" w wk week weeks ", 7 * 86400},   {" mo month months ", 30 * 86400},
    {" y yr year years ", 365 * 86400},
};

int stateBadness(RunState state)
{
    switch (state) {
    case RunState::Failed:
        return 5;
    case RunState::Aborted:
        return 4;
    case RunState::Running:
        return 3;
    case RunState::New:
        return 2;
    case RunState::Completed:
        return 1;
    }
    return 0;
}

} // namespace

std::optional<qint64> slaSeconds(const SlaProperty &property)
{
    bool ok = false;
    const double value = property.value.trimmed().toDouble(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    const QString unit = property.unit.trimmed().toLower();
    if (unit == QLatin1String("ms") || unit.startsWith(QLatin1String("millisecond")))
        return qint64(value / 1000);
    const QString padded = QLatin1Char(' ') + unit + QLatin1Char(' ');
    for (const Unit &u : units) {
        if (!unit.isEmpty() && QLatin1String(u.names).contains(padded))
            return qint64(value * double(u.seconds));
    }
    return std::nullopt;
}

std::optional<qint64> allowedAgeSeconds(const QList<SlaProperty> &sla)
{
    std::optional<qint64> latency, frequency;
    for (const SlaProperty &p : sla) {
        const QString key = p.property.trimmed().toLower();
        const bool isLatency = key == QLatin1String("latency");
        if (!isLatency && key != QLatin1String("frequency"))
            continue;
        const auto seconds = slaSeconds(p);
        if (!seconds)
            continue;
        std::optional<qint64> &slot = isLatency ? latency : frequency;
        slot = slot ? std::min(*slot, *seconds) : *seconds; // the strictest promise counts
    }
    if (!latency && !frequency)
        return std::nullopt;
    return latency.value_or(0) + frequency.value_or(0);
}

std::optional<qint64> JobStatus::lastDurationMs() const
{
    if (latest && latest->state == RunState::Completed)
        return latest->durationMs();
    return std::nullopt;
}

std::optional<qint64> JobStatus::typicalDurationMs() const
{
    if (durations.size() < 2)
        return std::nullopt;
    QList<qint64> before = durations.first(durations.size() - 1);
    std::sort(before.begin(), before.end());
    return before.at(before.size() / 2);
}

PipelineOverview PipelineOverview::compute(const QList<Run> &runs, const LineageGraph &graph, const LineageInput &input,
                                           const QDateTime &now, const QDateTime &since)
{
    PipelineOverview o;
    o.now = now;
    o.since = since;

    // Jobs: every job that ran, and every job the lineage knows of.
    QHash<QString, QList<const Run *>> runsOf; // newest first
    for (const Run &run : runs)
        runsOf[run.jobKey()].append(&run);
    QStringList keys = runsOf.keys();
    for (const LineageNode &node : graph.nodes()) {
        if (node.kind == LineageNode::Kind::Job && !node.fromPorts && !node.ns.isEmpty()) {
            const QString key = node.ns + QLatin1Char('/') + node.name;
            if (!runsOf.contains(key)) {
                runsOf.insert(key, {});
                keys << key;
            }
        }
    }
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const QList<const Run *> &list = runsOf.value(key);
        JobStatus job;
        if (!list.isEmpty()) {
            job.ns = list.first()->jobNamespace;
            job.name = list.first()->jobName;
            job.latest = *list.first();
        } else {
            const int node = graph.indexOf(QLatin1String("job:") + key);
            job.ns = graph.node(node).ns;
            job.name = graph.node(node).name;
        }
        for (auto it = list.crbegin(); it != list.crend(); ++it) { // oldest first
            const Run &run = **it;
            if (run.state == RunState::Completed && run.endedAt.isValid()
                && (!job.lastSuccess.isValid() || run.endedAt > job.lastSuccess))
                job.lastSuccess = run.endedAt;
            if (run.time() < since)
                continue;
            ++job.runs;
            if (run.state == RunState::Failed || run.state == RunState::Aborted)
                ++job.failures;
            if (run.state == RunState::Completed) {
                if (const auto d = run.durationMs())
                    job.durations << *d;
            }
        }
        const int node = graph.indexOf(QLatin1String("job:") + key);
        if (node >= 0) {
            for (int d : graph.successors(node)) {
                const QString product = graph.node(d).productId;
                if (!product.isEmpty() && !job.productIds.contains(product))
                    job.productIds << product;
            }
        }
        o.m_jobIndex.insert(key, int(o.jobs.size()));
        o.jobs << job;
    }

    for (const Run &run : runs) {
        if (run.parentJobName.isEmpty())
            continue;
        const int parent = o.m_jobIndex.value(run.parentJobNamespace + QLatin1Char('/') + run.parentJobName, -1);
        if (parent >= 0 && !o.jobs[parent].children.contains(run.jobKey()))
            o.jobs[parent].children << run.jobKey();
    }
    for (JobStatus &job : o.jobs)
        job.children.sort();

    // Products: those with jobs writing their datasets.
    QHash<QString, const LineageInput::ProductRow *> rows;
    for (const LineageInput::ProductRow &p : input.products)
        rows.insert(p.id, &p);
    QHash<QString, QList<int>> jobsOf;
    for (int j = 0; j < o.jobs.size(); ++j) {
        for (const QString &p : std::as_const(o.jobs.at(j).productIds))
            jobsOf[p] << j;
    }
    QStringList productIds = jobsOf.keys();
    std::sort(productIds.begin(), productIds.end(), [&](const QString &a, const QString &b) {
        const auto *ra = rows.value(a);
        const auto *rb = rows.value(b);
        const QString na = ra ? (ra->title.isEmpty() ? ra->name : ra->title) : a;
        const QString nb = rb ? (rb->title.isEmpty() ? rb->name : rb->title) : b;
        return QString::localeAwareCompare(na, nb) < 0;
    });
    for (const QString &id : std::as_const(productIds)) {
        ProductPipelineStatus p;
        p.productId = id;
        p.jobs = jobsOf.value(id);
        if (const auto *row = rows.value(id)) {
            p.name = row->title.isEmpty() ? row->name : row->title;
            p.domainId = row->domainId;
            p.domainName = row->domainName.isEmpty() ? row->domainId : row->domainName;
            p.teamName = row->ownerTeamName.isEmpty() ? row->ownerTeamId : row->ownerTeamName;
            p.allowedAgeSeconds = allowedAgeSeconds(row->sla);
        } else {
            p.name = id;
        }
        bool anyRun = false;
        bool everyJobSucceeded = true;
        for (int j : std::as_const(p.jobs)) {
            const JobStatus &job = o.jobs.at(j);
            p.runs += job.runs;
            p.failures += job.failures;
            if (job.latest) {
                anyRun = true;
                if (!p.state || stateBadness(job.latest->state) > stateBadness(*p.state))
                    p.state = job.latest->state;
            }
            if (!job.lastSuccess.isValid())
                everyJobSucceeded = false;
            else if (!p.lastSuccess.isValid() || job.lastSuccess < p.lastSuccess)
                p.lastSuccess = job.lastSuccess;
        }
        if (!everyJobSucceeded)
            p.lastSuccess = QDateTime();
        if (p.lastSuccess.isValid())
            p.ageSeconds = std::max<qint64>(0, p.lastSuccess.secsTo(now));
        if (!p.allowedAgeSeconds)
            p.freshness = Freshness::NoSla;
        else if (!anyRun)
            p.freshness = Freshness::NoRuns;
        else
            p.freshness = p.ageSeconds >= 0 && p.ageSeconds <= *p.allowedAgeSeconds ? Freshness::Fresh : Freshness::Late;
        o.m_productIndex.insert(id, int(o.products.size()));
        o.products << p;
    }
    return o;
}

QHash<QString, NodeRunStatus> PipelineOverview::nodeStatus(const LineageGraph &graph) const
{
    QHash<QString, NodeRunStatus> marks;
    auto merge = [](std::optional<NodeRunStatus> &into, RunState state, bool late) {
        if (!into) {
            into = NodeRunStatus{state, late, QString()};
            return;
        }
        if (stateBadness(state) > stateBadness(into->state))
            into->state = state;
        into->late = into->late || late;
    };
    auto text = [this](const NodeRunStatus &mark, const QDateTime &when, const ProductPipelineStatus *product) {
        QString t = Runs::stateText(mark.state);
        if (when.isValid())
            t = tr("%1 %2").arg(t, localTimeText(when));
        if (mark.late && product)
            t += QStringLiteral(" · ") + freshnessText(*product);
        return t;
    };
    for (int n = 0; n < graph.nodeCount(); ++n) {
        const LineageNode &node = graph.node(n);
        std::optional<NodeRunStatus> mark;
        QDateTime when;
        const ProductPipelineStatus *p = node.productId.isEmpty() ? nullptr : product(node.productId);
        switch (node.kind) {
        case LineageNode::Kind::Job:
            if (const JobStatus *j = job(node.ns, node.name); j && j->latest) {
                merge(mark, j->latest->state, false);
                when = j->latest->endedAt.isValid() ? j->latest->endedAt : j->latest->time();
            }
            p = nullptr; // lateness is its products'
            break;
        case LineageNode::Kind::Dataset:
            for (int w : graph.predecessors(n)) {
                const LineageNode &writer = graph.node(w);
                if (writer.kind != LineageNode::Kind::Job)
                    continue;
                if (const JobStatus *j = job(writer.ns, writer.name); j && j->latest) {
                    merge(mark, j->latest->state, p && p->freshness == Freshness::Late);
                    const QDateTime t = j->latest->endedAt.isValid() ? j->latest->endedAt : j->latest->time();
                    if (!when.isValid() || t > when)
                        when = t;
                }
            }
            break;
        case LineageNode::Kind::Product:
            if (p && p->state)
                merge(mark, *p->state, p->freshness == Freshness::Late);
            break;
        case LineageNode::Kind::Domain:
            for (const ProductPipelineStatus &each : products) {
                if (each.domainId == node.domainId && each.state)
                    merge(mark, *each.state, each.freshness == Freshness::Late);
            }
            p = nullptr;
            break;
        }
        if (mark) {
            mark->text = text(*mark, when, p);
            marks.insert(node.key, *mark);
        }
    }
    return marks;
}

Result<ProductPipelines> PipelineOverview::ofProduct(const CatalogStore &store, const QString &productId, const QDateTime &now,
                                                     const QDateTime &since)
{
    auto input = store.lineageInput();
    if (!input)
        return input.error();
    const LineageGraph graph = LineageGraph::build(input.value());
    ProductPipelines result;
    QSet<QString> jobs;
    for (int n = 0; n < graph.nodeCount(); ++n) {
        const LineageNode &node = graph.node(n);
        if (node.productId != productId || node.kind != LineageNode::Kind::Dataset)
            continue;
        for (int j : graph.predecessors(n)) {
            const LineageNode &job = graph.node(j);
            if (job.kind != LineageNode::Kind::Job || job.fromPorts || jobs.contains(job.key))
                continue;
            jobs.insert(job.key);
            RunQuery query;
            query.jobNamespace = job.ns;
            query.jobName = job.name;
            auto some = store.runs(query);
            if (!some)
                return some.error();
            result.runs += some.value();
        }
    }
    std::sort(result.runs.begin(), result.runs.end(), [](const Run &a, const Run &b) {
        return a.time() > b.time();
    });
    result.overview = compute(result.runs, graph, input.value(), now, since);
    return result;
}

const ProductPipelineStatus *PipelineOverview::product(const QString &id) const
{
    const int i = m_productIndex.value(id, -1);
    return i >= 0 ? &products.at(i) : nullptr;
}

const JobStatus *PipelineOverview::job(const QString &ns, const QString &name) const
{
    return job(ns + QLatin1Char('/') + name);
}

const JobStatus *PipelineOverview::job(const QString &key) const
{
    const int i = m_jobIndex.value(key, -1);
    return i >= 0 ? &jobs.at(i) : nullptr;
}

QString PipelineOverview::durationText(qint64 ms)
{
    if (ms < 0)
        return QString();
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    const qint64 s = ms / 1000;
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return s % 60 ? tr("%1 min %2 s").arg(s / 60).arg(s % 60) : tr("%1 min").arg(s / 60);
    if (s < 86400)
        return (s % 3600) / 60 ? tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60) : tr("%1 h").arg(s / 3600);
    return (s % 86400) / 3600 ? tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600) : tr("%1 d").arg(s / 86400);
}

QString PipelineOverview::freshnessText(const ProductPipelineStatus &p)
{
    switch (p.freshness) {
    case Freshness::NoSla:
        return p.ageSeconds >= 0 ? tr("%1 old, no latency promised").arg(durationText(p.ageSeconds * 1000))
                                 : tr("no latency promised");
    case Freshness::NoRuns:
        return tr("no runs known");
    case Freshness::Fresh:
        return tr("fresh: %1 old, %2 allowed").arg(durationText(p.ageSeconds * 1000), durationText(*p.allowedAgeSeconds * 1000));
    case Freshness::Late:
        if (p.ageSeconds < 0)
            return tr("late: never completed");
        return tr("late by %1").arg(durationText((p.ageSeconds - *p.allowedAgeSeconds) * 1000));
    }
    return QString();
}

} // namespace Tessera
