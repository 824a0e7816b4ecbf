#include "models/governance/exports.h"

#include "models/governance/catalogviews.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Tessera {

namespace {

const QList<Role> allRoles{Role::Steward, Role::Owner, Role::Analyst};

// A name Unity Catalog takes unquoted: letters, digits and _.
QString identifier(QString text)
{
    for (QChar &c : text) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    return text.toLower();
}

QString quoted(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('`'), QStringLiteral("``"));
    return QLatin1Char('`') + escaped + QLatin1Char('`');
}

// What each role gets for one column: the decision, per role that is masked.
struct ColumnMasks {
    const Product *product = nullptr;
    const Dataset *dataset = nullptr;
    const Column *column = nullptr;
    QList<std::pair<Role, MaskDecision>> masked;
};

QList<ColumnMasks> maskedColumns(const QList<Policy> &policies, const QList<Product> &products)
{
    QList<ColumnMasks> list;
    for (const Product &p : products) {
        for (const Dataset &d : p.datasets) {
            for (const Column &c : d.columns) {
                ColumnMasks masks{&p, &d, &c, {}};
                const ColumnRef ref{p.id, p.domainId, p.tags, d.name, c.name, c.classification, c.tags};
                for (Role role : allRoles) {
                    const MaskDecision decision = Decisions::mask(policies, role, ref);
                    if (decision.masked())
                        masks.masked.append({role, decision});
                }
                if (!masks.masked.isEmpty())
                    list << masks;
            }
        }
    }
    return list;
}

} // namespace

PolicyExports::TableName PolicyExports::tableOf(const Dataset &dataset)
{
    const QString physical = dataset.physicalName.isEmpty() ? dataset.name : dataset.physicalName;
    const QStringList parts = physical.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (parts.size() >= 2)
        return {parts.at(parts.size() - 2), parts.last()};
    return {QStringLiteral("default"), parts.value(0, dataset.name)};
}

QByteArray PolicyExports::ranger(const QList<Policy> &policies, const QList<Product> &products, const QString &service)
{
    QJsonArray out;
    for (const ColumnMasks &m : maskedColumns(policies, products)) {
        const TableName t = tableOf(*m.dataset);
        QJsonArray items;
        QStringList rules;
        for (const auto &[role, decision] : m.masked) {
            QJsonObject info{{QStringLiteral("dataMaskType"), Policies::maskKey(decision.mask)}};
            if (decision.mask == MaskType::Custom)
                info.insert(QStringLiteral("valueExpr"), decision.expression);
            items.append(QJsonObject{{QStringLiteral("accesses"),
                                      QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("select")},
                                                             {QStringLiteral("isAllowed"), true}}}},
                                     {QStringLiteral("roles"), QJsonArray{Roles::key(role)}},
                                     {QStringLiteral("users"), QJsonArray()},
                                     {QStringLiteral("groups"), QJsonArray()},
                                     {QStringLiteral("delegateAdmin"), false},
                                     {QStringLiteral("dataMaskInfo"), info}});
            if (!rules.contains(decision.policyId + QLatin1Char('/') + decision.ruleId))
                rules << decision.policyId + QLatin1Char('/') + decision.ruleId;
        }
        out.append(QJsonObject{
            {QStringLiteral("service"), service},
            {QStringLiteral("name"), QStringLiteral("tessera-mask-%1.%2.%3").arg(t.schema, t.table, m.column->name)},
            {QStringLiteral("policyType"), 1},
            {QStringLiteral("isEnabled"), true},
            {QStringLiteral("isAuditEnabled"), true},
            {QStringLiteral("description"),
             tr("From Tessera: %1 of %2 (%3)").arg(m.column->name, m.product->id, rules.join(QStringLiteral(", ")))},
            {QStringLiteral("resources"),
             QJsonObject{{QStringLiteral("database"), QJsonObject{{QStringLiteral("values"), QJsonArray{t.schema}}}},
                         {QStringLiteral("table"), QJsonObject{{QStringLiteral("values"), QJsonArray{t.table}}}},
                         {QStringLiteral("column"), QJsonObject{{QStringLiteral("values"), QJsonArray{m.column->name}}}}}},
            {QStringLiteral("dataMaskPolicyItems"), items}});
    }
    // Access: per table, who may select (read) and update (edit), and who is denied.
    for (const Product &p : products) {
        QJsonArray allow, deny;
        QStringList rules;
        for (Role role : allRoles) {
            for (const auto &[action, access] : {std::pair{AccessAction::Read, QStringLiteral("select")},
                                                 std::pair{AccessAction::Edit, QStringLiteral("update")}}) {
                const AccessDecision d = Decisions::access(policies, role, action, p);
                if (d.policyId.isEmpty())
                    continue; // nothing said: Ranger denies by default too
                (d.allowed ? allow : deny)
                    .append(QJsonObject{
                        {QStringLiteral("accesses"),
                         QJsonArray{QJsonObject{{QStringLiteral("type"), access}, {QStringLiteral("isAllowed"), true}}}},
                        {QStringLiteral("roles"), QJsonArray{Roles::key(role)}},
                        {QStringLiteral("users"), QJsonArray()},
                        {QStringLiteral("groups"), QJsonArray()},
                        {QStringLiteral("delegateAdmin"), false}});
                if (!rules.contains(d.policyId + QLatin1Char('/') + d.ruleId))
                    rules << d.policyId + QLatin1Char('/') + d.ruleId;
            }
        }
        if (allow.isEmpty() && deny.isEmpty())
            continue;
        QJsonArray tables, schemas;
        for (const Dataset &d : p.datasets) {
            const TableName t = tableOf(d);
            if (!schemas.contains(t.schema))
                schemas.append(t.schema);
            tables.append(t.table);
        }
        if (tables.isEmpty())
            continue;
        out.append(QJsonObject{
            {QStringLiteral("service"), service},
            {QStringLiteral("name"), QStringLiteral("tessera-access-%1").arg(p.id)},
            {QStringLiteral("policyType"), 0},
            {QStringLiteral("isEnabled"), true},
            {QStringLiteral("isAuditEnabled"), true},
            {QStringLiteral("description"), tr("From Tessera: %1 (%2)").arg(p.id, rules.join(QStringLiteral(", ")))},
            {QStringLiteral("resources"),
             QJsonObject{{QStringLiteral("database"), QJsonObject{{QStringLiteral("values"), schemas}}},
                         {QStringLiteral("table"), QJsonObject{{QStringLiteral("values"), tables}}},
                         {QStringLiteral("column"), QJsonObject{{QStringLiteral("values"), QJsonArray{QStringLiteral("*")}}}}}},
            {QStringLiteral("policyItems"), allow},
            {QStringLiteral("denyPolicyItems"), deny}});
    }
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

