#include "models/catalog/presentation.h"

#include <QCoreApplication>
#include <QLocale>

namespace Tessera::Catalog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tessera::Catalog", text);
}

// ODCS units (d, day, days, h, hr, hours, y, yr, years, ...) as their short symbols.
QString unitSymbol(const QString &unit)
{
    const QString u = unit.trimmed().toLower();
    if (u == QLatin1String("ms") || u.startsWith(QLatin1String("millisecond")))
        return QStringLiteral("ms");
    if (u == QLatin1String("s") || u == QLatin1String("sec") || u.startsWith(QLatin1String("second")))
        return QStringLiteral("s");
    if (u == QLatin1String("m") || u == QLatin1String("min") || u.startsWith(QLatin1String("minute")))
        return QStringLiteral("min");
    if (u == QLatin1String("h") || u == QLatin1String("hr") || u.startsWith(QLatin1String("hour")))
        return QStringLiteral("h");
    if (u == QLatin1String("d") || u.startsWith(QLatin1String("day")))
        return QStringLiteral("d");
    if (u == QLatin1String("w") || u.startsWith(QLatin1String("week")))
        return tr("wk");
    if (u == QLatin1String("y") || u == QLatin1String("yr") || u.startsWith(QLatin1String("year")))
        return tr("yr");
    if (u == QLatin1String("percent"))
        return QStringLiteral("%");
    return unit.trimmed();
}

QString amount(const SlaProperty &sla)
{
    // Numbers as the reader's locale writes them (99,5 % in German); anything else verbatim.
    bool isNumber = false;
    const double number = sla.value.toDouble(&isNumber);
    QString value = isNumber ? QLocale().toString(number, 'g', 12) : sla.value.trimmed();
    if (!sla.valueExt.isEmpty())
        value = tr("%1 to %2").arg(value, sla.valueExt.trimmed());
    const QString unit = unitSymbol(sla.unit);
    return unit.isEmpty() ? value : value + QChar(0x202F) /* narrow no-break space */ + unit;
}

} // namespace

QString displayTitle(const Product &product)
{
    return product.title.isEmpty() ? product.name : product.title;
}

QString displayTitle(const ProductSummary &product)
{
    return product.title.isEmpty() ? product.name : product.title;
}

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const QString tag = part.trimmed(); !tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

QString statusName(ProductStatus status)
{
    switch (status) {
    case ProductStatus::Draft:
        return tr("Draft");
    case ProductStatus::Active:
        return tr("Active");
    case ProductStatus::Deprecated:
        return tr("Deprecated");
    case ProductStatus::Retired:
        return tr("Retired");
    }
    return {};
}

QString classificationName(Classification classification)
{
    switch (classification) {
    case Classification::Unspecified:
        return tr("Unclassified");
    case Classification::Public:
        return tr("Public");
    case Classification::Internal:
        return tr("Internal");
    case Classification::Confidential:
        return tr("Confidential");
    case Classification::Restricted:
        return tr("Restricted");
    }
    return {};
}

QString slaText(const SlaProperty &sla)
{
    const QString property = sla.property.trimmed();
    const QString key = property.toLower();
    const QString value = amount(sla);
    QString text;
    if (key == QLatin1String("latency"))
        text = tr("latency ≤ %1").arg(value);
    else if (key == QLatin1String("availability"))
        text = tr("availability %1").arg(value);
    else if (key == QLatin1String("retention"))
        text = tr("kept for %1").arg(value);
    else if (key == QLatin1String("frequency"))
        text = tr("updated every %1").arg(value);
    else if (key == QLatin1String("errorrate"))
        text = tr("error rate ≤ %1").arg(value);
    else if (key == QLatin1String("throughput"))
        text = tr("throughput ≥ %1").arg(value);
    else if (key == QLatin1String("timeofavailability"))
        text = tr("available %1").arg(value);
    else if (key == QLatin1String("generalavailability"))
        text = tr("generally available from %1").arg(value);
    else if (key == QLatin1String("endofsupport"))
        text = tr("supported until %1").arg(value);
    else if (key == QLatin1String("endoflife"))
        text = tr("end of life %1").arg(value);
    else
        text = value.isEmpty() ? property : property + QLatin1Char(' ') + value;
    if (!sla.element.trimmed().isEmpty())
        text = tr("%1 (on %2)").arg(text, sla.element.trimmed());
    return text;
}

