#pragma once

#include "models/catalog/entities.h"
#include "models/core/result.h"
#include "models/formats/docnode.h"
#include "models/formats/odcs.h"
#include "models/formats/standarddocument.h"

#include <optional>
#include <QCoreApplication>
#include <QHash>

namespace Tessera {

// Bitol ODPS product files (v1.0.0) to catalog products and back. A product file names its ports'
// contracts by id; the product's datasets, service levels and quality come from those contracts.
class Odps
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::Odps)

public:
    struct Contract {
        StandardDocument document;
        QByteArray text;
    };

    // contracts: the ODCS contracts at hand, by id. An output port whose contract is missing is
    // kept as an empty dataset, with a warning.
    static Result<Odcs::Imported> toCatalog(const StandardDocument &productFile, const QByteArray &text,
                                            const QHash<QString, Contract> &contracts);

    // The product file for product: its kept file with the catalog's values applied, or a new one.
    static DocNode toProductFile(const Product &product, const std::optional<Team> &team = std::nullopt,
                                 const QString &domainName = QString());
    static QByteArray toYaml(const Product &product, const std::optional<Team> &team = std::nullopt,
                             const QString &domainName = QString());

    // The ids of the contracts behind a product's output ports, as its kept product file names them.
    static QStringList outputContractIds(const Product &product);
};

} // namespace Tessera
