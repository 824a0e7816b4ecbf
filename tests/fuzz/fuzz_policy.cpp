// The policy reader: any bytes as a *.policy.yaml file.
// Properties: every error has a message; a policy kept is whole (it has an id and a name).

#include "fuzzing.h"

#include "models/governance/policy.h"

using namespace Tessera;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzzing::start(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const PolicyDocument document = Policies::parse(Fuzzing::bytes(data, size), QStringLiteral("fuzz.policy.yaml"));
    for (const Error &e : document.errors)
        FUZZ_CHECK(!e.message.isEmpty(), "a refused policy says why");
    for (const Policy &p : document.policies)
        FUZZ_CHECK(!p.id.isEmpty(), "a policy kept has its id");
    return 0;
}