namespace {

struct Section {
    const char *field;
    QStringList lines;
};

QList<Section> sections(const Product &p)
{
    auto joined = [](const QStringList &list) {
        return list.join(QLatin1String(", "));
    };
    QList<Section> out;
    out.append({"title", {QLatin1String("title: ") + p.title}});
    out.append({"name", {QLatin1String("name: ") + p.name}});
    out.append({"version", {QLatin1String("version: ") + p.version}});
    out.append({"status", {QLatin1String("status: ") + statusKey(p.status)}});
    out.append({"classification", {QLatin1String("classification: ") + classificationKey(p.classification)}});
    out.append({"domain", {QLatin1String("domain: ") + p.domainId}});
    out.append({"owner", {QLatin1String("owner: ") + p.ownerTeamId}});
    out.append({"tags", {QLatin1String("tags: ") + joined(p.tags)}});
    Section description{"description", {QStringLiteral("description:")}};
    for (const QString &line : p.description.split(QLatin1Char('\n')))
        description.lines.append(QLatin1String("  ") + line);
    out.append(description);
    Section sla{"sla", {QStringLiteral("service levels:")}};
    for (const SlaProperty &s : p.sla)
        sla.lines.append(QLatin1String("  - ") + s.property + QLatin1String(": ") + s.value
                         + (s.valueExt.isEmpty() ? QString() : QLatin1String("..") + s.valueExt)
                         + (s.unit.isEmpty() ? QString() : QLatin1Char(' ') + s.unit)
                         + (s.element.isEmpty() ? QString() : QLatin1String(" on ") + s.element));
    out.append(sla);
    Section schema{"schema", {QStringLiteral("datasets:")}};
    for (const Dataset &d : p.datasets) {
        schema.lines.append(QLatin1String("  ") + d.name + QLatin1String(" (") + d.physicalType + QLatin1Char(' ')
                            + d.physicalName + QLatin1String("): ") + d.description);
        for (const Column &c : d.columns) {
            QStringList flags;
            if (c.primaryKey)
                flags << QStringLiteral("primary key");
            if (c.required)
                flags << QStringLiteral("required");
            if (c.unique)
                flags << QStringLiteral("unique");
            if (c.classification != Classification::Unspecified)
                flags << classificationKey(c.classification);
            if (!c.tags.isEmpty())
                flags << QLatin1Char('#') + c.tags.join(QLatin1String(" #"));
            schema.lines.append(QLatin1String("    ") + c.name + QLatin1String(": ") + c.logicalType
                                + (flags.isEmpty() ? QString() : QLatin1String(" [") + joined(flags) + QLatin1Char(']'))
                                + (c.description.isEmpty() ? QString() : QLatin1String(" — ") + c.description));
        }
    }
    out.append(schema);
    Section quality{"quality", {QStringLiteral("quality:")}};
    auto rule = [](const QString &where, const QualityRule &q) {
        return QLatin1String("  ") + where + QLatin1String(": ") + (q.name.isEmpty() ? q.type : q.name) + QLatin1Char(' ')
            + (q.type == QLatin1String("sql") ? q.query : q.metric) + QLatin1Char(' ') + q.op + QLatin1Char(' ') + q.value;
    };
    for (const Dataset &d : p.datasets) {
        for (const QualityRule &q : d.quality)
            quality.lines.append(rule(d.name, q));
        for (const Column &c : d.columns) {
            for (const QualityRule &q : c.quality)
                quality.lines.append(rule(d.name + QLatin1Char('.') + c.name, q));
        }
    }
    out.append(quality);
    Section inputs{"inputs", {QStringLiteral("inputs:")}};
    for (const InputPort &i : p.inputs)
        inputs.lines.append(QLatin1String("  - ") + i.name + QLatin1String(" <- ")
                            + (i.sourceProductId.isEmpty() ? QStringLiteral("external") : i.sourceProductId)
                            + (i.sourceDataset.isEmpty() ? QString() : QLatin1Char('.') + i.sourceDataset));
    out.append(inputs);
    Section documentation{"documentation", {QStringLiteral("documentation:")}};
    if (!p.documentation.isEmpty()) {
        for (const QString &line : p.documentation.split(QLatin1Char('\n')))
            documentation.lines.append(QLatin1String("  ") + line);
    }
    out.append(documentation);
    return out;
}

} // namespace

QString productText(const Product &product)
{
    QStringList lines;
    for (const Section &s : sections(product))
        lines += s.lines;
    return lines.join(QLatin1Char('\n'));
}

QStringList changedFields(const Product &before, const Product &after)
{
    const QList<Section> a = sections(before);
    const QList<Section> b = sections(after);
    QStringList changed;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).lines != b.at(i).lines)
            changed.append(QString::fromLatin1(a.at(i).field));
    }
    return changed;
}

QString fieldName(const QString &field)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("Tessera::Catalog", "title")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("Tessera::Catalog", "name")},
        {QStringLiteral("version"), QT_TRANSLATE_NOOP("Tessera::Catalog", "version")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("Tessera::Catalog", "status")},
        {QStringLiteral("classification"), QT_TRANSLATE_NOOP("Tessera::Catalog", "classification")},
        {QStringLiteral("domain"), QT_TRANSLATE_NOOP("Tessera::Catalog", "domain")},
        {QStringLiteral("owner"), QT_TRANSLATE_NOOP("Tessera::Catalog", "owner")},
        {QStringLiteral("tags"), QT_TRANSLATE_NOOP("Tessera::Catalog", "tags")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("Tessera::Catalog", "description")},
        {QStringLiteral("sla"), QT_TRANSLATE_NOOP("Tessera::Catalog", "service levels")},
        {QStringLiteral("schema"), QT_TRANSLATE_NOOP("Tessera::Catalog", "schema")},
        {QStringLiteral("quality"), QT_TRANSLATE_NOOP("Tessera::Catalog", "quality rules")},
        {QStringLiteral("inputs"), QT_TRANSLATE_NOOP("Tessera::Catalog", "inputs")},
        {QStringLiteral("documentation"), QT_TRANSLATE_NOOP("Tessera::Catalog", "documentation")},
    };
    const char *name = names.value(field);
    return name ? tr(name) : field;
}

} // namespace Tessera::Catalog