QString PolicyExports::unityMaskExpression(MaskType mask, const QString &customExpression)
{
    switch (mask) {
    case MaskType::Mask:
        return QStringLiteral("mask(v)");
    case MaskType::ShowLast4:
        return QStringLiteral("concat(repeat('x', greatest(length(v) - 4, 0)), right(v, 4))");
    case MaskType::ShowFirst4:
        return QStringLiteral("concat(left(v, 4), repeat('x', greatest(length(v) - 4, 0)))");
    case MaskType::Hash:
        return QStringLiteral("sha2(v, 256)");
    case MaskType::Null:
        return QStringLiteral("NULL");
    case MaskType::None:
        return QStringLiteral("v");
    case MaskType::DateShowYear:
        return QStringLiteral("CAST(date_trunc('YEAR', CAST(v AS DATE)) AS STRING)");
    case MaskType::Custom: {
        QString expression = customExpression;
        return expression.replace(QLatin1String("{col}"), QLatin1String("v"));
    }
    }
    return QStringLiteral("v");
}

QString PolicyExports::unityCatalog(const QList<Policy> &policies, const QList<Product> &products, const QString &catalog)
{
    QString sql = QStringLiteral("-- ")
        + tr("Masks and grants from Tessera's policies, for the Unity Catalog catalog %1.").arg(catalog) + QStringLiteral("\n-- ")
        + tr("Roles are account groups of the same names.") + QStringLiteral("\n\n");
    const QString functions = quoted(catalog) + QStringLiteral(".tessera_masks");
    sql += QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1;\n\n").arg(functions);
    for (const ColumnMasks &m : maskedColumns(policies, products)) {
        const TableName t = tableOf(*m.dataset);
        const QString function
            = functions + QLatin1Char('.') + identifier(QStringLiteral("%1_%2_%3").arg(t.schema, t.table, m.column->name));
        QStringList cases, rules;
        for (const auto &[role, decision] : m.masked) {
            cases << QStringLiteral("    WHEN is_account_group_member(%1) THEN %2")
                         .arg(CatalogViews::sqlString(Roles::key(role)), unityMaskExpression(decision.mask, decision.expression));
            rules << decision.policyId + QLatin1Char('/') + decision.ruleId;
        }
        rules.removeDuplicates();
        sql += QStringLiteral("-- %1\n").arg(
            tr("%1 of %2, by %3").arg(m.column->name, m.product->id, rules.join(QStringLiteral(", "))));
        sql += QStringLiteral("CREATE OR REPLACE FUNCTION %1(v STRING) RETURNS STRING\nRETURN CASE\n%2\n    ELSE v\nEND;\n")
                   .arg(function, cases.join(QLatin1Char('\n')));
        sql += QStringLiteral("ALTER TABLE %1.%2.%3 ALTER COLUMN %4 SET MASK %5;\n\n")
                   .arg(quoted(catalog), quoted(t.schema), quoted(t.table), quoted(m.column->name), function);
    }
    for (const Product &p : products) {
        QStringList lines;
        for (const Dataset &d : p.datasets) {
            const TableName t = tableOf(d);
            const QString table = QStringLiteral("%1.%2.%3").arg(quoted(catalog), quoted(t.schema), quoted(t.table));
            for (Role role : allRoles) {
                for (const auto &[action, privilege] : {std::pair{AccessAction::Read, QStringLiteral("SELECT")},
                                                        std::pair{AccessAction::Edit, QStringLiteral("MODIFY")}}) {
                    const AccessDecision decision = Decisions::access(policies, role, action, p);
                    if (decision.policyId.isEmpty())
                        continue;
                    // Unity Catalog has no deny: a denied role loses the privilege.
                    lines << (decision.allowed ? QStringLiteral("GRANT %1 ON TABLE %2 TO %3; -- %4")
                                               : QStringLiteral("REVOKE %1 ON TABLE %2 FROM %3; -- %4"))
                                 .arg(privilege, table, quoted(Roles::key(role)),
                                      decision.policyId + QLatin1Char('/') + decision.ruleId);
                }
            }
        }
        if (!lines.isEmpty())
            sql += QStringLiteral("-- %1\n%2\n\n").arg(p.id, lines.join(QLatin1Char('\n')));
    }
    return sql;
}

} // namespace Tessera
