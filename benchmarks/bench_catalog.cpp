// A catalog of 100,000 products with 20 columns each, on SQLite: import time, search latency
// (p50/p95 of 200 mixed queries, top 20) next to plain FTS5 bm25 ranking on the same index in the
// same run, facet counting, open-to-first-rows, and peak memory.
#include "benchtable.h"
#include "catalogdata.h"

#include "models/catalog/catalogstore.h"
#include "models/catalog/catalogtreemodel.h"
#include "models/catalog/search.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Tessera;
using namespace BenchData;

namespace {

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int products = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const CatalogLocation location = CatalogLocation::sqliteFile(dir.filePath(QStringLiteral("bench.tessera")));
    QList<Bench::Row> rows;

    // Import in batches of 5,000 products, one transaction each, as a large sync would.
    QRandomGenerator random(20261121);
    QElapsedTimer clock;
    double importMs = 0;
    QStringList names;
    {
        auto store = CatalogStore::open(location, QStringLiteral("bench"));
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
            return 1;
        }
        for (int start = 0; start < products; start += 5000) {
            QList<Product> batch;
            for (int n = start; n < std::min(products, start + 5000); ++n) {
                batch << generate(n, random);
                names << batch.last().name;
            }
            clock.start();
            if (Status s = store.value()->importAll({}, {}, batch); !s) {
                std::fprintf(stderr, "%s\n", qPrintable(s.error().toString()));
                return 1;
            }
            importMs += double(clock.nsecsElapsed()) / 1e6;
        }
    }
    rows.append({QStringLiteral("import %1 products x 20 columns").arg(products), importMs / 1000.0, QStringLiteral("s"),
                 QStringLiteral("%1 products/s").arg(int(products / (importMs / 1000.0)))});

    // Open to first rows: the navigator's tree model shows the domains, then the first domain's products.
    clock.start();
    auto opened = CatalogStore::open(location, QStringLiteral("bench"));
    CatalogStore &store = *opened.value();
    int firstRows = 0;
    {
        CatalogTreeModel tree(&store);
        const QModelIndex firstDomain = tree.index(0, 0);
        tree.fetchMore(firstDomain);
        while (tree.rowCount(firstDomain) == 0)
            QCoreApplication::processEvents();
        firstRows = tree.rowCount(firstDomain);
    }
    const double openMs = double(clock.nsecsElapsed()) / 1e6;
    rows.append({QStringLiteral("open + tree: domains, first domain's %1 products").arg(firstRows), openMs, QStringLiteral("ms"),
                 QStringLiteral("target < 1000 ms")});

    // 200 mixed queries: exact names, prefixes being typed, common and rare words, two words, columns.
    QRandomGenerator pick(7);
    QStringList queries;
    for (int i = 0; i < 40; ++i)
        queries << names.at(int(pick.bounded(names.size())));
    for (int i = 0; i < 40; ++i)
        queries << vocabulary.at(int(pick.bounded(vocabulary.size()))).left(3 + int(pick.bounded(3)));
    for (int i = 0; i < 50; ++i)
        queries << vocabulary.at(int(pick.bounded(vocabulary.size())));
    for (int i = 0; i < 40; ++i)
        queries << vocabulary.at(int(pick.bounded(vocabulary.size()))) + QLatin1Char(' ')
                + vocabulary.at(int(pick.bounded(vocabulary.size())));
    for (int i = 0; i < 30; ++i)
        queries << vocabulary.at(int(pick.bounded(vocabulary.size()))) + QLatin1String("_id");

    QList<double> ours, plain, facetTimes;
    int totalHits = 0;
    for (const QString &text : std::as_const(queries)) {
        SearchQuery query;
        query.text = text;
        clock.start();
        const auto hits = store.search(query);
        ours << double(clock.nsecsElapsed()) / 1e6;
        if (qEnvironmentVariableIsSet("BENCH_SLOW") && ours.last() > qEnvironmentVariable("BENCH_SLOW").toDouble())
            std::printf("slow: %8.2f ms  %s\n", ours.last(), qPrintable(text));
        totalHits += hits ? int(hits->size()) : 0;

        // The reference: plain FTS5, ranked by bm25 over all matches, top 20.
        QList<SearchTerm> terms = SearchParser::parse(text).value();
        QStringList parts;
        for (const SearchTerm &t : terms)
            parts << QLatin1Char('"') + t.words.join(QLatin1Char(' ')) + QLatin1Char('"')
                    + (t.prefix ? QStringLiteral("*") : QString());
        clock.start();
        QSqlQuery q(store.database());
        q.prepare(
            QStringLiteral("SELECT rowid FROM product_text WHERE product_text MATCH ? ORDER BY bm25(product_text) LIMIT 20"));
        q.addBindValue(parts.join(QLatin1Char(' ')));
        q.exec();
        while (q.next()) { }
        plain << double(clock.nsecsElapsed()) / 1e6;

        clock.start();
        const auto counts = store.facets(query);
        Q_UNUSED(counts);
        facetTimes << double(clock.nsecsElapsed()) / 1e6;
    }

    const double p50 = Bench::percentile(ours, 50), p95 = Bench::percentile(ours, 95);
    const double refP50 = Bench::percentile(plain, 50), refP95 = Bench::percentile(plain, 95);
    rows.append({QStringLiteral("search top 20, p50 (%1 queries)").arg(queries.size()), p50, QStringLiteral("ms"),
                 QStringLiteral("plain FTS5 bm25: %1 ms").arg(refP50, 0, 'f', 2)});
    rows.append({QStringLiteral("search top 20, p95"), p95, QStringLiteral("ms"),
                 QStringLiteral("plain FTS5 bm25: %1 ms; target < 20 ms").arg(refP95, 0, 'f', 2)});
    rows.append(
        {QStringLiteral("facet counts (5 facets), p50"), Bench::percentile(facetTimes, 50), QStringLiteral("ms"), QString()});
    rows.append(
        {QStringLiteral("facet counts (5 facets), p95"), Bench::percentile(facetTimes, 95), QStringLiteral("ms"), QString()});
    rows.append({QStringLiteral("peak memory"), Bench::peakMemoryMiB(), QStringLiteral("MiB"), QString()});
    Bench::printTable(QStringLiteral("Catalog of %1 products (SQLite, %2 hits returned in all)").arg(products).arg(totalHits),
                      rows);

    Bench::printBench("catalog.import.100k.s", importMs / 1000.0, "s");
    Bench::printBench("catalog.open_first_rows.ms", openMs, "ms");
    Bench::printBench("catalog.search.p50.ms", p50, "ms");
    Bench::printBench("catalog.search.p95.ms", p95, "ms");
    Bench::printBench("catalog.search.plain_fts5_bm25.p95.ms", refP95, "ms");
    Bench::printBench("catalog.search.p95.vs_plain_fts5", p95 / refP95, "ratio");
    Bench::printBench("catalog.facets.p95.ms", Bench::percentile(facetTimes, 95), "ms");
    Bench::printBench("catalog.peak_memory.mib", Bench::peakMemoryMiB(), "MiB");
    return 0;
}
