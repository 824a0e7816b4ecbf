#pragma once

#include "models/formats/docnode.h"

#include <QByteArray>

namespace Tessera {

// Writes DocNodes as block-style YAML, keeping key order and types: a string that would read
// back as a number, boolean or null is quoted; multi-line text becomes a literal block.
class YamlWriter
{
public:
    static QByteArray write(const DocNode &document);
    // The comment lines at the top of a YAML text (a file's header), to keep them when rewriting it.
    static QByteArray leadingComments(const QByteArray &text);
};

} // namespace Tessera
