#include "models/preview/resultquality.h"

#include "models/governance/qualitychecks.h"

namespace Tessera {

namespace {

ResultQuality::Rule ruleOf(const QualityRule &q, const Dataset &dataset, const Column *column)
{
    ResultQuality::Rule r{q, column ? column->name : QString(), std::nullopt, {}};
    const auto op = Policies::operatorFromKey(q.op);
    const bool sql = q.type == QLatin1String("sql") || !q.query.isEmpty();
    if (!op || (!sql && !Policies::qualityMetrics().contains(q.metric)))
        return r;
    PolicyQualityRule rule;
    rule.id = q.name;
    rule.metric = sql ? QString() : q.metric;
    rule.column = r.column;
    rule.query = q.query;
    rule.op = *op;
    // The operand: a number, or [low, high] for the between operators.
    QString operand = q.value.trimmed();
    bool ok = true;
    if (operand.startsWith(QLatin1Char('[')) && operand.endsWith(QLatin1Char(']'))) {
        const QStringList bounds = operand.mid(1, operand.size() - 2).split(QLatin1Char(','));
        bool upperOk = false;
        rule.value = bounds.value(0).trimmed().toDouble(&ok);
        rule.upper = bounds.value(1).trimmed().toDouble(&upperOk);
        ok = ok && upperOk && bounds.size() == 2;
    } else {
        rule.value = operand.toDouble(&ok);
    }
    if (!ok)
        return r;
    r.rule = rule;
    r.measure = {rule.metric,
                 r.column,
                 column ? column->logicalType : QString(),
                 rule.query,
                 {dataset.name, dataset.physicalName, dataset.physicalName.section(QLatin1Char('.'), -1)}};
    return r;
}

} // namespace

QList<ResultQuality::Rule> ResultQuality::rulesOf(const Dataset &dataset)
{
    QList<Rule> rules;
    for (const QualityRule &q : dataset.quality)
        rules << ruleOf(q, dataset, nullptr);
    for (const Column &c : dataset.columns) {
        for (const QualityRule &q : c.quality)
            rules << ruleOf(q, dataset, &c);
    }
    return rules;
}

QList<ResultMeasure> ResultQuality::measures(const QList<Rule> &rules)
{
    QList<ResultMeasure> out;
    for (const Rule &r : rules)
        out << r.measure;
    return out;
}

QList<QualityVerdict> ResultQuality::judge(const QList<Rule> &rules, const QList<Measured> &measured)
{
    QList<QualityVerdict> verdicts;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const Rule &r = rules.at(i);
        QualityVerdict v;
        v.column = r.column;
        v.dimension = r.source.dimension;
        v.severity = r.source.severity;
        const QString what = r.source.metric.isEmpty() ? tr("query") : r.source.metric;
        v.title = !r.source.name.isEmpty() ? r.source.name : r.column.isEmpty() ? what : tr("%1 of %2").arg(what, r.column);
        if (!r.rule) {
            v.expectation = r.source.op.isEmpty() ? r.source.description : r.source.op + QLatin1Char(' ') + r.source.value;
            v.problem = r.source.type == QLatin1String("text") || r.source.type == QLatin1String("custom")
                ? tr("a %1 rule is not measured by Tessera").arg(r.source.type)
                : tr("Tessera cannot measure this rule (%1 %2 %3)").arg(r.source.metric, r.source.op, r.source.value);
            verdicts << v;
            continue;
        }
        v.expectation = QualityChecks::expectation(*r.rule);
        const Measured m = measured.value(i);
        v.measured = m.value;
        v.problem = m.value ? QString() : m.error;
        v.passed = m.value && QualityChecks::meets(*r.rule, *m.value);
        verdicts << v;
    }
    return verdicts;
}

QStringList ResultQuality::comparisonKeys(const Dataset &dataset, const QList<ResultColumn> &result)
{
    QStringList keys;
    for (const Column &c : dataset.columns) {
        const bool kept = std::any_of(result.cbegin(), result.cend(), [&](const ResultColumn &r) {
            return r.name.compare(c.name, Qt::CaseInsensitive) == 0;
        });
        if (c.primaryKey && kept)
            keys << c.name;
    }
    return keys;
}

} // namespace Tessera
