#pragma once

// Generated catalogs for benchmarks: products with realistic names, descriptions, documentation,
// tags, a service level and 20 columns each, words drawn Zipf-like as in real catalogs.
#include "models/catalog/catalogstore.h"

#include <QRandomGenerator>

#include <cmath>

namespace BenchData {

using namespace Tessera;

inline const QStringList vocabulary = [] {
    const char *words[]
        = {"order",     "customer",  "invoice",  "payment", "shipment", "product",  "price",       "discount",    "campaign",
           "click",     "session",   "account",  "ledger",  "revenue",  "refund",   "return",      "warehouse",   "stock",
           "supplier",  "contract",  "employee", "salary",  "ticket",   "incident", "device",      "sensor",      "reading",
           "route",     "vehicle",   "driver",   "booking", "flight",   "hotel",    "review",      "rating",      "basket",
           "checkout",  "coupon",    "loyalty",  "member",  "claim",    "policy",   "premium",     "risk",        "fraud",
           "alert",     "score",     "forecast", "budget",  "cost",     "margin",   "tax",         "currency",    "exchange",
           "region",    "country",   "city",     "store",   "channel",  "partner",  "lead",        "opportunity", "quote",
           "renewal",   "churn",     "usage",    "meter",   "plan",     "tariff",   "energy",      "patient",     "visit",
           "diagnosis", "lab",       "result",   "trial",   "sample",   "batch",    "lot",         "quality",     "defect",
           "machine",   "shift",     "operator", "yield",   "scrap",    "asset",    "maintenance", "work",        "task",
           "project",   "milestone", "release",  "build",   "deploy",   "log",      "event",       "metric",      "trace",
           "span"};
    QStringList list;
    for (const char *w : words)
        list << QString::fromLatin1(w);
    return list;
}();

inline QString word(QRandomGenerator &random)
{
    // Zipf-like: a few words are very common, most are rare, as in real catalogs.
    const double u = random.generateDouble();
    const int index = std::min<int>(int(vocabulary.size()) - 1, int(std::pow(u, 2.2) * vocabulary.size()));
    return vocabulary.at(index);
}

inline Product generate(int n, QRandomGenerator &random)
{
    Product p;
    const QString domain = QStringLiteral("domain%1").arg(n % 25, 2, 10, QLatin1Char('0'));
    const QString a = word(random), b = word(random);
    p.name = a + QLatin1Char('_') + b + QLatin1Char('_') + QString::number(n);
    p.id = domain + QLatin1Char('.') + p.name;
    p.domainId = domain;
    p.title = a.left(1).toUpper() + a.mid(1) + QLatin1Char(' ') + b + QLatin1Char(' ') + QString::number(n);
    p.version = QStringLiteral("1.%1.0").arg(n % 7);
    p.status = ProductStatus(n % 4);
    p.classification = Classification(1 + n % 4);
    p.ownerTeamId = domain + QLatin1String("-team") + QString::number(n % 3);
    p.description = QStringLiteral("%1 of every %2, joined with %3 and %4 for %5 reporting.")
                        .arg(a, b, word(random), word(random), word(random));
    p.documentation
        = QStringLiteral("# %1\n\nBuilt nightly from the %2 and %3 feeds. Owners answer questions about %4 within a day.")
              .arg(p.title, word(random), word(random), word(random));
    p.tags = {word(random), word(random)};
    p.sla = {{QStringLiteral("latency"), QString::number(1 + n % 24), {}, QStringLiteral("h"), {}, {}}};
    Dataset d;
    d.name = p.name;
    d.physicalName = domain + QLatin1Char('.') + p.name;
    d.physicalType = QStringLiteral("table");
    for (int c = 0; c < 20; ++c) {
        Column col;
        // Unique within the dataset, as a schema's columns are; "_id" columns are common.
        col.name = word(random) + QLatin1Char('_') + (c % 3 == 0 ? QStringLiteral("id") : word(random)) + QString::number(c);
        col.logicalType = c % 4 == 0 ? QStringLiteral("integer") : QStringLiteral("string");
        col.description = QStringLiteral("The %1 of the %2").arg(word(random), word(random));
        col.classification = Classification(1 + (n + c) % 4);
        d.columns << col;
    }
    p.datasets = {d};
    return p;
}

} // namespace BenchData
