#pragma once

// How catalog values read to a person: translated names for statuses and classifications, service
// levels as sentences ("latency ≤ 4 h"), and a product as plain text for diffs.

#include "models/catalog/catalogstore.h"

namespace Tessera::Catalog {

// What a product is called: its title, or its name when it has none.
QString displayTitle(const Product &product);
QString displayTitle(const ProductSummary &product);
// Tags as typed: "finance, daily" -> {finance, daily}; empty parts and repeats dropped.
QStringList splitTags(const QString &text);

QString statusName(ProductStatus status); // "Active"
QString classificationName(Classification classification); // "Confidential"; "Unclassified"

// A service level as people say it: "latency ≤ 4 h", "availability ≥ 99.5 %", "retention 3 years".
QString slaText(const SlaProperty &sla);

// The product's content as stable, line-oriented text (one field or column per line, documentation
// verbatim), so that two versions can be compared line by line.
QString productText(const Product &product);

// Which top-level fields differ between two versions, in the order of productText: "title",
// "documentation", "schema", ...
QStringList changedFields(const Product &before, const Product &after);
// A field of changedFields as people call it, translated.
QString fieldName(const QString &field);

} // namespace Tessera::Catalog
