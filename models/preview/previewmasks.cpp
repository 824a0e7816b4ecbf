#include "models/preview/previewmasks.h"

namespace Tessera {

QList<PreviewMask> PreviewMasks::of(const QList<Policy> &policies, Role role, const Product *product, const QString &dataset)
{
    QList<ColumnRef> columns;
    ColumnRef base;
    base.dataset = dataset;
    if (product) {
        base.productId = product->id;
        base.domainId = product->domainId;
        base.productTags = product->tags;
        for (const Dataset &d : product->datasets) {
            if (d.name.compare(dataset, Qt::CaseInsensitive) != 0)
                continue;
            for (const Column &c : d.columns) {
                ColumnRef ref = base;
                ref.column = c.name;
                ref.classification = c.classification;
                ref.tags = c.tags;
                columns << ref;
            }
        }
    }
    // Columns named by rules, in case the sample has them and the catalog does not describe them.
    for (const Policy &p : policies) {
        for (const MaskingRule &r : p.masking) {
            for (const QString &name : r.columns) {
                const bool described = std::any_of(columns.cbegin(), columns.cend(), [&](const ColumnRef &c) {
                    return c.column.compare(name, Qt::CaseInsensitive) == 0;
                });
                if (!described) {
                    ColumnRef ref = base;
                    ref.column = name;
                    columns << ref;
                }
            }
        }
    }
    QList<PreviewMask> decided;
    for (const ColumnRef &c : std::as_const(columns)) {
        const MaskDecision decision = Decisions::mask(policies, role, c);
        decided.append({{c.column, decision.mask, decision.expression}, decision});
    }
    return decided;
}

QList<ColumnMask> PreviewMasks::masks(const QList<PreviewMask> &decided)
{
    QList<ColumnMask> masks;
    for (const PreviewMask &m : decided) {
        if (m.decision.masked())
            masks << m.mask;
    }
    return masks;
}

} // namespace Tessera
