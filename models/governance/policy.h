#pragma once

// Governance policies as stewards write them: YAML documents (*.policy.yaml) holding one policy
// or a list of them under `policies:`. Four kinds:
//
//   standard  SQL conditions every product in scope must meet ("has an owner")
//   access    which roles may read, edit or publish what; deny wins over allow
//   masking   which columns (by classification or tag) a role sees masked, with Ranger's mask types
//   quality   ODCS quality rules applied to the datasets in scope
//
// Every policy has an id, a title, a description, a severity, a scope (domains, classifications,
// tags; empty: everything), a status (draft or published) and a version. Reading checks the
// document's shape: YAML errors, unknown keys, missing or mistyped fields, unknown values of
// enumerations, each with file:line:column and the field's path. What conditions say (their SQL)
// is checked by the evaluation engine against the catalog's views.

#include "models/catalog/entities.h"
#include "models/core/error.h"
#include "models/core/role.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tessera {

class DocNode;

// Where in a policy file a value stood, for messages about it.
struct SourcePosition {
    int line = 0;
    int column = 0;
    friend bool operator==(const SourcePosition &, const SourcePosition &) = default;
};

enum class PolicyKind {
    Standard,
    Access,
    Masking,
    Quality,
};

enum class Severity {
    Info,
    Warning,
    Error,
};

enum class PolicyStatus {
    Draft,
    Published,
};

// Apache Ranger's data mask types.
enum class MaskType {
    Mask, // every letter x, every digit n
    ShowLast4,
    ShowFirst4,
    Hash,
    Null,
    None, // unmasked: an explicit exception
    DateShowYear,
    Custom, // an SQL expression over {col}
};

// What a policy applies to. Empty lists do not narrow.
struct PolicyScope {
    QStringList domains; // domain ids
    QList<Classification> classifications; // of products (standard, access, quality) or columns (masking)
    QStringList tags;
    friend bool operator==(const PolicyScope &, const PolicyScope &) = default;
};

// standard: one condition every product in scope must meet, as an SQL boolean expression over
// the product's row of the catalog's views.
struct StandardRule {
    QString id;
    QString condition;
    QString message; // what a violation says; the policy's title when empty
    SourcePosition position; // of the condition's text
    friend bool operator==(const StandardRule &, const StandardRule &) = default;
};

enum class AccessAction {
    Read,
    Edit,
    Publish,
};

enum class Effect {
    Allow,
    Deny,
};

// access: roles may (or may not) do actions on what the rule's own scope (within the policy's)
// picks.
struct AccessRule {
    QString id;
    QList<Role> roles;
    QList<AccessAction> actions;
    Effect effect = Effect::Allow;
    PolicyScope scope;
    SourcePosition position;
    friend bool operator==(const AccessRule &, const AccessRule &) = default;
};

// masking: the columns with any of these classifications or tags are masked so for the roles.
struct MaskingRule {
    QString id;
    QList<Role> roles;
    QList<Classification> classifications;
    QStringList tags;
    QStringList columns; // column names, as a third way to pick
    MaskType mask = MaskType::Mask;
    QString expression; // CUSTOM: SQL with {col} for the column
    SourcePosition position;
    friend bool operator==(const MaskingRule &, const MaskingRule &) = default;
};

// ODCS quality rule operators.
enum class QualityOperator {
    MustBe,
    MustNotBe,
    MustBeGreaterThan,
    MustBeGreaterOrEqualTo,
    MustBeLessThan,
    MustBeLessOrEqualTo,
    MustBeBetween,
    MustNotBeBetween,
};

// quality: an ODCS library metric (nullValues, missingValues, invalidValues, duplicateValues,
// rowCount) or an sql rule, with one operator.
struct PolicyQualityRule {
    QString id;
    QString metric; // empty for sql rules
    QString column; // empty: the whole dataset
    QString query; // sql rules
    QualityOperator op = QualityOperator::MustBe;
    double value = 0;
    double upper = 0; // between and not between: value is the lower bound
    SourcePosition position;
    friend bool operator==(const PolicyQualityRule &, const PolicyQualityRule &) = default;
};

struct Policy {
    QString id;
    PolicyKind kind = PolicyKind::Standard;
    QString title;
    QString description;
    Severity severity = Severity::Warning;
    PolicyStatus status = PolicyStatus::Draft;
    int version = 1;
    PolicyScope scope;
    QList<StandardRule> standards;
    QList<AccessRule> access;
    QList<MaskingRule> masking;
    QList<PolicyQualityRule> quality;
    QString file;
    SourcePosition position; // of the policy's first key
    friend bool operator==(const Policy &, const Policy &) = default;
};

// A policy file read: the policies that are whole, and the problems of the rest. A policy with a
// problem is left out (never half-read), the others are kept.
struct PolicyDocument {
    QList<Policy> policies;
    QList<Error> errors;
};

class Policies
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::Policies)

public:
    static constexpr qint64 maxFileBytes = 4 * 1024 * 1024;

    static PolicyDocument parse(const QByteArray &yaml, const QString &file);
    static PolicyDocument readFile(const QString &path);
    // Every *.policy.yaml under the folders and files named, read in order of path.
    static PolicyDocument readAll(const QStringList &paths);

    // Names as written in files (and the command line), and back.
    static QString kindKey(PolicyKind kind);
    static std::optional<PolicyKind> kindFromKey(const QString &key);
    static QString severityKey(Severity severity);
    static std::optional<Severity> severityFromKey(const QString &key);
    static QString statusKey(PolicyStatus status);
    static QString maskKey(MaskType mask); // "MASK_SHOW_LAST_4"
    static std::optional<MaskType> maskFromKey(const QString &key);
    static QStringList maskKeys();
    static QString actionKey(AccessAction action);
    static QString operatorKey(QualityOperator op); // "mustBeGreaterThan"
    static std::optional<QualityOperator> operatorFromKey(const QString &key);
    static QStringList qualityMetrics(); // the ODCS library metrics

private:
    // source: the file's lines, to find where a value's text begins.
    static std::optional<Policy> policyFrom(const DocNode &node, const QString &file, const QString &path, QList<Error> &errors,
                                            const QStringList &source);
};

} // namespace Tessera
