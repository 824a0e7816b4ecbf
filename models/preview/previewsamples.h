#pragma once

// Where a catalog dataset's sample data is: the file attached to it in the catalog; else a file
// named after the dataset in a samples/ folder beside the product's file in its source folder (or
// beside that file's folder: a domain folder of products/, contracts/ and samples/); else the
// sample the built-in sample mesh ships for it.

#include "models/catalog/catalogstore.h"

namespace Tessera {

class PreviewSamples
{
public:
    // The sample's path (a file, or a resource of the sample mesh); empty when there is none.
    static QString find(const CatalogStore &store, const Product &product, const QString &dataset);
    // Every dataset of the product, with its sample's path (empty where there is none).
    static QList<std::pair<QString, QString>> ofProduct(const CatalogStore &store, const Product &product);
    // The file extensions a sample may have, as a file dialog's filter lists them.
    static QStringList extensions();
};

} // namespace Tessera
