// The receiver's reading of HTTP requests (HttpRequestReader) and of the event in each body
// (LineageReceiver::eventFrom): any bytes as what one client sends on one connection. The first
// byte says how the rest arrives: in pieces of 1 to 64 bytes, as a network would split it.
// Properties:
// - arriving in pieces or all at once reads the same requests, bodies and refusals;
// - a refusal has an HTTP status the receiver answers with and a message, and is final;
// - a body is never over its limit;
// - an event read has the ids its kind requires; an event refused says why.

#include "fuzzing.h"

#include "models/pipelines/httprequestreader.h"
#include "models/pipelines/lineagereceiver.h"

#include <QList>

using namespace Tessera;

namespace {

// Small limits, so that short inputs reach them.
HttpRequestReader::Rules rules()
{
    HttpRequestReader::Rules r;
    r.path = "/api/v1/lineage";
    r.maxHeaderBytes = 256;
    r.maxBodyBytes = 2048;
    return r;
}

struct Outcome {
    HttpRequestReader::Step::Kind kind;
    int status;
    QByteArray body;
    bool keepAlive;
    bool operator==(const Outcome &) const = default;
};

// Every request and refusal the reader gives while the bytes arrive in pieces of `piece` bytes.
QList<Outcome> read(const QByteArray &stream, qsizetype piece)
{
    HttpRequestReader reader(rules());
    QList<Outcome> outcomes;
    for (qsizetype at = 0; at < stream.size(); at += piece) {
        reader.append(stream.mid(at, piece));
        for (;;) {
            const HttpRequestReader::Step step = reader.next();
            if (step.kind == HttpRequestReader::Step::Kind::NeedMore)
                break;
            if (step.kind == HttpRequestReader::Step::Kind::Refused) {
                static const QList<int> statuses{400, 404, 405, 411, 413, 415, 431, 505};
                FUZZ_CHECK(statuses.contains(step.status), "a refusal has a status the receiver answers with");
                FUZZ_CHECK(!step.message.isEmpty(), "a refusal says why");
                const HttpRequestReader::Step again = reader.next();
                FUZZ_CHECK(again.kind == HttpRequestReader::Step::Kind::Refused && again.status == step.status,
                           "a refusal is final");
                outcomes << Outcome{step.kind, step.status, {}, false};
                return outcomes;
            }
            FUZZ_CHECK(step.body.size() <= rules().maxBodyBytes, "a body is within its limit");
            outcomes << Outcome{step.kind, 0, step.body, step.keepAlive};
        }
    }
    return outcomes;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzzing::start(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype piece = data[0] % 64 + 1;
    const QByteArray stream = Fuzzing::bytes(data + 1, size - 1);
    const QList<Outcome> whole = read(stream, qMax<qsizetype>(stream.size(), 1));
    FUZZ_CHECK(read(stream, piece) == whole, "pieces read as the whole does");
    for (const Outcome &o : whole) {
        if (o.kind != HttpRequestReader::Step::Kind::Request)
            continue;
        const Result<OpenLineageEvent> event = LineageReceiver::eventFrom(o.body);
        if (!event) {
            FUZZ_CHECK(!event.error().message.isEmpty(), "a refused event says why");
            continue;
        }
        if (event->kind == OpenLineageEvent::Kind::Run)
            FUZZ_CHECK(!event->runId.isEmpty(), "a run event has its run's id");
        if (event->kind != OpenLineageEvent::Kind::Dataset)
            FUZZ_CHECK(!event->jobNamespace.isEmpty() && !event->jobName.isEmpty(), "a run or job event names its job");
    }
    return 0;
}
