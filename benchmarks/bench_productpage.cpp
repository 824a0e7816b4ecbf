// Opening a product page in a catalog of 100,000 products (target: < 200 ms from the request to
// the first painted page), next to the same in the 40-product sample mesh, measured in the same
// run: the page's cost should not grow with the catalog.
#include "benchtable.h"
#include "catalogdata.h"

#include "models/core/settings.h"
#include "models/federation/samplemesh.h"
#include "views/catalog/productpage.h"
#include "views/shell/documentarea.h"
#include "views/shell/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace Tessera;

namespace {

// Opens each product in a tab, paints the window once, and closes the tab again.
QList<double> openTimes(MainWindow &window, const QStringList &ids)
{
    QList<double> times;
    QElapsedTimer clock;
    for (const QString &id : ids) {
        clock.start();
        ProductPage *page = window.openProduct(id);
        const QPixmap frame = window.grab();
        times << double(clock.nsecsElapsed()) / 1e6;
        if (!page || frame.isNull()) {
            std::fprintf(stderr, "could not open %s\n", qPrintable(id));
            std::exit(1);
        }
        window.documents()->closeDocument(window.documents()->tabs()->indexOf(page));
        QCoreApplication::processEvents();
    }
    return times;
}

} // namespace

int main(int argc, char **argv)
{
    Bench::quietOffscreenNotes();
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int products = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));

    // The large catalog: generated products, each reading one or two earlier ones (ports, "used by").
    const CatalogLocation large = CatalogLocation::sqliteFile(dir.filePath(QStringLiteral("large.tessera")));
    QStringList ids;
    {
        auto store = CatalogStore::open(large, QStringLiteral("bench"));
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
            return 1;
        }
        QRandomGenerator random(20261121);
        std::fprintf(stderr, "generating %d products…\n", products);
        for (int start = 0; start < products; start += 5000) {
            QList<Product> batch;
            for (int n = start; n < std::min(products, start + 5000); ++n) {
                Product p = BenchData::generate(n, random);
                for (int k = 1; k <= 2 && n - k * 37 >= 0; ++k)
                    p.inputs << InputPort{QStringLiteral("in%1").arg(k), ids.at(n - k * 37), {}, {}};
                ids << p.id;
                batch << p;
            }
            if (Status s = store.value()->importAll({}, {}, batch); !s) {
                std::fprintf(stderr, "%s\n", qPrintable(s.error().toString()));
                return 1;
            }
        }
    }
    const CatalogLocation sample = CatalogLocation::sqliteFile(dir.filePath(QStringLiteral("sample.tessera")));
    QStringList sampleIds;
    {
        auto store = CatalogStore::open(sample, QStringLiteral("bench"));
        if (!store || !SampleMesh::importInto(*store.value())) {
            std::fprintf(stderr, "cannot create the sample catalog\n");
            return 1;
        }
        for (const ProductSummary &s : store.value()->productSummaries().value())
            sampleIds << s.id;
    }

    // 60 products spread over the catalog; the first round of each pays for fonts and styles once.
    QRandomGenerator pick(7);
    QStringList largePicks;
    for (int i = 0; i < 60; ++i)
        largePicks << ids.at(pick.bounded(int(ids.size())));
    MainWindow window(settings);
    window.setRole(Role::Steward);
    window.resize(1280, 800);
    window.show();
    if (Status opened = window.openCatalog(sample); !opened)
        return 1;
    openTimes(window, sampleIds.mid(0, 5)); // warm up
    const QList<double> small = openTimes(window, sampleIds);
    if (Status opened = window.openCatalog(large); !opened)
        return 1;
    const QList<double> big = openTimes(window, largePicks);

    const double p50 = Bench::median(big);
    const double p95 = Bench::percentile(big, 95);
    const double max = *std::max_element(big.cbegin(), big.cend());
    Bench::printTable(
        QStringLiteral("Opening a product page: request to first painted frame (offscreen, 1280x800)"),
        {{QStringLiteral("%1 products: p50").arg(products), p50, QStringLiteral("ms"),
          QStringLiteral("sample mesh (%1 products): p50 %2 ms").arg(sampleIds.size()).arg(Bench::median(small), 0, 'f', 1)},
         {QStringLiteral("%1 products: p95").arg(products), p95, QStringLiteral("ms"),
          QStringLiteral("sample mesh: p95 %1 ms; target < 200 ms").arg(Bench::percentile(small, 95), 0, 'f', 1)},
         {QStringLiteral("%1 products: slowest of %2").arg(products).arg(big.size()), max, QStringLiteral("ms"),
          QStringLiteral("target < 200 ms")}});
    Bench::printBench("productpage.open.p50.ms", p50, "ms");
    Bench::printBench("productpage.open.p95.ms", p95, "ms");
    Bench::printBench("productpage.open.sample.p50.ms", Bench::median(small), "ms");
    return p95 < 200 ? 0 : 3;
}
