#include "models/formats/graphexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QXmlStreamWriter>

#include <cmath>

namespace Tessera {

namespace {

QString nodeId(int i)
{
    return QLatin1Char('n') + QString::number(i);
}

// A Graphviz quoted string: backslash and double quote escaped; line breaks as \n.
QString dotQuoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
            out += QLatin1Char('\\');
        if (c == QLatin1Char('\n')) {
            out += QLatin1String("\\n");
            continue;
        }
        if (c == QLatin1Char('\r'))
            continue;
        out += c;
    }
    out += QLatin1Char('"');
    return out;
}

// Mermaid label text inside double quotes: quotes and markup characters as entity codes.
QString mermaidText(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("#quot;");
            break;
        case '#':
            out += QLatin1String("#35;");
            break;
        case '<':
            out += QLatin1String("#lt;");
            break;
        case '>':
            out += QLatin1String("#gt;");
            break;
        case '&':
            out += QLatin1String("#amp;");
            break;
        case '\n':
        case '\r':
            out += QLatin1Char(' ');
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString xmlText(const QString &text)
{
    QString out = text.toHtmlEscaped();
    // Characters XML 1.0 does not allow at all.
    for (QChar &c : out) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t') && c != QLatin1Char('\r'))
            c = QChar(0xfffd);
    }
    return out;
}

QString columnLabel(const ColumnEdge &e)
{
    QString text = (e.fromColumn.isEmpty() ? QStringLiteral("*") : e.fromColumn) + QStringLiteral(" → ")
        + (e.toColumn.isEmpty() ? QStringLiteral("*") : e.toColumn);
    const QString type = e.subtype.isEmpty() ? e.type : e.type + QLatin1Char('/') + e.subtype;
    if (!type.isEmpty())
        text += QStringLiteral(" (") + type + QLatin1Char(')');
    return text;
}

} // namespace

std::optional<GraphExport::Format> GraphExport::formatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("dot") || n == QLatin1String("gv"))
        return Format::Dot;
    if (n == QLatin1String("graphml"))
        return Format::GraphMl;
    if (n == QLatin1String("mermaid") || n == QLatin1String("mmd"))
        return Format::Mermaid;
    if (n == QLatin1String("json"))
        return Format::Json;
    if (n == QLatin1String("svg"))
        return Format::Svg;
    return std::nullopt;
}

QByteArray GraphExport::write(Format format, const LineageGraph &graph, const Options &options,
                              const LayeredLayout::Result *layout)
{
    switch (format) {
    case Format::Dot:
        return dot(graph, options);
    case Format::Mermaid:
        return mermaid(graph, options);
    case Format::Json:
        return json(graph, options);
    case Format::GraphMl:
    case Format::Svg:
        break;
    }
    const LayeredLayout::Result own = layout ? LayeredLayout::Result() : GraphExport::layout(graph);
    const LayeredLayout::Result &drawn = layout ? *layout : own;
    return format == Format::Svg ? svg(graph, drawn, options) : graphMl(graph, options, &drawn);
}

QStringList GraphExport::formatNames()
{
    return {QStringLiteral("dot"), QStringLiteral("graphml"), QStringLiteral("mermaid"), QStringLiteral("svg"),
            QStringLiteral("json")};
}

QString GraphExport::fileSuffix(Format format)
{
    switch (format) {
    case Format::Dot:
        return QStringLiteral("dot");
    case Format::GraphMl:
        return QStringLiteral("graphml");
    case Format::Mermaid:
        return QStringLiteral("mmd");
    case Format::Json:
        return QStringLiteral("json");
    case Format::Svg:
        return QStringLiteral("svg");
    }
    return QString();
}

QString GraphExport::kindName(LineageNode::Kind kind)
{
    switch (kind) {
    case LineageNode::Kind::Dataset:
        return QStringLiteral("dataset");
    case LineageNode::Kind::Job:
        return QStringLiteral("job");
    case LineageNode::Kind::Product:
        return QStringLiteral("product");
    case LineageNode::Kind::Domain:
        return QStringLiteral("domain");
    }
    return QString();
}

QString GraphExport::label(const LineageNode &node)
{
    QStringList context;
    if (node.kind != LineageNode::Kind::Product && node.kind != LineageNode::Kind::Domain && !node.productName.isEmpty()
        && node.productName != node.name)
        context << node.productName;
    if (node.kind != LineageNode::Kind::Domain && !node.domainName.isEmpty())
        context << node.domainName;
    if (node.external && !node.ns.isEmpty())
        context << node.ns;
    return context.isEmpty() ? node.name
                             : node.name + QStringLiteral(" (") + context.join(QStringLiteral(" · ")) + QLatin1Char(')');
}

