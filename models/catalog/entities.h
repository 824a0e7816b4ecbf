#pragma once

// The catalog's value types: what a data mesh is made of. Plain data, copied freely; the store
// keeps them, the formats read and write them, the views show them.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tessera {

enum class ProductStatus {
    Draft,
    Active,
    Deprecated,
    Retired,
};

enum class Classification {
    Unspecified,
    Public,
    Internal,
    Confidential,
    Restricted,
};

namespace Catalog {
QString statusKey(ProductStatus status); // "draft", "active", ...
std::optional<ProductStatus> statusFromKey(const QString &key);
QString classificationKey(Classification classification); // "" for Unspecified
std::optional<Classification> classificationFromKey(const QString &key);
QStringList statusKeys();
QStringList classificationKeys();
} // namespace Catalog

struct Product;
namespace Catalog {
// A product is as sensitive as its most sensitive column.
Classification highestClassification(const Product &product);
// "Sales & Marketing" -> "sales-marketing": ids for domains and teams named only by text.
QString slug(const QString &text);
} // namespace Catalog

// A business domain: sales, marketing, logistics...
struct Domain {
    QString id;
    QString name;
    QString description;
    friend bool operator==(const Domain &, const Domain &) = default;
};

struct TeamMember {
    QString username;
    QString name;
    QString role; // owner, steward, engineer, ...
    friend bool operator==(const TeamMember &, const TeamMember &) = default;
};

// The people who own products.
struct Team {
    QString id;
    QString name;
    QString domainId;
    QList<TeamMember> members;
    friend bool operator==(const Team &, const Team &) = default;
};

// One service level: ODCS slaProperties (latency 4 h, availability 99.5 %, ...).
struct SlaProperty {
    QString property;
    QString value;
    QString valueExt;
    QString unit;
    QString element;
    QString driver;
    friend bool operator==(const SlaProperty &, const SlaProperty &) = default;
};

// An ODCS quality rule: a library metric with an operator, or a SQL query.
struct QualityRule {
    QString name;
    QString type; // library, sql, text, custom
    QString metric; // nullValues, missingValues, invalidValues, duplicateValues, rowCount
    QString op; // mustBe, mustNotBe, mustBeGreaterThan, ... (one of the eight)
    QString value; // the operand, as text (a number, or [a, b] for between)
    QString query; // for sql rules
    QString dimension;
    QString severity;
    QString description;
    friend bool operator==(const QualityRule &, const QualityRule &) = default;
};

struct Column {
    QString name;
    QString logicalType;
    QString physicalType;
    QString description;
    Classification classification = Classification::Unspecified;
    QStringList tags;
    bool required = false;
    bool unique = false;
    bool primaryKey = false;
    QList<QualityRule> quality;
    // ODCS transformSourceObjects and transformLogic: what the column is computed from ("sales.orders.amount").
    QStringList transformSources;
    QString transformLogic;
    friend bool operator==(const Column &, const Column &) = default;
};

// A dataset the product offers: an output port with its physical table, topic or file.
struct Dataset {
    QString name;
    QString physicalName;
    QString physicalType; // table, view, topic, file, ...
    QString server;
    QString description;
    QString contractId; // the ODCS contract that describes it, if any
    QList<Column> columns;
    QList<QualityRule> quality;
    friend bool operator==(const Dataset &, const Dataset &) = default;
};

// What a product consumes: another product's dataset (or an external one).
struct InputPort {
    QString name;
    QString sourceProductId; // empty for an external source
    QString sourceDataset;
    QString contractId;
    friend bool operator==(const InputPort &, const InputPort &) = default;
};

// Where a product came from when it was synced from a domain folder.
struct Provenance {
    QString sourceId;
    QString file; // relative to the source's folder
    QString hash; // SHA-256 of the file as read
    QDateTime syncedAt;
    int syncedRevision = 0; // the product's revision right after that sync
    friend bool operator==(const Provenance &, const Provenance &) = default;
};

// A domain folder the catalog takes products from (usually a git checkout of a domain team).
struct Source {
    QString id; // a short name: "sales"
    QString path; // absolute
    QDateTime addedAt;
    QDateTime lastSync;
    QString lastReport; // what the last sync did, for people
    QString addedBy; // who added it (stamped by a team catalog's server): they and the stewards sync it
    friend bool operator==(const Source &, const Source &) = default;
};

// A product's bookkeeping as a source's sync needs it.
struct SourcedProduct {
    QString id;
    int revision = 0;
    QString hash; // of its files at the last sync
    int syncedRevision = 0; // revision right after the last sync; differs once edited in Tessera
};

// A standard file a product was read from (an ODCS contract, an ODPS product file), kept whole
// so that writing the product back starts from it and loses nothing the catalog does not model.
struct SourceDocument {
    QString kind; // "odcs", "odps"
    QString id; // the contract's or product file's own id
    QString file; // where it was read from, relative to its source folder; may be empty
    QByteArray text; // the file as read (UTF-8)
    friend bool operator==(const SourceDocument &, const SourceDocument &) = default;
};

struct Product {
    QString id; // stable: "sales.orders" or the ODPS id
    QString domainId;
    QString name;
    QString title;
    QString version; // the product's own (semantic) version
    ProductStatus status = ProductStatus::Draft;
    QString description;
    QString documentation; // Markdown
    Classification classification = Classification::Unspecified;
    QStringList tags;
    QString ownerTeamId;
    QList<SlaProperty> sla;
    QList<Dataset> datasets;
    QList<InputPort> inputs;
    QList<SourceDocument> documents;
    Provenance provenance;

    // Kept by the store: optimistic concurrency and who touched it last.
    int revision = 0; // 0: never saved
    QDateTime updatedAt;
    QString updatedBy;

    // Everything the content above and its standard files carry, for the audit log and conflict dialogs.
    QJsonObject toJson() const;
    static Product fromJson(const QJsonObject &json);

    // Equal in content; revision, update stamps, provenance and kept documents are bookkeeping
    // and not compared.
    bool sameContent(const Product &other) const;
    friend bool operator==(const Product &, const Product &) = default;
};

} // namespace Tessera
