#pragma once

// The masks a role's preview of a dataset needs, decided by the masking policies: every column
// the catalog describes (by its classification and tags), and every column a masking rule names.
// The sandbox applies them as the sample is read, so no query can see past them.

#include "models/governance/decisions.h"
#include "models/preview/previewsandbox.h"

namespace Tessera {

struct PreviewMask {
    ColumnMask mask;
    MaskDecision decision;
};

class PreviewMasks
{
public:
    // product may be null (a sample no product describes): then only rules that name columns apply.
    static QList<PreviewMask> of(const QList<Policy> &policies, Role role, const Product *product, const QString &dataset);
    static QList<ColumnMask> masks(const QList<PreviewMask> &decided);
};

} // namespace Tessera
