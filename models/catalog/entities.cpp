#include "models/catalog/entities.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Tessera {

namespace Catalog {

QString statusKey(ProductStatus status)
{
    switch (status) {
    case ProductStatus::Draft:
        return QStringLiteral("draft");
    case ProductStatus::Active:
        return QStringLiteral("active");
    case ProductStatus::Deprecated:
        return QStringLiteral("deprecated");
    case ProductStatus::Retired:
        return QStringLiteral("retired");
    }
    return {};
}

std::optional<ProductStatus> statusFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (ProductStatus s : {ProductStatus::Draft, ProductStatus::Active, ProductStatus::Deprecated, ProductStatus::Retired}) {
        if (k == statusKey(s))
            return s;
    }
    return std::nullopt;
}

QString classificationKey(Classification classification)
{
    switch (classification) {
    case Classification::Unspecified:
        return {};
    case Classification::Public:
        return QStringLiteral("public");
    case Classification::Internal:
        return QStringLiteral("internal");
    case Classification::Confidential:
        return QStringLiteral("confidential");
    case Classification::Restricted:
        return QStringLiteral("restricted");
    }
    return {};
}

std::optional<Classification> classificationFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k.isEmpty())
        return Classification::Unspecified;
    for (Classification c :
         {Classification::Public, Classification::Internal, Classification::Confidential, Classification::Restricted}) {
        if (k == classificationKey(c))
            return c;
    }
    return std::nullopt;
}

QStringList statusKeys()
{
    return {QStringLiteral("draft"), QStringLiteral("active"), QStringLiteral("deprecated"), QStringLiteral("retired")};
}

QStringList classificationKeys()
{
    return {QStringLiteral("public"), QStringLiteral("internal"), QStringLiteral("confidential"), QStringLiteral("restricted")};
}

Classification highestClassification(const Product &product)
{
    Classification result = Classification::Unspecified;
    for (const Dataset &d : product.datasets) {
        for (const Column &c : d.columns)
            result = std::max(result, c.classification);
    }
    return result;
}

QString slug(const QString &text)
{
    QString result = text.trimmed().toLower();
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    result.replace(separators, QStringLiteral("-"));
    while (result.startsWith(QLatin1Char('-')))
        result.remove(0, 1);
    while (result.endsWith(QLatin1Char('-')))
        result.chop(1);
    return result;
}

} // namespace Catalog

