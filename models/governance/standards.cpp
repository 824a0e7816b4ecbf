#include "models/governance/standards.h"

#include "models/catalog/catalogstore.h"
#include "models/governance/qualitychecks.h"

#include <QRegularExpression>

namespace Tessera {

QString Violation::explanation() const
{
    const QString product = productName.isEmpty() ? productId : productName;
    if (factNames.isEmpty())
        return Standards::tr("%1 fails %2 (%3): “%4” is not true").arg(product, ruleId, message, condition.simplified());
    return Standards::tr("%1 fails %2 (%3): “%4” is not true, with %5")
        .arg(product, ruleId, message, condition.simplified(), facts().join(QStringLiteral(", ")));
}

QStringList Violation::facts() const
{
    QStringList list;
    list.reserve(factNames.size());
    for (qsizetype i = 0; i < factNames.size(); ++i)
        list << factNames.at(i) + QLatin1String(" = ") + factValues.value(i);
    return list;
}

bool Standards::inScope(const PolicyScope &scope, const Product &product)
{
    if (!scope.domains.isEmpty() && !scope.domains.contains(product.domainId))
        return false;
    if (!scope.classifications.isEmpty() && !scope.classifications.contains(product.classification))
        return false;
    if (!scope.tags.isEmpty()) {
        const bool any = std::any_of(scope.tags.cbegin(), scope.tags.cend(), [&product](const QString &tag) {
            return product.tags.contains(tag);
        });
        if (!any)
            return false;
    }
    return true;
}

SourcePosition Standards::positionIn(const QString &condition, int offset, const SourcePosition &start)
{
    if (offset < 0)
        return start;
    const QString before = condition.left(offset);
    const int lines = int(before.count(QLatin1Char('\n')));
    if (lines == 0)
        return {start.line, start.column + offset};
    // A block's later lines are indented as its first (where start stands).
    return {start.line + lines, start.column + int(before.size() - before.lastIndexOf(QLatin1Char('\n')) - 1)};
}

QList<Error> Standards::check(const QList<Policy> &policies, const CatalogViews &views)
{
    QList<Error> errors;
    for (const Policy &p : policies) {
        for (const StandardRule &rule : p.standards) {
            if (const auto problem = views.check(rule.condition)) {
                const SourcePosition at = positionIn(rule.condition, problem->offset, rule.position);
                errors << Error(tr("condition of %1: %2").arg(rule.id, problem->message)).at(p.file, at.line, at.column);
            }
        }
    }
    return errors;
}

namespace {

QString literals(const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted << CatalogViews::sqlString(v);
    return quoted.join(QStringLiteral(", "));
}

} // namespace

QString Standards::scopeCondition(const PolicyScope &scope)
{
    QStringList parts;
    if (!scope.domains.isEmpty())
        parts << QStringLiteral("domain_id IN (%1)").arg(literals(scope.domains));
    if (!scope.classifications.isEmpty()) {
        QStringList keys;
        for (Classification c : scope.classifications) {
            if (c != Classification::Unspecified)
                keys << Catalog::classificationKey(c);
        }
        const QString in = QStringLiteral("classification IN (%1)").arg(literals(keys));
        parts << (scope.classifications.contains(Classification::Unspecified)
                      ? QStringLiteral("(%1 OR classification IS NULL)").arg(in)
                      : in);
    }
    if (!scope.tags.isEmpty())
        parts << QStringLiteral("EXISTS (SELECT 1 FROM tags scope_tag WHERE scope_tag.product_id = products.id "
                                "AND scope_tag.tag IN (%1))")
                     .arg(literals(scope.tags));
    return parts.join(QStringLiteral(" AND "));
}

StandardsReport Standards::evaluate(const QList<Policy> &policies, const CatalogViews &views, EvaluationProgress *progress)
{
    StandardsReport report;
    QStringList productColumns;
    for (const auto &[name, columns] : CatalogViews::tables()) {
        if (name == QLatin1String("products"))
            productColumns = columns;
    }
    // Every rule's query at once (they run side by side), each with the product's fields the
    // condition names (not another table's: "c.name"), to show their values.
    QList<std::pair<const Policy *, const StandardRule *>> rules;
    QList<ConditionQuery> queries;
    for (const Policy &policy : policies) {
        if (policy.kind != PolicyKind::Standard)
            continue;
        ++report.policies;
        for (const StandardRule &rule : policy.standards) {
            ++report.rules;
            ConditionQuery query{rule.condition, scopeCondition(policy.scope), {}};
            for (const QString &column : std::as_const(productColumns)) {
                if (column == QLatin1String("id"))
                    continue; // the product's own id says nothing the explanation does not
                const QRegularExpression word(QStringLiteral("(?<![.\\w])%1\\b").arg(column),
                                              QRegularExpression::CaseInsensitiveOption);
                if (rule.condition.contains(word))
                    query.columns << column;
            }
            rules.append({&policy, &rule});
            queries << query;
        }
    }
    const QList<Result<QList<FailingProduct>>> results = views.failing(queries, progress);
    qsizetype total = 0;
    for (const auto &failing : results)
        total += failing ? failing.value().size() : 0;
    report.violations.reserve(total);
    for (qsizetype i = 0; i < results.size(); ++i) {
        const auto &[policy, rule] = rules.at(i);
        const Result<QList<FailingProduct>> &failing = results.at(i);
        if (!failing) {
            report.errors << Error(tr("condition of %1: %2").arg(rule->id, failing.error().message))
                                 .at(policy->file, rule->position.line, rule->position.column);
            continue;
        }
        const QStringList &named = queries.at(i).columns;
        const QString message = rule->message.isEmpty() ? policy->title : rule->message;
        for (const FailingProduct &product : failing.value()) {
            Violation v;
            v.policyId = policy->id;
            v.ruleId = rule->id;
            v.severity = policy->severity;
            v.productId = product.id;
            v.productName = product.name;
            v.domainId = product.domainId;
            v.domainName = product.domainName;
            v.message = message;
            v.condition = rule->condition;
            v.file = policy->file;
            v.position = rule->position;
            v.factNames = named;
            v.factValues = product.values;
            report.violations << v;
        }
    }
    return report;
}

PolicyRun Standards::run(const PolicyDocument &policies, const CatalogViews &views, EvaluationProgress *progress)
{
    PolicyRun run;
    run.errors = policies.errors;
    const QList<Error> conditionErrors = check(policies.policies, views);
    run.errors << conditionErrors;
    run.report = evaluate(policies.policies, views, progress);
    if (conditionErrors.isEmpty())
        run.errors << run.report.errors; // otherwise the same problems, placed less precisely
    return run;
}

Result<PolicyRun> Standards::ofProduct(const CatalogStore &store, const QString &productId, const PolicyDocument &policies)
{
    const auto content = CatalogContent::readProduct(store, productId);
    if (!content)
        return content.error();
    if (content->products.isEmpty())
        return Error(tr("There is no product %1 in the catalog.").arg(productId));
    const auto views = CatalogViews::build(content.value());
    if (!views)
        return views.error();
    PolicyRun result = run(policies, *views.value());
    result.report.violations << QualityChecks::ofProduct(
        policies.policies, content->products.first(),
        content->domainNames.value(content->products.first().domainId, content->products.first().domainId), &result.errors);
    return result;
}

} // namespace Tessera
