#pragma once

// A dataset's ODCS quality rules (its own and its columns') evaluated on a preview's result: each
// rule's measurement (taken in the worker, on the result as the sandbox holds it) and whether it
// meets its operator, or why it could not be measured.

#include "models/catalog/entities.h"
#include "models/governance/policy.h"
#include "models/preview/previewsandbox.h"

#include <QCoreApplication>

namespace Tessera {

struct QualityVerdict {
    QString title; // "nullValues of email", or the rule's name
    QString expectation; // "must be 0"
    QString column; // empty: the dataset's
    QString dimension;
    QString severity;
    std::optional<double> measured;
    bool passed = false;
    QString problem; // why there is no measurement
};

class ResultQuality
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::ResultQuality)

public:
    struct Rule {
        QualityRule source;
        QString column; // empty: the dataset's
        std::optional<PolicyQualityRule> rule; // nullopt: not measurable (text rules, an unknown operator)
        ResultMeasure measure;
    };
    // The rules of a dataset, in the order the contract lists them (the dataset's, then its columns').
    static QList<Rule> rulesOf(const Dataset &dataset);
    static QList<ResultMeasure> measures(const QList<Rule> &rules);
    // Each rule judged by its measurement (measured: one per rule, as measures() listed them).
    static QList<QualityVerdict> judge(const QList<Rule> &rules, const QList<Measured> &measured);
    // The columns to match a result's rows with its input's by: the contract's primary key
    // columns the result keeps (none: rows are compared whole).
    static QStringList comparisonKeys(const Dataset &dataset, const QList<ResultColumn> &result);
};

} // namespace Tessera
