#pragma once

// What the governance benchmarks share: 50 policies as stewards write them, and a catalog of
// generated products (25 domains, 3 teams each) to evaluate them over.
#include "catalogdata.h"

#include "models/catalog/catalogstore.h"

#include <QRandomGenerator>

namespace BenchPolicies {

using namespace Tessera;
using namespace BenchData;

// 36 standard policies (a dozen conditions, most in a few variants scoped by domain or
// classification, as stewards write them), 8 masking and 6 access policies.
inline QByteArray policyText()
{
    QByteArray yaml = "policies:\n";
    const char *conditions[][2] = {
        {"owner", "owner_team_id IS NOT NULL"},
        {"described", "length(description) >= 20"},
        {"documented", "documentation_length >= %1"},
        {"latency", "latency_hours <= %2"},
        {"has-latency", "EXISTS (SELECT 1 FROM sla s WHERE s.product_id = id AND s.property = 'latency')"},
        {"columns-described",
         "NOT EXISTS (SELECT 1 FROM columns c WHERE c.product_id = id AND trim(coalesce(c.description, '')) = '')"},
        {"snake-case", "name NOT GLOB '*[^a-z0-9_]*'"},
        {"semver", "version GLOB '[0-9]*.[0-9]*.[0-9]*'"},
        {"tagged", "(SELECT count(*) FROM tags t WHERE t.product_id = id) >= 2"},
        {"team-size", "EXISTS (SELECT 1 FROM teams t WHERE t.id = owner_team_id AND t.member_count >= 2)"},
        {"ids-are-integers",
         "NOT EXISTS (SELECT 1 FROM columns c WHERE c.product_id = id AND c.name LIKE '%\\_id%' ESCAPE '\\' "
         "AND c.logical_type NOT IN ('integer', 'string'))"},
        {"restricted-tagged",
         "NOT EXISTS (SELECT 1 FROM columns c WHERE c.product_id = id AND c.classification = 'restricted' AND c.tags = '')"},
    };
    const char *classifications[] = {"public", "internal", "confidential", "restricted"};
    int n = 0;
    for (int variant = 0; variant < 3; ++variant) {
        for (const auto &[name, condition] : conditions) {
            QByteArray text = QByteArray(condition).replace("%1", QByteArray::number(100 + 40 * variant));
            text.replace("%2", QByteArray::number(6 * (variant + 1)));
            yaml += "  - id: " + QByteArray(name) + '-' + QByteArray::number(variant)
                + "\n    kind: standard\n    title: " + QByteArray(name) + " rule " + QByteArray::number(n)
                + "\n    severity: " + (n % 3 == 0 ? "error" : "warning") + "\n";
            if (variant == 1)
                yaml += "    scope: {classification: [" + QByteArray(classifications[n % 4]) + ", "
                    + QByteArray(classifications[(n + 1) % 4]) + "]}\n";
            if (variant == 2)
                yaml += "    scope: {domains: [domain" + QByteArray::number(n % 25).rightJustified(2, '0') + ", domain"
                    + QByteArray::number((n + 7) % 25).rightJustified(2, '0') + "]}\n";
            yaml += "    condition: \"" + text.replace('\\', "\\\\") + "\"\n";
            ++n;
        }
    }
    const char *masks[] = {"MASK_HASH", "MASK_SHOW_LAST_4", "MASK_NULL", "MASK", "MASK_DATE_SHOW_YEAR", "MASK_SHOW_FIRST_4"};
    for (int m = 0; m < 8; ++m) {
        yaml += "  - id: masking-" + QByteArray::number(m) + "\n    kind: masking\n    title: Masking " + QByteArray::number(m)
            + "\n";
        if (m % 2)
            yaml += "    scope: {domains: [domain" + QByteArray::number(m).rightJustified(2, '0') + "]}\n";
        yaml += "    rules:\n      - {roles: analyst, classification: " + QByteArray(classifications[2 + m % 2]) + ", mask: "
            + masks[m % 6] + "}\n      - {roles: [analyst, owner], tags: " + word(*QRandomGenerator::global()).toUtf8()
            + ", mask: " + masks[(m + 1) % 6] + "}\n      - {roles: analyst, columns: customer_id0, mask: MASK_NONE}\n";
    }
    for (int a = 0; a < 6; ++a) {
        yaml += "  - id: access-" + QByteArray::number(a) + "\n    kind: access\n    title: Access " + QByteArray::number(a)
            + "\n    rules:\n      - {roles: [analyst, owner, steward], actions: read}\n";
        yaml += "      - {roles: owner, actions: [edit], domains: [domain" + QByteArray::number(a).rightJustified(2, '0')
            + "]}\n      - {roles: analyst, actions: read, effect: deny, classification: " + classifications[a % 2 ? 3 : 2]
            + "}\n";
    }
    return yaml;
}

inline int generateCatalog(const QString &file, int products)
{
    auto store = CatalogStore::open(CatalogLocation::sqliteFile(file), QStringLiteral("bench"));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
        return 1;
    }
    QRandomGenerator random(20261121);
    QList<Team> teams;
    for (int d = 0; d < 25; ++d) {
        const QString domain = QStringLiteral("domain%1").arg(d, 2, 10, QLatin1Char('0'));
        for (int t = 0; t < 3; ++t) {
            Team team{domain + QLatin1String("-team") + QString::number(t),
                      QStringLiteral("Team %1 of %2").arg(t).arg(domain),
                      domain,
                      {}};
            for (int m = 0; m < t + 1; ++m)
                team.members.append(
                    {QStringLiteral("person%1").arg(m), QStringLiteral("Person %1").arg(m), QStringLiteral("owner")});
            teams << team;
        }
    }
    for (int start = 0; start < products; start += 5000) {
        QList<Product> batch;
        for (int n = start; n < std::min(products, start + 5000); ++n)
            batch << generate(n, random);
        if (Status s = store.value()->importAll({}, start == 0 ? teams : QList<Team>(), batch); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error().toString()));
            return 1;
        }
    }
    return 0;
}

} // namespace BenchPolicies
