#include "models/governance/standards.h"

#include <QRegularExpression>

namespace Tessera {

QString Violation::explanation() const
{
    const QString product = productName.isEmpty() ? productId : productName;
    if (facts.isEmpty())
        return Standards::tr("%1 fails %2 (%3): “%4” is not true").arg(product, ruleId, message, condition.simplified());
    return Standards::tr("%1 fails %2 (%3): “%4” is not true, with %5")
        .arg(product, ruleId, message, condition.simplified(), facts.join(QStringLiteral(", ")));
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

StandardsReport Standards::evaluate(const QList<Policy> &policies, const CatalogViews &views, const QList<Product> &products)
{
    StandardsReport report;
    QHash<QString, const Product *> byId;
    for (const Product &p : products)
        byId.insert(p.id, &p);
    QStringList productColumns;
    for (const auto &[name, columns] : CatalogViews::tables()) {
        if (name == QLatin1String("products"))
            productColumns = columns;
    }
    for (const Policy &policy : policies) {
        if (policy.kind != PolicyKind::Standard)
            continue;
        ++report.policies;
        for (const StandardRule &rule : policy.standards) {
            ++report.rules;
            const Result<QStringList> failing = views.failing(rule.condition);
            if (!failing) {
                const SourcePosition at = rule.position;
                report.errors
                    << Error(tr("condition of %1: %2").arg(rule.id, failing.error().message)).at(policy.file, at.line, at.column);
                continue;
            }
            // The product's fields the condition names (not another table's: "c.name"), to show
            // their values.
            QStringList named;
            for (const QString &column : std::as_const(productColumns)) {
                if (column == QLatin1String("id"))
                    continue; // the product's own id says nothing the explanation does not
                const QRegularExpression word(QStringLiteral("(?<![.\\w])%1\\b").arg(column),
                                              QRegularExpression::CaseInsensitiveOption);
                if (rule.condition.contains(word))
                    named << column;
            }
            QStringList wanted = named; // and the domain's name
            if (!wanted.contains(QLatin1String("domain_name")))
                wanted << QStringLiteral("domain_name");
            const qsizetype domainAt = wanted.indexOf(QLatin1String("domain_name"));
            for (const QString &id : failing.value()) {
                const Product *product = byId.value(id);
                if (!product || !inScope(policy.scope, *product))
                    continue;
                Violation v;
                v.policyId = policy.id;
                v.ruleId = rule.id;
                v.severity = policy.severity;
                v.productId = id;
                v.productName = product->title.isEmpty() ? product->name : product->title;
                v.domainId = product->domainId;
                v.message = rule.message.isEmpty() ? policy.title : rule.message;
                v.condition = rule.condition;
                v.file = policy.file;
                v.position = rule.position;
                const QStringList values = views.productValues(id, wanted);
                v.domainName = values.at(domainAt);
                for (qsizetype i = 0; i < named.size(); ++i) {
                    const QString &column = named.at(i);
                    const QString &value = values.at(i);
                    bool number = false;
                    const double n = value.toDouble(&number);
                    const QString shown = value.isNull() ? QStringLiteral("null")
                        : number                         ? QString::number(n) // 72, not 72.0
                                                         : QLatin1Char('\'') + value + QLatin1Char('\'');
                    v.facts << QStringLiteral("%1 = %2").arg(column, shown);
                }
                report.violations << v;
            }
        }
    }
    return report;
}

PolicyRun Standards::run(const PolicyDocument &policies, const CatalogViews &views, const QList<Product> &products)
{
    PolicyRun run;
    run.errors = policies.errors;
    const QList<Error> conditionErrors = check(policies.policies, views);
    run.errors << conditionErrors;
    run.report = evaluate(policies.policies, views, products);
    if (conditionErrors.isEmpty())
        run.errors << run.report.errors; // otherwise the same problems, placed less precisely
    return run;
}

} // namespace Tessera
