// The OpenLineage reader: any bytes as an event log (JSON lines, or one JSON document), then the
// lineage and the runs the events make, as an import or the receiver would.
// Properties: every error has a message and a line; every event read is in the lineage or runs
// without crashing.

#include "fuzzing.h"

#include "models/formats/openlineage.h"
#include "models/pipelines/runstate.h"

using namespace Tessera;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzzing::start(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const OpenLineage::Read read = OpenLineage::parse(Fuzzing::bytes(data, size), QStringLiteral("fuzz.ndjson"));
    for (const Error &e : read.errors)
        FUZZ_CHECK(!e.message.isEmpty(), "a refused event says why");
    if (read.events.isEmpty())
        return 0;
    (void)OpenLineage::lineageOf(read.events);
    const Run run = Runs::fromEvents(read.events);
    (void)Runs::summaryFacets(run);
    return 0;
}
