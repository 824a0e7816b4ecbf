#pragma once

// Quality policies checked on sample data: each ODCS rule of a quality policy in a product's scope
// measured on a dataset's sample (a CSV whose header is the dataset's columns) and compared with
// its operator. The library metrics: rowCount; nullValues and missingValues (null, blank or a
// placeholder such as N/A) of a column; invalidValues of a column (values that are not of its
// logical type: integer, number, boolean, date, timestamp); duplicateValues of a column, or of
// the dataset's primary key (the whole row without one). An sql rule runs on the sample as a
// table in a private SQLite database ({object} names it, {column} the rule's column) under the
// conditions' sandbox, and its first value is the measurement.

#include "models/governance/standards.h"
#include "models/preview/csvreader.h"

#include <QCoreApplication>

namespace Tessera {

class CatalogStore;

class QualityChecks
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::QualityChecks)

public:
    // Whether a present value is of a logical type (integer, number, boolean, date, timestamp;
    // types Tessera cannot judge accept anything): what invalidValues counts against.
    static bool isValidValue(const QString &value, const QString &logicalType);
    // What missingValues counts as missing besides null and blank (compared in lower case).
    static const QStringList &missingPlaceholders();
    // Whether a measurement meets the rule's operator, and the operator in words.
    static bool meets(const PolicyQualityRule &rule, double measured);
    static QString expectation(const PolicyQualityRule &rule);
    // A rule's measurement on a sample; an error when it cannot be taken (a column the sample
    // lacks, an sql rule that does not run or gives no number).
    static Result<double> measure(const PolicyQualityRule &rule, const Dataset &dataset, const CsvTable &sample);
    // The quality policies in the product's scope checked on one dataset's sample: the rules it
    // fails as violations (the measurement among the facts), and the rules that could not be
    // measured as errors at their place.
    static QList<Violation> check(const QList<Policy> &policies, const Product &product, const QString &domainName,
                                  const Dataset &dataset, const CsvTable &sample, QList<Error> *errors);
    // A product's datasets that have sample data (the sample mesh's, for now) checked.
    static QList<Violation> ofProduct(const QList<Policy> &policies, const Product &product, const QString &domainName,
                                      QList<Error> *errors);
    // Where a dataset's sample is, for a product read from a file: samples/<dataset>.csv beside
    // the file or beside its folder (a domain folder's products/, contracts/ and samples/);
    // empty when there is none.
    static QString samplePath(const QString &productFile, const QString &dataset);
    // The datasets of products read from files that have samples there, checked (each file
    // taken from baseDir when it is relative). A sample is read up to maxSampleBytes.
    static QList<Violation> onFiles(const QList<Policy> &policies, const QList<Product> &products,
                                    const QHash<QString, QString> &domainNames, const QString &baseDir, QList<Error> *errors);
    // The catalog's products that have sample data (the sample mesh's, for now) checked.
    static QList<Violation> onSamples(const QList<Policy> &policies, const CatalogStore &store, QList<Error> *errors);
    static constexpr qint64 maxSampleBytes = 64 * 1024 * 1024;
};

} // namespace Tessera
