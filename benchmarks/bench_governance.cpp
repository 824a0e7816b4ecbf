// 50 governance policies over a catalog of 100,000 products with 20 columns each (SQLite): the
// policies' views copied from the catalog file (next to reading every product and building them,
// as before), 36 standard policies checked and evaluated (the compliance view's work), again
// after one rule is edited and after products are saved, access decided for every product, role
// and action, and masks decided for every column and role, with peak memory. The evaluation runs in a fresh process
// (this program started again) so its peak memory is its own, not the catalog generator's.
// Target: the 50 policies evaluated in under 1 s.
// Run: bench_governance [PRODUCTS] (100,000 by default).
#include "benchpolicies.h"
#include "benchtable.h"

#include "models/catalog/catalogstore.h"
#include "models/governance/catalogviews.h"
#include "models/governance/decisions.h"
#include "models/governance/policy.h"
#include "models/governance/standards.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace Tessera;
using namespace BenchData;
using namespace BenchPolicies;

namespace {

int evaluate(const QString &file)
{
    QList<Bench::Row> rows;
    QElapsedTimer clock;
    const PolicyDocument policies = Policies::parse(policyText(), QStringLiteral("bench.policy.yaml"));
    if (!policies.errors.isEmpty() || policies.policies.size() != 50) {
        std::fprintf(stderr, "%s\n", qPrintable(policies.errors.value(0).toString()));
        return 1;
    }
    auto store = CatalogStore::open(CatalogLocation::sqliteFile(file), QStringLiteral("bench"));
    if (!store)
        return 1;

    // The views copied by SQL from the catalog file, as the governance tab and tessera-cli make
    // them (once; after that a saved product's rows are made anew).
    clock.start();
    auto views = CatalogViews::build(*store.value());
    if (!views) {
        std::fprintf(stderr, "%s\n", qPrintable(views.error().toString()));
        return 1;
    }
    const double copyMs = double(clock.nsecsElapsed()) / 1e6;
    const double copyPeak = Bench::peakMemoryMiB();

    if (qEnvironmentVariableIsSet("BENCH_RULES")) { // each rule's time, to see which are slow
        for (const Policy &p : policies.policies) {
            for (const StandardRule &r : p.standards) {
                QElapsedTimer t;
                t.start();
                const auto n = views.value()->failing({{r.condition, Standards::scopeCondition(p.scope), {}}});
                std::printf("%8.1f ms %6lld failing  %s\n", double(t.nsecsElapsed()) / 1e6,
                            qlonglong(n.first() ? n.first().value().size() : -1), qPrintable(p.id));
            }
        }
        auto fresh = CatalogViews::build(*store.value()); // without the cache
        views = std::move(fresh);
    }

    // The compliance view's work: every standard checked and evaluated over the products in its
    // scope, each violation with its explanation.
    clock.start();
    const QList<Error> problems = Standards::check(policies.policies, *views.value());
    const StandardsReport report = Standards::evaluate(policies.policies, *views.value());
    const double standardsMs = double(clock.nsecsElapsed()) / 1e6;
    if (!problems.isEmpty() || !report.errors.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable((problems + report.errors).first().toString()));
        return 1;
    }
    const double standardsPeak = Bench::peakMemoryMiB();
    // Again, as after an edit to one rule: the others come from the cache.
    QList<Policy> edited = policies.policies;
    edited.first().standards.first().condition += QStringLiteral(" AND 1");
    clock.start();
    const StandardsReport again = Standards::evaluate(edited, *views.value());
    const double againMs = double(clock.nsecsElapsed()) / 1e6;

    // The reference: every product read into memory (as before) and the views built from them.
    clock.start();
    const auto content = CatalogContent::read(*store.value());
    if (!content)
        return 1;
    const QList<Product> &products = content->products;
    const qsizetype count = products.size();
    const double readMs = double(clock.nsecsElapsed()) / 1e6;
    clock.start();
    (void)CatalogViews::build(content.value());
    const double buildMs = double(clock.nsecsElapsed()) / 1e6;

