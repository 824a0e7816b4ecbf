#include "models/governance/decisions.h"

#include "models/governance/standards.h"

namespace Tessera {

QString MaskDecision::explanation() const
{
    if (policyId.isEmpty())
        return Decisions::tr("Not masked: no masking rule applies");
    if (mask == MaskType::None)
        return Decisions::tr("Not masked, by %1 (%2)").arg(ruleId, reason);
    return Decisions::tr("Masked with %1 by %2 (%3)").arg(Policies::maskKey(mask), ruleId, reason);
}

QString AccessDecision::explanation() const
{
    if (policyId.isEmpty())
        return Decisions::tr("Denied: no access rule allows it");
    return allowed ? Decisions::tr("Allowed by %1 (%2)").arg(ruleId, reason)
                   : Decisions::tr("Denied by %1 (%2)").arg(ruleId, reason);
}

int Decisions::strength(MaskType mask)
{
    switch (mask) {
    case MaskType::Null:
        return 7;
    case MaskType::Hash:
        return 6;
    case MaskType::Mask:
        return 5;
    case MaskType::Custom:
        return 4;
    case MaskType::DateShowYear:
        return 3;
    case MaskType::ShowFirst4:
    case MaskType::ShowLast4:
        return 2;
    case MaskType::None:
        return 0;
    }
    return 0;
}

MaskDecision Decisions::mask(const QList<Policy> &policies, Role role, const ColumnRef &column)
{
    MaskDecision best;
    for (const Policy &p : policies) {
        if (p.kind != PolicyKind::Masking)
            continue;
        // The policy's scope: the product's domain and tags, the column's classification.
        if (!p.scope.domains.isEmpty() && !p.scope.domains.contains(column.domainId))
            continue;
        if (!p.scope.tags.isEmpty() && std::none_of(p.scope.tags.cbegin(), p.scope.tags.cend(), [&](const QString &t) {
                return column.productTags.contains(t);
            }))
            continue;
        if (!p.scope.classifications.isEmpty() && !p.scope.classifications.contains(column.classification))
            continue;
        for (const MaskingRule &r : p.masking) {
            if (!r.roles.contains(role))
                continue;
            // What matched, the reason written only for a rule that decides (for now).
            const Classification *classification = nullptr;
            const QString *tag = nullptr;
            if (r.classifications.contains(column.classification)) {
                classification = &column.classification;
            } else if (const auto t = std::find_if(r.tags.cbegin(), r.tags.cend(),
                                                   [&](const QString &t) {
                                                       return column.tags.contains(t);
                                                   });
                       t != r.tags.cend()) {
                tag = &*t;
            } else if (!r.columns.contains(column.column)) {
                continue;
            }
            // The strongest mask wins; between equals, the first met.
            if (best.policyId.isEmpty() || strength(r.mask) > strength(best.mask)) {
                best.mask = r.mask;
                best.expression = r.expression;
                best.policyId = p.id;
                best.ruleId = r.id;
                best.reason = classification ? tr("classification %1").arg(Catalog::classificationKey(*classification))
                    : tag                    ? tr("tag %1").arg(*tag)
                                             : tr("column %1").arg(column.column);
            }
        }
    }
    return best;
}

AccessDecision Decisions::access(const QList<Policy> &policies, Role role, AccessAction action, const Product &product)
{
    AccessDecision allow;
    for (const Policy &p : policies) {
        if (p.kind != PolicyKind::Access || !Standards::inScope(p.scope, product))
            continue;
        for (const AccessRule &r : p.access) {
            if (!r.roles.contains(role) || !r.actions.contains(action) || !Standards::inScope(r.scope, product))
                continue;
            if (r.effect != Effect::Deny && !allow.policyId.isEmpty())
                continue; // the first allow stands, unless a deny comes
            QStringList matched;
            if (!r.scope.domains.isEmpty() || !p.scope.domains.isEmpty())
                matched << tr("domain %1").arg(product.domainId);
            if (!r.scope.classifications.isEmpty() || !p.scope.classifications.isEmpty())
                matched << tr("classification %1").arg(Catalog::classificationKey(product.classification));
            if (!r.scope.tags.isEmpty() || !p.scope.tags.isEmpty())
                matched << tr("tags %1").arg(product.tags.join(QStringLiteral(", ")));
            if (matched.isEmpty())
                matched << tr("every product");
            if (r.effect == Effect::Deny) // a deny decides, whatever allows
                return {false, p.id, r.id,
                        tr("%1 may not %2: %3")
                            .arg(Roles::key(role), Policies::actionKey(action), matched.join(QStringLiteral("; ")))};
            allow = {
                true, p.id, r.id,
                tr("%1 may %2: %3").arg(Roles::key(role), Policies::actionKey(action)).arg(matched.join(QStringLiteral("; ")))};
        }
    }
    return allow;
}

QList<std::pair<ColumnRef, MaskDecision>> Decisions::masks(const QList<Policy> &policies, Role role, const Product &product)
{
    QList<std::pair<ColumnRef, MaskDecision>> list;
    for (const Dataset &d : product.datasets) {
        for (const Column &c : d.columns) {
            ColumnRef ref{product.id, product.domainId, product.tags, d.name, c.name, c.classification, c.tags};
            list.append({ref, mask(policies, role, ref)});
        }
    }
    return list;
}

} // namespace Tessera