QSizeF GraphExport::cardSize(const LineageNode &node)
{
    const qsizetype longest = std::max(node.name.size(), node.productName.size() + node.domainName.size() + 3);
    const double width = std::clamp(double(longest) * 7.0 + 28.0, 120.0, 300.0);
    switch (node.kind) {
    case LineageNode::Kind::Job:
        return {std::clamp(double(node.name.size()) * 7.0 + 28.0, 100.0, 260.0), 34};
    case LineageNode::Kind::Dataset:
        return {width, 58};
    case LineageNode::Kind::Product:
    case LineageNode::Kind::Domain:
        return {width, 64};
    }
    return {width, 58};
}

LayeredLayout::Result GraphExport::layout(const LineageGraph &graph)
{
    LayeredLayout::Input input;
    input.sizes.reserve(graph.nodeCount());
    for (const LineageNode &node : graph.nodes())
        input.sizes.append(cardSize(node));
    for (const LineageGraph::Edge &e : graph.edges())
        input.edges.append({e.from, e.to});
    return LayeredLayout::run(input);
}

QByteArray GraphExport::dot(const LineageGraph &graph, const Options &options)
{
    QString out;
    out += QStringLiteral("digraph lineage {\n");
    if (!options.title.isEmpty())
        out += QStringLiteral("  label=%1;\n  labelloc=t;\n").arg(dotQuoted(options.title));
    out += QStringLiteral("  rankdir=LR;\n  node [fontname=\"sans-serif\", fontsize=10];\n  edge [color=\"#7a7a7a\"];\n");
    // Datasets grouped by domain, as clusters.
    QMap<QString, QList<int>> byDomain;
    for (int i = 0; i < graph.nodeCount(); ++i)
        byDomain[graph.node(i).domainName].append(i);
    int cluster = 0;
    for (auto it = byDomain.cbegin(); it != byDomain.cend(); ++it) {
        const bool grouped = !it.key().isEmpty();
        const QString indent = grouped ? QStringLiteral("    ") : QStringLiteral("  ");
        if (grouped)
            out += QStringLiteral("  subgraph cluster_%1 {\n    label=%2;\n    color=\"#c8c8c8\";\n")
                       .arg(cluster++)
                       .arg(dotQuoted(it.key()));
        for (int i : it.value()) {
            const LineageNode &n = graph.node(i);
            const QString shape = n.kind == LineageNode::Kind::Job ? QStringLiteral("box, style=rounded")
                : n.kind == LineageNode::Kind::Dataset
                ? (n.external ? QStringLiteral("cylinder, style=dashed") : QStringLiteral("cylinder"))
                : QStringLiteral("box3d");
            QStringList attributes{QStringLiteral("label=") + dotQuoted(label(n)), QStringLiteral("shape=") + shape,
                                   QStringLiteral("tooltip=") + dotQuoted(n.key)};
            out += indent + nodeId(i) + QStringLiteral(" [") + attributes.join(QStringLiteral(", ")) + QStringLiteral("];\n");
        }
        if (grouped)
            out += QStringLiteral("  }\n");
    }
    for (const LineageGraph::Edge &e : graph.edges())
        out += QStringLiteral("  %1 -> %2;\n").arg(nodeId(e.from), nodeId(e.to));
    if (options.columns) {
        for (const ColumnEdge &e : graph.columnEdges()) {
            out += QStringLiteral("  %1 -> %2 [style=dashed, color=\"#3b7dd8\", constraint=false, label=%3];\n")
                       .arg(nodeId(e.from), nodeId(e.to), dotQuoted(columnLabel(e)));
        }
    }
    out += QStringLiteral("}\n");
    return out.toUtf8();
}

