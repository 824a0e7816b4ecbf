#pragma once

#include "models/lineage/layeredlayout.h"
#include "models/lineage/lineagegraph.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Tessera {

struct GraphExportOptions {
    bool columns = false; // column-level edges too
    QString title;
};

// A lineage graph written for other tools. Node ids are generated (n0, n1, ... in graph order);
// the real names go into labels and attributes, escaped for each format, so any name is safe.
class GraphExport
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::GraphExport)

public:
    enum class Format {
        Dot, // Graphviz
        GraphMl,
        Mermaid, // flowchart LR
        Json,
        Svg, // as laid out
    };
    using Options = GraphExportOptions;

    static std::optional<Format> formatFromName(const QString &name); // "dot", "graphml", ...
    static QStringList formatNames();
    static QString fileSuffix(Format format);

    // The graph in a format; GraphML and SVG drawn with layout, or laid out with cards if none.
    static QByteArray write(Format format, const LineageGraph &graph, const Options &options = {},
                            const LayeredLayout::Result *layout = nullptr);
    static QByteArray dot(const LineageGraph &graph, const Options &options = {});
    static QByteArray graphMl(const LineageGraph &graph, const Options &options = {},
                              const LayeredLayout::Result *layout = nullptr);
    static QByteArray mermaid(const LineageGraph &graph, const Options &options = {});
    static QByteArray json(const LineageGraph &graph, const Options &options = {});
    // A drawing like the lineage view's, from a layout made with cardSize() for each node.
    static QByteArray svg(const LineageGraph &graph, const LayeredLayout::Result &layout, const Options &options = {});

    // What a node is called in one line: "orders (Orders · Sales)".
    static QString label(const LineageNode &node);
    static QString kindName(LineageNode::Kind kind);
    // The size of a node's card in drawings: wide enough for its name.
    static QSizeF cardSize(const LineageNode &node);
    // Lays the graph out with cards; for exports made without a view.
    static LayeredLayout::Result layout(const LineageGraph &graph);
};

} // namespace Tessera
