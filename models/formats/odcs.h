#pragma once

#include "models/catalog/entities.h"
#include "models/core/result.h"
#include "models/formats/docnode.h"
#include "models/formats/standarddocument.h"

#include <optional>
#include <QCoreApplication>

namespace Tessera {

// ODCS data contracts (v3.0.x and v3.1.0) to catalog products and back.
//
// Reading maps the contract onto a Product and keeps the contract itself (SourceDocument), so
// that writing starts from the original and changes only what the catalog knows about: every
// other field of the contract survives an import and export unchanged. Writing produces v3.1.0.
class Odcs
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::Odcs)

public:
    struct Imported {
        Product product;
        Domain domain;
        std::optional<Team> team;
        QList<Error> warnings;
    };

    // The contract must be a valid ODCS document (see Standards::validate); text is its file's text.
    static Result<Imported> toCatalog(const StandardDocument &contract, const QByteArray &text);
    // Reads, validates and maps a file in one go.
    static Result<Imported> importFile(const QString &path);

    // The contract for product: its kept contract with the catalog's values applied, or a new one.
    // A product with several contracts (one per ODPS output port) names the one to write; each
    // gets the datasets it describes.
    static DocNode toContract(const Product &product, const std::optional<Team> &team = std::nullopt,
                              const QString &domainName = QString(), const QString &contractId = QString());
    static QByteArray toYaml(const Product &product, const std::optional<Team> &team = std::nullopt,
                             const QString &domainName = QString(), const QString &contractId = QString());

    // "Sales & Marketing" -> "sales-marketing": ids for domains and teams named only by text.
    static QString slug(const QString &text);
};

} // namespace Tessera