namespace {

// Writes only what is set, so the JSON stays small and diffs of audit entries stay readable.
void put(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}
void put(QJsonObject &o, const char *key, bool value)
{
    if (value)
        o.insert(QLatin1String(key), true);
}
void put(QJsonObject &o, const char *key, const QStringList &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), QJsonArray::fromStringList(value));
}
template<typename T, typename F>
void putList(QJsonObject &o, const char *key, const QList<T> &list, F toJson)
{
    if (list.isEmpty())
        return;
    QJsonArray array;
    for (const T &item : list)
        array.append(toJson(item));
    o.insert(QLatin1String(key), array);
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
QStringList strings(const QJsonObject &o, const char *key)
{
    QStringList result;
    const QJsonArray array = o.value(QLatin1String(key)).toArray();
    for (const QJsonValue &v : array)
        result << v.toString();
    return result;
}
template<typename T, typename F>
QList<T> getList(const QJsonObject &o, const char *key, F fromJson)
{
    QList<T> result;
    const QJsonArray array = o.value(QLatin1String(key)).toArray();
    for (const QJsonValue &v : array)
        result << fromJson(v.toObject());
    return result;
}

QJsonObject qualityToJson(const QualityRule &q)
{
    QJsonObject o;
    put(o, "name", q.name);
    put(o, "type", q.type);
    put(o, "metric", q.metric);
    put(o, "operator", q.op);
    put(o, "value", q.value);
    put(o, "query", q.query);
    put(o, "dimension", q.dimension);
    put(o, "severity", q.severity);
    put(o, "description", q.description);
    return o;
}
QualityRule qualityFromJson(const QJsonObject &o)
{
    return {str(o, "name"),  str(o, "type"),      str(o, "metric"),   str(o, "operator"),   str(o, "value"),
            str(o, "query"), str(o, "dimension"), str(o, "severity"), str(o, "description")};
}

QJsonObject columnToJson(const Column &c)
{
    QJsonObject o;
    put(o, "name", c.name);
    put(o, "logicalType", c.logicalType);
    put(o, "physicalType", c.physicalType);
    put(o, "description", c.description);
    put(o, "classification", Catalog::classificationKey(c.classification));
    put(o, "tags", c.tags);
    put(o, "required", c.required);
    put(o, "unique", c.unique);
    put(o, "primaryKey", c.primaryKey);
    putList(o, "quality", c.quality, qualityToJson);
    put(o, "transformSourceObjects", c.transformSources);
    put(o, "transformLogic", c.transformLogic);
    return o;
}
Column columnFromJson(const QJsonObject &o)
{
    Column c;
    c.name = str(o, "name");
    c.logicalType = str(o, "logicalType");
    c.physicalType = str(o, "physicalType");
    c.description = str(o, "description");
    c.classification = Catalog::classificationFromKey(str(o, "classification")).value_or(Classification::Unspecified);
    c.tags = strings(o, "tags");
    c.required = o.value(QLatin1String("required")).toBool();
    c.unique = o.value(QLatin1String("unique")).toBool();
    c.primaryKey = o.value(QLatin1String("primaryKey")).toBool();
    c.quality = getList<QualityRule>(o, "quality", qualityFromJson);
    c.transformSources = strings(o, "transformSourceObjects");
    c.transformLogic = str(o, "transformLogic");
    return c;
}

QJsonObject datasetToJson(const Dataset &d)
{
    QJsonObject o;
    put(o, "name", d.name);
    put(o, "physicalName", d.physicalName);
    put(o, "physicalType", d.physicalType);
    put(o, "server", d.server);
    put(o, "description", d.description);
    put(o, "contractId", d.contractId);
    putList(o, "columns", d.columns, columnToJson);
    putList(o, "quality", d.quality, qualityToJson);
    return o;
}
Dataset datasetFromJson(const QJsonObject &o)
{
    Dataset d;
    d.name = str(o, "name");
    d.physicalName = str(o, "physicalName");
    d.physicalType = str(o, "physicalType");
    d.server = str(o, "server");
    d.description = str(o, "description");
    d.contractId = str(o, "contractId");
    d.columns = getList<Column>(o, "columns", columnFromJson);
    d.quality = getList<QualityRule>(o, "quality", qualityFromJson);
    return d;
}

QJsonObject slaToJson(const SlaProperty &s)
{
    QJsonObject o;
    put(o, "property", s.property);
    put(o, "value", s.value);
    put(o, "valueExt", s.valueExt);
    put(o, "unit", s.unit);
    put(o, "element", s.element);
    put(o, "driver", s.driver);
    return o;
}
SlaProperty slaFromJson(const QJsonObject &o)
{
    return {str(o, "property"), str(o, "value"), str(o, "valueExt"), str(o, "unit"), str(o, "element"), str(o, "driver")};
}

QJsonObject inputToJson(const InputPort &i)
{
    QJsonObject o;
    put(o, "name", i.name);
    put(o, "sourceProductId", i.sourceProductId);
    put(o, "sourceDataset", i.sourceDataset);
    put(o, "contractId", i.contractId);
    return o;
}
InputPort inputFromJson(const QJsonObject &o)
{
    return {str(o, "name"), str(o, "sourceProductId"), str(o, "sourceDataset"), str(o, "contractId")};
}

} // namespace

QJsonObject Product::toJson() const
{
    QJsonObject o;
    put(o, "id", id);
    put(o, "domain", domainId);
    put(o, "name", name);
    put(o, "title", title);
    put(o, "version", version);
    o.insert(QLatin1String("status"), Catalog::statusKey(status));
    put(o, "description", description);
    put(o, "documentation", documentation);
    put(o, "classification", Catalog::classificationKey(classification));
    put(o, "tags", tags);
    put(o, "ownerTeam", ownerTeamId);
    putList(o, "sla", sla, slaToJson);
    putList(o, "datasets", datasets, datasetToJson);
    putList(o, "inputs", inputs, inputToJson);
    if (revision > 0)
        o.insert(QLatin1String("revision"), revision);
    return o;
}

Product Product::fromJson(const QJsonObject &o)
{
    Product p;
    p.id = str(o, "id");
    p.domainId = str(o, "domain");
    p.name = str(o, "name");
    p.title = str(o, "title");
    p.version = str(o, "version");
    p.status = Catalog::statusFromKey(str(o, "status")).value_or(ProductStatus::Draft);
    p.description = str(o, "description");
    p.documentation = str(o, "documentation");
    p.classification = Catalog::classificationFromKey(str(o, "classification")).value_or(Classification::Unspecified);
    p.tags = strings(o, "tags");
    p.ownerTeamId = str(o, "ownerTeam");
    p.sla = getList<SlaProperty>(o, "sla", slaFromJson);
    p.datasets = getList<Dataset>(o, "datasets", datasetFromJson);
    p.inputs = getList<InputPort>(o, "inputs", inputFromJson);
    p.revision = o.value(QLatin1String("revision")).toInt();
    return p;
}

bool Product::sameContent(const Product &other) const
{
    Product a = *this;
    Product b = other;
    for (Product *p : {&a, &b}) {
        p->revision = 0;
        p->updatedAt = {};
        p->updatedBy.clear();
        p->provenance = {};
        p->documents.clear();
    }
    return a == b;
}

} // namespace Tessera
