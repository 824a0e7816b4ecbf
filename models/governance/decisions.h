#pragma once

// What masking and access policies decide for one request, and why: which policy and rule
// decided, and which attribute matched. Where rules disagree the stricter one wins: a deny over
// any allow, the strongest mask over weaker ones (MASK_NONE never lifts another rule's mask).

#include "models/governance/policy.h"

#include <QCoreApplication>

namespace Tessera {

// A column as masking policies see it: its own classification and tags, and its product's.
struct ColumnRef {
    QString productId;
    QString domainId;
    QStringList productTags;
    QString dataset;
    QString column;
    Classification classification = Classification::Unspecified;
    QStringList tags;
};

struct MaskDecision {
    MaskType mask = MaskType::None;
    QString expression; // CUSTOM's
    QString policyId; // empty: no rule applies
    QString ruleId;
    QString reason; // "classification restricted" / "tag email" / "column birth_date"
    bool masked() const { return mask != MaskType::None; }
    // "Masked with MASK_HASH by pii#1 (classification restricted)", or "Not masked: no rule applies".
    QString explanation() const;
};

struct AccessDecision {
    bool allowed = false;
    QString policyId; // empty: no rule applies (denied by default)
    QString ruleId;
    QString reason; // what of the product matched the rule's scope
    QString explanation() const;
};

class Decisions
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::Decisions)

public:
    // How strict a mask is: MASK_NULL and MASK_HASH hide most, MASK_NONE nothing.
    static int strength(MaskType mask);
    static MaskDecision mask(const QList<Policy> &policies, Role role, const ColumnRef &column);
    static AccessDecision access(const QList<Policy> &policies, Role role, AccessAction action, const Product &product);
    // Every column of a product as a role sees it.
    static QList<std::pair<ColumnRef, MaskDecision>> masks(const QList<Policy> &policies, Role role, const Product &product);
};

} // namespace Tessera
