// The governance tab over a catalog of 100,000 products (20 columns each) with the 50 policies of
// bench_governance: how long the tab takes to show the policies' results after it opens, after a
// product is saved and after a rule is edited, and the longest the window stops answering
// meanwhile (the largest gap between the ticks of a timer that asks to run every 2 ms). The
// reference, measured in the same run: the evaluation alone, which the window would stop for if it
// ran on the UI thread. Goal: no gap longer than a frame or two while the policies are evaluated.
// Run: bench_governancepage [PRODUCTS] (100,000 by default); BENCH_CATALOG names a catalog file to
// keep and use again.
#include "benchpolicies.h"
#include "benchtable.h"

#include "models/governance/catalogviews.h"
#include "models/governance/compliancemodel.h"
#include "models/governance/standards.h"
#include "views/governance/governancepage.h"
#include "views/governance/policyeditor.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTimer>

using namespace Tessera;
using namespace BenchPolicies;

namespace {

// The largest gap between a 2 ms timer's ticks while `until` is false, and how long that took.
struct Watch {
    double elapsedMs = 0;
    double longestGapMs = 0;
};

Watch watch(const std::function<bool()> &until, int timeoutMs = 120'000)
{
    Watch w;
    QElapsedTimer clock, tick;
    clock.start();
    tick.start();
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(2);
    QObject::connect(&timer, &QTimer::timeout, &timer, [&w, &tick] {
        w.longestGapMs = std::max(w.longestGapMs, double(tick.nsecsElapsed()) / 1e6);
        tick.start();
    });
    timer.start();
    while (!until() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    w.longestGapMs = std::max(w.longestGapMs, double(tick.nsecsElapsed()) / 1e6);
    w.elapsedMs = double(clock.nsecsElapsed()) / 1e6;
    return w;
}

} // namespace

int main(int argc, char **argv)
{
    Bench::quietOffscreenNotes();
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int products = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString kept = qEnvironmentVariable("BENCH_CATALOG");
    const QString file = kept.isEmpty() ? dir.filePath(QStringLiteral("bench.tessera")) : kept;
    if (kept.isEmpty() || !QFileInfo::exists(kept)) {
        std::fprintf(stderr, "generating %d products…\n", products);
        if (int rc = generateCatalog(file, products))
            return rc;
    }
    const QString folder = dir.filePath(QStringLiteral("policies"));
    QDir().mkpath(folder);
    QFile policies(folder + QStringLiteral("/bench.policy.yaml"));
    if (!policies.open(QIODevice::WriteOnly) || policies.write(policyText()) < 0)
        return 1;
    policies.close();

    auto store = CatalogStore::open(CatalogLocation::sqliteFile(file), QStringLiteral("bench"));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
        return 1;
    }
    // The reference: the evaluation alone, over views of its own.
    const auto views = CatalogViews::build(*store.value());
    if (!views)
        return 1;
    const PolicyDocument document = Policies::readFile(policies.fileName());
    QElapsedTimer clock;
    clock.start();
    const PolicyRun reference = Standards::run(document, *views.value());
    const double referenceMs = double(clock.nsecsElapsed()) / 1e6;
    clock.start();
    ComplianceModel model;
    model.setViolations(reference.report.violations);
    const double modelMs = double(clock.nsecsElapsed()) / 1e6;

    GovernancePage page(store.value().get(), folder);
    page.resize(1600, 1000);
    page.show();
    if (Status s = page.reload(); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().toString()));
        return 1;
    }
    const Watch opened = watch([&page] {
        return !page.isReadingCatalog() && !page.isEvaluating();
    });
    const qsizetype shown = page.compliance()->violations().size();

    // A product saved: its rows made anew, the policies evaluated again a moment later.
    Product product = store.value()->product(store.value()->productSummaries().value().at(products / 2).id).value().value();
    product.description += QStringLiteral(" Edited.");
    if (const SaveResult saved = store.value()->saveProduct(product); !saved.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(saved.error.toString()));
        return 1;
    }
    bool started = false;
    const Watch afterSave = watch([&page, &started] {
        started = started || page.isEvaluating();
        return started && !page.isEvaluating();
    });

    // A rule edited in the editor: evaluated once typing pauses (the other rules from the cache).
    QTextCursor cursor = page.editor()->document()->find(QStringLiteral("owner_team_id IS NOT NULL"));
    cursor.insertText(QStringLiteral("owner_team_id IS NOT NULL AND 1"));
    started = false;
    const Watch afterEdit = watch([&page, &started] {
        started = started || page.isEvaluating();
        return started && !page.isEvaluating();
    });

    const QList<Bench::Row> rows{
        {QStringLiteral("opened: catalog read and the policies evaluated"), opened.elapsedMs, QStringLiteral("ms"),
         QStringLiteral("%1 violations shown").arg(shown)},
        {QStringLiteral("  longest the window stopped answering"), opened.longestGapMs, QStringLiteral("ms"),
         QStringLiteral("%1 ms evaluating on the UI thread").arg(referenceMs, 0, 'f', 0)},
        {QStringLiteral("a product saved: evaluated again"), afterSave.elapsedMs, QStringLiteral("ms"),
         QStringLiteral("of which 400 ms waiting for more saves")},
        {QStringLiteral("  longest the window stopped answering"), afterSave.longestGapMs, QStringLiteral("ms"),
         QStringLiteral("%1 ms evaluating on the UI thread").arg(referenceMs, 0, 'f', 0)},
        {QStringLiteral("a rule edited: evaluated again"), afterEdit.elapsedMs, QStringLiteral("ms"),
         QStringLiteral("of which 400 ms waiting for more keystrokes")},
        {QStringLiteral("  longest the window stopped answering"), afterEdit.longestGapMs, QStringLiteral("ms"),
         QStringLiteral("%1 ms putting %2 violations in the compliance model")
             .arg(modelMs, 0, 'f', 0)
             .arg(reference.report.violations.size())},
        {QStringLiteral("peak memory"), Bench::peakMemoryMiB(), QStringLiteral("MiB"), QString()},
    };
    Bench::printTable(QStringLiteral("The governance tab over %1 products, 50 policies").arg(products), rows);
    Bench::printBench("governancepage.open.ms", opened.elapsedMs, "ms");
    Bench::printBench("governancepage.open.longest_gap.ms", opened.longestGapMs, "ms");
    Bench::printBench("governancepage.save.longest_gap.ms", afterSave.longestGapMs, "ms");
    Bench::printBench("governancepage.edit.longest_gap.ms", afterEdit.longestGapMs, "ms");
    return 0;
}
