#pragma once

// Standard policies evaluated against the catalog: which products in each policy's scope fail
// which rule, and why (the rule, its condition, and the values of the product's fields the
// condition names).

#include "models/governance/catalogviews.h"
#include "models/governance/policy.h"

#include <QCoreApplication>

namespace Tessera {

struct Violation {
    QString policyId;
    QString ruleId;
    Severity severity = Severity::Warning;
    QString productId;
    QString productName;
    QString domainId;
    QString domainName;
    QString message; // the rule's message, or the policy's title
    QString condition;
    // The product's fields the condition names, and their values as SQL shows them (null, 72,
    // 'text'): kept apart, as the rule's names are the same for all its violations.
    QStringList factNames;
    QStringList factValues;
    QString file; // the policy's
    SourcePosition position; // of the rule's condition
    // "Sales Orders fails owner-required#1 (Every product has an owner): owner_team_id IS NOT NULL
    // is not true, with owner_team_id = null"
    QString explanation() const;
    // The facts: "owner_team_id = null".
    QStringList facts() const;
    friend bool operator==(const Violation &, const Violation &) = default;
};

struct StandardsReport {
    QList<Violation> violations; // by policy, rule, then product id
    QList<Error> errors; // conditions that could not be run, at their place in the policy file
    int policies = 0; // standard policies evaluated
    int rules = 0;
};

// A policy set checked and its standards evaluated: the violations, and every problem of the
// policies (of their files, and of their conditions, each at its place).
struct PolicyRun {
    StandardsReport report;
    QList<Error> errors;
};

class Standards
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::Standards)

public:
    // Whether a product is in a scope (empty parts do not narrow; classification: the product's).
    static bool inScope(const PolicyScope &scope, const Product &product);
    // The conditions' problems, each at its line and column in its policy file.
    static QList<Error> check(const QList<Policy> &policies, const CatalogViews &views);
    // A scope as an SQL condition over the products view (empty: every product), for the rows
    // inScope() takes.
    static QString scopeCondition(const PolicyScope &scope);
    // Every standard policy's rules over the products in its scope. Policies of other kinds are
    // left alone.
    // progress, when given, counts the conditions run (CatalogViews::failing).
    static StandardsReport evaluate(const QList<Policy> &policies, const CatalogViews &views,
                                    EvaluationProgress *progress = nullptr);
    // Both, with the document's own problems first. A condition that does not check is reported
    // once, at its place, not again as a condition that could not be run.
    static PolicyRun run(const PolicyDocument &policies, const CatalogViews &views, EvaluationProgress *progress = nullptr);
    // One product's violations of the policies: the product's rows
    // (with the teams) made into views of their own and the standards evaluated over them, as
    // the governance tab does over the whole catalog, and its datasets' sample data checked by
    // the quality policies. A condition that looks at other products sees only this one.
    static Result<PolicyRun> ofProduct(const CatalogStore &store, const QString &productId, const PolicyDocument &policies);
    // Where an offset into a condition stands in its file, the condition starting at start.
    static SourcePosition positionIn(const QString &condition, int offset, const SourcePosition &start);
};

} // namespace Tessera
