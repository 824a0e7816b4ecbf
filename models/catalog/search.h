#pragma once

#include "models/catalog/catalogstore.h"
#include "models/core/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace Tessera {

// One term of a search: words that must appear together, the last one maybe as a prefix.
struct SearchTerm {
    QStringList words; // lower case, letters and digits only: safe in any full-text syntax
    bool prefix = false;
    // Typed as one identifier: order_id, sales.orders, fx-rates. Identifiers are indexed whole
    // too (their words run together: orderid), so they are found as one rare word, not as a
    // phrase of common ones.
    bool identifier = false;
    friend bool operator==(const SearchTerm &, const SearchTerm &) = default;
};

// What the person typed, understood: words (all must match), "quoted phrases", a trailing * for
// a prefix. The last word of text still being typed is a prefix. Punctuation is not syntax:
// % _ ' ; -- are searched for literally (as the tokenizer sees them: word separators).
struct SearchQuery {
    QString text;
    QMap<QString, QStringList> facets; // "domain", "owner", "tag", "classification", "status" -> allowed values
    int limit = 20;

    static QStringList facetNames();
};

class SearchParser
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::SearchParser)

public:
    // The text to index for names, ids and columns: the text itself and, for identifiers made of
    // several words (order_id), the words run together (orderid).
    static QString indexText(const QStringList &names);
    // Free text as plain words for the index: lower case, no punctuation, no diacritics.
    static QString words(const QString &text);
    // The terms of text; an error (with the column) for an unclosed quote or an unknown facet.
    static Result<QList<SearchTerm>> parse(const QString &text);
    static Status checkFacets(const QMap<QString, QStringList> &facets);
};

struct SearchHit {
    ProductSummary product;
    int tier = 3; // 0: name, title or id is the query; 1: name or title starts with it; 2: its words are in the name, title or
                  // tags; 3: elsewhere
    friend bool operator==(const SearchHit &, const SearchHit &) = default;
};

struct FacetValue {
    QString value;
    int count = 0;
    friend bool operator==(const FacetValue &, const FacetValue &) = default;
};
using Facets = QMap<QString, QList<FacetValue>>; // facet name -> values, most frequent first

} // namespace Tessera
