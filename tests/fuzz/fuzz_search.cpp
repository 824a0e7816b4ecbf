// Search-query parsing, and the query run against a catalog of the sample mesh (SQLite, full-text
// index): the input's first line is what a person typed; each further line "facet=value" adds a
// facet filter.
// Properties: a refused query says why; a query that parses runs without an error of the
// database (nothing typed reaches SQL or the full-text syntax as syntax).

#include "fuzzing.h"

#include "../samplecatalog.h"
#include "models/catalog/search.h"

#include <QTemporaryDir>

using namespace Tessera;

namespace {

struct State {
    QTemporaryDir dir;
    std::unique_ptr<CatalogStore> store;
};

State *state = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzzing::start(argc, argv);
    auto &s = *new State; // never destroyed, as the application (see Fuzzing::start)
    const QString path = s.dir.filePath(QStringLiteral("mesh.tessera"));
    FUZZ_CHECK(TestSupport::writeSampleCatalog(path), "the sample catalog is written");
    auto opened = CatalogStore::open(CatalogLocation::sqliteFile(path), QStringLiteral("fuzz"));
    FUZZ_CHECK(opened.ok(), "the sample catalog opens");
    s.store = std::move(opened).value();
    state = &s;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QStringList lines = QString::fromUtf8(Fuzzing::bytes(data, size)).split(u'\n');
    SearchQuery query;
    query.text = lines.first();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype eq = lines.at(i).indexOf(u'=');
        if (eq > 0)
            query.facets[lines.at(i).left(eq)] << lines.at(i).mid(eq + 1);
    }
    (void)SearchParser::words(query.text);
    (void)SearchParser::indexText({query.text});
    const Result<QList<SearchTerm>> terms = SearchParser::parse(query.text);
    if (!terms) {
        FUZZ_CHECK(!terms.error().message.isEmpty(), "a refused query says why");
        return 0;
    }
    const Status facets = SearchParser::checkFacets(query.facets);
    if (!facets.ok()) {
        FUZZ_CHECK(!facets.error().message.isEmpty(), "a refused facet says why");
        return 0;
    }
    const Result<QList<SearchHit>> hits = state->store->search(query);
    if (!hits)
        qFatal("search failed on a query that parsed: %s", qPrintable(hits.error().message));
    FUZZ_CHECK(hits->size() <= query.limit, "search returns at most the limit");
    const auto counts = state->store->facets(query);
    if (!counts)
        qFatal("facet counts failed on a query that parsed: %s", qPrintable(counts.error().message));
    return 0;
}