    // A product saved: its rows made anew, and the policies evaluated again.
    clock.start();
    for (int i = 0; i < 20; ++i) {
        if (Status s = views.value()->update(*store.value(), products.at(i * (count / 20)).id); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error().toString()));
            return 1;
        }
    }
    const double updateMs = double(clock.nsecsElapsed()) / 1e6 / 20;
    clock.start();
    const StandardsReport afterSave = Standards::evaluate(policies.policies, *views.value());
    const double afterSaveMs = double(clock.nsecsElapsed()) / 1e6;

    clock.start();
    int allowed = 0;
    for (const Product &p : products) {
        for (Role role : {Role::Analyst, Role::Owner, Role::Steward}) {
            for (AccessAction action : {AccessAction::Read, AccessAction::Edit, AccessAction::Publish})
                allowed += Decisions::access(policies.policies, role, action, p).allowed ? 1 : 0;
        }
    }
    const double accessMs = double(clock.nsecsElapsed()) / 1e6;
    clock.start();
    qsizetype masked = 0, columns = 0;
    for (const Product &p : products) {
        for (Role role : {Role::Analyst, Role::Owner, Role::Steward}) {
            for (const auto &[column, decision] : Decisions::masks(policies.policies, role, p)) {
                ++columns;
                masked += decision.masked() ? 1 : 0;
            }
        }
    }
    const double maskMs = double(clock.nsecsElapsed()) / 1e6;

    rows.append({QStringLiteral("copy the policies' views from the catalog file"), copyMs, QStringLiteral("ms"),
                 QStringLiteral("%1 ms reading %2 products and building them").arg(readMs + buildMs, 0, 'f', 0).arg(count)});
    rows.append({QStringLiteral("  peak memory, views copied"), copyPeak, QStringLiteral("MiB"), QString()});
    rows.append({QStringLiteral("36 standard policies: check and evaluate"), standardsMs, QStringLiteral("ms"),
                 QStringLiteral("target < 1000 ms; %1 violations").arg(report.violations.size())});
    rows.append({QStringLiteral("  peak memory, standards evaluated"), standardsPeak, QStringLiteral("MiB"), QString()});
    rows.append({QStringLiteral("  again, one rule edited"), againMs, QStringLiteral("ms"),
                 QStringLiteral("%1 violations").arg(again.violations.size())});
    rows.append({QStringLiteral("a saved product's rows made anew"), updateMs, QStringLiteral("ms"),
                 QStringLiteral("%1 ms copying all again").arg(copyMs, 0, 'f', 0)});
    rows.append({QStringLiteral("  then the standards again"), afterSaveMs, QStringLiteral("ms"),
                 QStringLiteral("%1 violations").arg(afterSave.violations.size())});
    rows.append({QStringLiteral("6 access policies: %1 decisions").arg(count * 9), accessMs, QStringLiteral("ms"),
                 QStringLiteral("%1 allowed").arg(allowed)});
    rows.append({QStringLiteral("8 masking policies: %1 column decisions").arg(columns), maskMs, QStringLiteral("ms"),
                 QStringLiteral("%1 masked").arg(masked)});
    rows.append({QStringLiteral("peak memory (with every product read for the reference)"), Bench::peakMemoryMiB(),
                 QStringLiteral("MiB"), QString()});
    Bench::printTable(QStringLiteral("50 policies over %1 products, 20 columns each").arg(count), rows);
    Bench::printBench("governance.views.ms", copyMs, "ms");
    Bench::printBench("governance.standards.ms", standardsMs, "ms");
    Bench::printBench("governance.standards.peak.mib", standardsPeak, "MiB");
    Bench::printBench("governance.access.ms", accessMs, "ms");
    Bench::printBench("governance.masks.ms", maskMs, "ms");
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("--evaluate"))
        return evaluate(args.at(2));
    const int products = args.size() > 1 ? args.at(1).toInt() : 100000;
    // BENCH_CATALOG names a catalog file to keep and use again (generating one takes a minute).
    QTemporaryDir dir;
    const QString kept = qEnvironmentVariable("BENCH_CATALOG");
    const QString file = kept.isEmpty() ? dir.filePath(QStringLiteral("bench.tessera")) : kept;
    if (kept.isEmpty() || !QFileInfo::exists(kept)) {
        QElapsedTimer clock;
        clock.start();
        if (int rc = generateCatalog(file, products))
            return rc;
        std::printf("generated a catalog of %d products in %.1f s\n", products, double(clock.elapsed()) / 1000.0);
        std::fflush(stdout);
    }
    QProcess evaluation;
    evaluation.setProcessChannelMode(QProcess::ForwardedChannels);
    evaluation.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--evaluate"), file});
    evaluation.waitForFinished(-1);
    return evaluation.exitCode();
}