QByteArray GraphExport::graphMl(const LineageGraph &graph, const Options &options, const LayeredLayout::Result *layout)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("schemaLocation"),
                       QStringLiteral("http://graphml.graphdrawing.org/xmlns "
                                      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"));
    struct Key {
        const char *id;
        const char *on;
        const char *name;
        const char *type;
    };
    static const Key nodeKeys[] = {
        {"d_kind", "node", "kind", "string"},
        {"d_label", "node", "label", "string"},
        {"d_name", "node", "name", "string"},
        {"d_key", "node", "key", "string"},
        {"d_product", "node", "product", "string"},
        {"d_product_id", "node", "productId", "string"},
        {"d_domain", "node", "domain", "string"},
        {"d_team", "node", "team", "string"},
        {"d_namespace", "node", "namespace", "string"},
        {"d_qualified", "node", "qualifiedName", "string"},
        {"d_external", "node", "external", "boolean"},
        {"d_columns", "node", "columns", "int"},
        {"d_x", "node", "x", "double"},
        {"d_y", "node", "y", "double"},
        {"e_kind", "edge", "kind", "string"},
        {"e_from_column", "edge", "fromColumn", "string"},
        {"e_to_column", "edge", "toColumn", "string"},
        {"e_type", "edge", "transformationType", "string"},
        {"e_subtype", "edge", "transformationSubtype", "string"},
        {"e_description", "edge", "description", "string"},
        {"e_masking", "edge", "masking", "boolean"},
    };
    for (const Key &k : nodeKeys) {
        xml.writeStartElement(QStringLiteral("key"));
        xml.writeAttribute(QStringLiteral("id"), QLatin1String(k.id));
        xml.writeAttribute(QStringLiteral("for"), QLatin1String(k.on));
        xml.writeAttribute(QStringLiteral("attr.name"), QLatin1String(k.name));
        xml.writeAttribute(QStringLiteral("attr.type"), QLatin1String(k.type));
        xml.writeEndElement();
    }
    auto data = [&](const char *key, const QString &value) {
        if (value.isEmpty())
            return;
        xml.writeStartElement(QStringLiteral("data"));
        xml.writeAttribute(QStringLiteral("key"), QLatin1String(key));
        xml.writeCharacters(value);
        xml.writeEndElement();
    };
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("lineage"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
    if (!options.title.isEmpty()) {
        xml.writeStartElement(QStringLiteral("desc"));
        xml.writeCharacters(options.title);
        xml.writeEndElement();
    }
    for (int i = 0; i < graph.nodeCount(); ++i) {
        const LineageNode &n = graph.node(i);
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), nodeId(i));
        data("d_kind", kindName(n.kind));
        data("d_label", label(n));
        data("d_name", n.name);
        data("d_key", n.key);
        data("d_product", n.productName);
        data("d_product_id", n.productId);
        data("d_domain", n.domainName);
        data("d_team", n.teamName);
        data("d_namespace", n.ns);
        data("d_qualified", n.qualifiedName);
        data("d_external", n.external ? QStringLiteral("true") : QStringLiteral("false"));
        data("d_columns", QString::number(n.columns.size()));
        if (layout && i < layout->centres.size()) {
            data("d_x", QString::number(layout->centres.at(i).x(), 'f', 1));
            data("d_y", QString::number(layout->centres.at(i).y(), 'f', 1));
        }
        xml.writeEndElement();
    }
    int edgeId = 0;
    for (const LineageGraph::Edge &e : graph.edges()) {
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QLatin1Char('e') + QString::number(edgeId++));
        xml.writeAttribute(QStringLiteral("source"), nodeId(e.from));
        xml.writeAttribute(QStringLiteral("target"), nodeId(e.to));
        data("e_kind", QStringLiteral("flow"));
        xml.writeEndElement();
    }
    if (options.columns) {
        for (const ColumnEdge &e : graph.columnEdges()) {
            xml.writeStartElement(QStringLiteral("edge"));
            xml.writeAttribute(QStringLiteral("id"), QLatin1Char('e') + QString::number(edgeId++));
            xml.writeAttribute(QStringLiteral("source"), nodeId(e.from));
            xml.writeAttribute(QStringLiteral("target"), nodeId(e.to));
            data("e_kind", QStringLiteral("column"));
            data("e_from_column", e.fromColumn);
            data("e_to_column", e.toColumn);
            data("e_type", e.type);
            data("e_subtype", e.subtype);
            data("e_description", e.description);
            data("e_masking", e.masking ? QStringLiteral("true") : QStringLiteral("false"));
            xml.writeEndElement();
        }
    }
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    return bytes;
}

