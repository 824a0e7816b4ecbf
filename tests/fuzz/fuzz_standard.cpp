// The ODCS / ODPS / DPDS reader: any bytes as a standard document, then (when it is one) its
// validation against the official schema and its mapping onto the catalog, as an import does.
// Properties: every error has a message; a contract that imports is written back as a contract
// that reads and validates again (export never writes what import would refuse).

#include "fuzzing.h"

#include "models/formats/dpds.h"
#include "models/formats/odcs.h"
#include "models/formats/odps.h"
#include "models/formats/standarddocument.h"

using namespace Tessera;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzzing::start(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = Fuzzing::bytes(data, size);
    const Result<StandardDocument> document = Standards::parse(text, QStringLiteral("fuzz.yaml"));
    if (!document) {
        FUZZ_CHECK(!document.error().message.isEmpty(), "a refused document says why");
        return 0;
    }
    const Standards::Validation validation = Standards::validate(document.value());
    for (const Error &e : validation.errors)
        FUZZ_CHECK(!e.message.isEmpty(), "a validation error says what is wrong");
    if (!validation.ok())
        return 0;

    Result<Odcs::Imported> imported = Error();
    switch (document->kind) {
    case StandardDocument::Kind::OdcsContract:
        imported = Odcs::toCatalog(document.value(), text);
        break;
    case StandardDocument::Kind::OdpsProduct:
        imported = Odps::toCatalog(document.value(), text, {});
        break;
    case StandardDocument::Kind::DpdsDescriptor:
        imported = Dpds::toCatalog(document.value(), text);
        break;
    case StandardDocument::Kind::Unknown:
        return 0;
    }
    if (!imported) {
        FUZZ_CHECK(!imported.error().message.isEmpty(), "a refused import says why");
        return 0;
    }
    if (document->kind != StandardDocument::Kind::OdcsContract)
        return 0;
    const QByteArray written = Odcs::toYaml(imported->product, imported->team, imported->domain.name);
    const Result<StandardDocument> again = Standards::parse(written, QStringLiteral("written.yaml"));
    if (!again)
        qFatal("an exported contract does not read again: %s", qPrintable(again.error().toString()));
    const Standards::Validation check = Standards::validate(again.value());
    if (!check.ok())
        qFatal("an exported contract is not valid: %s\n%s", qPrintable(check.errors.first().toString()), written.constData());
    return 0;
}
