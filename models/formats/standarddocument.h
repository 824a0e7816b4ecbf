#pragma once

#include "models/core/result.h"
#include "models/formats/docnode.h"

#include <QCoreApplication>

namespace Tessera {

// A file in one of the standards Tessera speaks, recognised by its content, not its name.
struct StandardDocument {
    enum class Kind {
        Unknown,
        OdcsContract, // Open Data Contract Standard v3
        OdpsProduct, // Open Data Product Standard v1
        DpdsDescriptor, // Data Product Descriptor Specification v1
    };

    Kind kind = Kind::Unknown;
    QString version; // apiVersion, or the DPDS descriptor version
    QString file;
    DocNode root;

    static QString kindName(Kind kind);
};

class Standards
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::Standards)

public:
    // Reads and recognises a file; fails on YAML errors and on content of no known standard.
    static Result<StandardDocument> read(const QString &path);
    static Result<StandardDocument> parse(const QByteArray &bytes, const QString &fileName);
    static StandardDocument::Kind detect(const DocNode &root);

    struct Validation {
        QList<Error> errors; // the document does not meet its standard
        QList<Error> warnings; // it does, with something worth knowing
        bool ok() const { return errors.isEmpty(); }
    };
    // Checks the document against its standard's official JSON Schema. An ODCS contract that says
    // v3.0.x but uses v3.1.0 features (as several upstream examples do) is accepted as v3.1.0,
    // with a warning.
    static Validation validate(const StandardDocument &document, int maxErrors = 50);
};

} // namespace Tessera
