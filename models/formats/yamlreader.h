#pragma once

#include "models/core/result.h"
#include "models/formats/docnode.h"

#include <QCoreApplication>

namespace Tessera {

// Limits for reading files nobody vetted: a hostile YAML file must fail fast, not eat the machine.
struct ReadLimits {
    qint64 maxBytes = 16 * 1024 * 1024;
    int maxDepth = 64;
    qint64 maxNodes = 1'000'000; // after alias expansion: stops "billion laughs"
};

// Reads YAML (and so JSON) into DocNodes with line and column, typed by the YAML 1.2 core schema.
// Rejects invalid UTF-8, duplicate keys, more than one document and anything over the limits,
// always with file:line:column.
class YamlReader
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::YamlReader)

public:
    static Result<DocNode> parse(const QByteArray &bytes, const QString &fileName, const ReadLimits &limits = {});
    static Result<DocNode> readFile(const QString &path, const ReadLimits &limits = {});

    // Types an unquoted scalar (node.string) as YAML 1.2's core schema does: null, bool, int, float or string.
    static void resolvePlain(DocNode &node);
};

} // namespace Tessera
