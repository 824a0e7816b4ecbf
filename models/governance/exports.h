#pragma once

// Masking and access policies for the engines that enforce them: Apache Ranger policy JSON (one
// data mask policy per masked column, one access policy per table) and Unity Catalog SQL (a mask
// function per masked column with ALTER TABLE ... ALTER COLUMN ... SET MASK, GRANT and REVOKE).
// Both are resolved against the catalog: each column and table gets what Decisions decides for
// each role, so the exported rules behave as Tessera's own (the strongest mask, deny wins).

#include "models/governance/decisions.h"

#include <QCoreApplication>

namespace Tessera {

class PolicyExports
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::PolicyExports)

public:
    // Where a dataset's physical name puts it: "mesh.sales.orders" is schema "sales", table
    // "orders"; "sales.orders" the same; a bare name lives in "default".
    struct TableName {
        QString schema;
        QString table;
    };
    static TableName tableOf(const Dataset &dataset);

    // A JSON array of Ranger policies for the service named (a Hive or Trino service).
    static QByteArray ranger(const QList<Policy> &policies, const QList<Product> &products, const QString &service);
    // Unity Catalog SQL for the catalog named.
    static QString unityCatalog(const QList<Policy> &policies, const QList<Product> &products, const QString &catalog);
    // The Unity Catalog (Databricks SQL) expression of a mask over the value v.
    static QString unityMaskExpression(MaskType mask, const QString &customExpression);
};

} // namespace Tessera