QByteArray GraphExport::mermaid(const LineageGraph &graph, const Options &options)
{
    QString out;
    if (!options.title.isEmpty())
        out += QStringLiteral("---\ntitle: \"%1\"\n---\n").arg(mermaidText(options.title));
    out += QStringLiteral("flowchart LR\n");
    QMap<QString, QList<int>> byDomain;
    for (int i = 0; i < graph.nodeCount(); ++i)
        byDomain[graph.node(i).domainName].append(i);
    int group = 0;
    for (auto it = byDomain.cbegin(); it != byDomain.cend(); ++it) {
        const bool grouped = !it.key().isEmpty();
        const QString indent = grouped ? QStringLiteral("    ") : QStringLiteral("  ");
        if (grouped)
            out += QStringLiteral("  subgraph g%1[\"%2\"]\n").arg(group++).arg(mermaidText(it.key()));
        for (int i : it.value()) {
            const LineageNode &n = graph.node(i);
            const QString text = QLatin1Char('"') + mermaidText(label(n)) + QLatin1Char('"');
            switch (n.kind) {
            case LineageNode::Kind::Dataset:
                out += indent + nodeId(i) + QStringLiteral("[(") + text + QStringLiteral(")]\n");
                break;
            case LineageNode::Kind::Job:
                out += indent + nodeId(i) + QStringLiteral("([") + text + QStringLiteral("])\n");
                break;
            case LineageNode::Kind::Product:
            case LineageNode::Kind::Domain:
                out += indent + nodeId(i) + QStringLiteral("[[") + text + QStringLiteral("]]\n");
                break;
            }
        }
        if (grouped)
            out += QStringLiteral("  end\n");
    }
    for (const LineageGraph::Edge &e : graph.edges())
        out += QStringLiteral("  %1 --> %2\n").arg(nodeId(e.from), nodeId(e.to));
    if (options.columns) {
        for (const ColumnEdge &e : graph.columnEdges())
            out += QStringLiteral("  %1 -. \"%2\" .-> %3\n").arg(nodeId(e.from), mermaidText(columnLabel(e)), nodeId(e.to));
    }
    return out.toUtf8();
}

QByteArray GraphExport::json(const LineageGraph &graph, const Options &options)
{
    QJsonArray nodes;
    for (int i = 0; i < graph.nodeCount(); ++i) {
        const LineageNode &n = graph.node(i);
        QJsonObject o{{QStringLiteral("id"), nodeId(i)},
                      {QStringLiteral("key"), n.key},
                      {QStringLiteral("kind"), kindName(n.kind)},
                      {QStringLiteral("name"), n.name}};
        auto put = [&](const char *key, const QString &value) {
            if (!value.isEmpty())
                o.insert(QLatin1String(key), value);
        };
        put("productId", n.productId);
        put("product", n.productName);
        put("domainId", n.domainId);
        put("domain", n.domainName);
        put("team", n.teamName);
        put("namespace", n.ns);
        put("qualifiedName", n.qualifiedName);
        if (n.external)
            o.insert(QStringLiteral("external"), true);
        if (options.columns && !n.columns.isEmpty())
            o.insert(QStringLiteral("columns"), QJsonArray::fromStringList(n.columns));
        nodes.append(o);
    }
    QJsonArray edges;
    for (const LineageGraph::Edge &e : graph.edges())
        edges.append(QJsonObject{{QStringLiteral("from"), nodeId(e.from)}, {QStringLiteral("to"), nodeId(e.to)}});
    QJsonObject root{{QStringLiteral("nodes"), nodes}, {QStringLiteral("edges"), edges}};
    if (options.columns) {
        QJsonArray columns;
        for (const ColumnEdge &e : graph.columnEdges()) {
            QJsonObject o{{QStringLiteral("from"), nodeId(e.from)},
                          {QStringLiteral("fromColumn"), e.fromColumn},
                          {QStringLiteral("to"), nodeId(e.to)},
                          {QStringLiteral("toColumn"), e.toColumn}};
            if (e.job >= 0)
                o.insert(QStringLiteral("job"), nodeId(e.job));
            if (!e.type.isEmpty())
                o.insert(QStringLiteral("type"), e.type);
            if (!e.subtype.isEmpty())
                o.insert(QStringLiteral("subtype"), e.subtype);
            if (!e.description.isEmpty())
                o.insert(QStringLiteral("description"), e.description);
            if (e.masking)
                o.insert(QStringLiteral("masking"), true);
            o.insert(QStringLiteral("source"), e.fromContract ? QStringLiteral("odcs") : QStringLiteral("openlineage"));
            columns.append(o);
        }
        root.insert(QStringLiteral("columnEdges"), columns);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray GraphExport::svg(const LineageGraph &graph, const LayeredLayout::Result &layout, const Options &options)
{
    const double margin = 24;
    const QRectF area = layout.bounds.adjusted(-margin, -margin - (options.title.isEmpty() ? 0 : 24), margin, margin);
    QString out;
    out += QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"%3 %4 %1 %2\" "
                          "font-family=\"sans-serif\" font-size=\"11\">\n")
               .arg(std::ceil(area.width()))
               .arg(std::ceil(area.height()))
               .arg(std::floor(area.left()))
               .arg(std::floor(area.top()));
    if (!options.title.isEmpty())
        out += QStringLiteral("<title>%1</title>\n<text x=\"%2\" y=\"%3\" font-size=\"14\" font-weight=\"bold\">%1</text>\n")
                   .arg(xmlText(options.title))
                   .arg(layout.bounds.left())
                   .arg(layout.bounds.top() - 16);
    out += QStringLiteral("<defs><marker id=\"arrow\" viewBox=\"0 0 8 8\" refX=\"8\" refY=\"4\" markerWidth=\"8\" "
                          "markerHeight=\"8\" orient=\"auto\"><path d=\"M0,0 L8,4 L0,8 z\" fill=\"#8a8a8a\"/></marker></defs>\n");
    out += QStringLiteral("<g fill=\"none\" stroke=\"#8a8a8a\" stroke-width=\"1.2\">\n");
    for (const QPolygonF &route : layout.routes) {
        if (route.size() < 2)
            continue;
        // Straight through the layers, curved in the gaps (as the view draws).
        QString d = QStringLiteral("M%1,%2").arg(route.first().x(), 0, 'f', 1).arg(route.first().y(), 0, 'f', 1);
        for (qsizetype i = 1; i < route.size(); ++i) {
            const QPointF a = route.at(i - 1), b = route.at(i);
            if (qFuzzyCompare(a.y() + 1, b.y() + 1)) {
                d += QStringLiteral(" L%1,%2").arg(b.x(), 0, 'f', 1).arg(b.y(), 0, 'f', 1);
                continue;
            }
            const double mid = (a.x() + b.x()) / 2;
            d += QStringLiteral(" C%1,%2 %3,%4 %5,%6")
                     .arg(mid, 0, 'f', 1)
                     .arg(a.y(), 0, 'f', 1)
                     .arg(mid, 0, 'f', 1)
                     .arg(b.y(), 0, 'f', 1)
                     .arg(b.x(), 0, 'f', 1)
                     .arg(b.y(), 0, 'f', 1);
        }
        out += QStringLiteral("<path d=\"%1\" marker-end=\"url(#arrow)\"/>\n").arg(d);
    }
    out += QStringLiteral("</g>\n");
    for (int i = 0; i < graph.nodeCount() && i < layout.centres.size(); ++i) {
        const LineageNode &n = graph.node(i);
        const QSizeF size = cardSize(n);
        const QRectF r(layout.centres.at(i) - QPointF(size.width() / 2, size.height() / 2), size);
        const bool job = n.kind == LineageNode::Kind::Job;
        const QString fill = job ? QStringLiteral("#f1f1f1") : n.external ? QStringLiteral("#ffffff") : QStringLiteral("#eef4fc");
        const QString stroke = job ? QStringLiteral("#9a9a9a") : QStringLiteral("#3b7dd8");
        out += QStringLiteral("<g><title>%1</title>\n").arg(xmlText(n.key));
        out += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"%5\" fill=\"%6\" stroke=\"%7\"%8/>\n")
                   .arg(r.left(), 0, 'f', 1)
                   .arg(r.top(), 0, 'f', 1)
                   .arg(r.width(), 0, 'f', 1)
                   .arg(r.height(), 0, 'f', 1)
                   .arg(job ? 14 : 6)
                   .arg(fill, stroke, n.external ? QStringLiteral(" stroke-dasharray=\"4 3\"") : QString());
        out += QStringLiteral("<text x=\"%1\" y=\"%2\" font-weight=\"bold\">%3</text>\n")
                   .arg(r.left() + 10, 0, 'f', 1)
                   .arg(job ? r.center().y() + 4 : r.top() + 18, 0, 'f', 1)
                   .arg(xmlText(n.name));
        if (!job) {
            const QString second = n.external ? n.ns : n.productName;
            out += QStringLiteral("<text x=\"%1\" y=\"%2\" fill=\"#555555\">%3</text>\n")
                       .arg(r.left() + 10, 0, 'f', 1)
                       .arg(r.top() + 34, 0, 'f', 1)
                       .arg(xmlText(second));
            out += QStringLiteral("<text x=\"%1\" y=\"%2\" fill=\"#777777\" font-size=\"10\">%3</text>\n")
                       .arg(r.left() + 10, 0, 'f', 1)
                       .arg(r.top() + 49, 0, 'f', 1)
                       .arg(xmlText(n.domainName));
        }
        out += QStringLiteral("</g>\n");
    }
    out += QStringLiteral("</svg>\n");
    return out.toUtf8();
}

} // namespace Tessera
