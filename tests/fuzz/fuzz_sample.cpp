// The sample loader: any bytes as a CSV file and as a JSON lines file, loaded into the preview
// sandbox with a masked column (as a preview for an analyst loads them), then read back, profiled,
// and read by the simple CSV reader the quality checks and the sample mesh use.
// Properties: a load that fails says why and leaves no table; a load that succeeds gives as many
// rows back as it says it loaded, every one as wide as its columns.

#include "fuzzing.h"

#include "models/preview/csvreader.h"
#include "models/preview/previewsandbox.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Tessera;

namespace {

struct State {
    QTemporaryDir dir;
    PreviewSandbox sandbox;
};

State *state = nullptr;

void load(const QByteArray &bytes, const QString &name)
{
    const QString path = state->dir.filePath(name);
    {
        QFile file(path);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "the sample can be written");
        file.write(bytes);
    }
    LoadOptions options;
    options.table = QStringLiteral("sample");
    options.masks
        = {ColumnMask{QStringLiteral("email"), MaskType::Mask, {}}, ColumnMask{QStringLiteral("id"), MaskType::Hash, {}}};
    const Result<LoadedTable> loaded = state->sandbox.load(path, options);
    if (!loaded) {
        FUZZ_CHECK(!loaded.error().message.isEmpty(), "a refused sample says why");
        FUZZ_CHECK(!state->sandbox.tables().contains(QStringLiteral("sample")), "a refused sample leaves nothing");
        return;
    }
    const Result<QueryResult> all = state->sandbox.run(QStringLiteral("SELECT * FROM sample"));
    FUZZ_CHECK(all.ok(), "a loaded sample can be read");
    FUZZ_CHECK(all->rows == loaded->rows, "every row loaded is read back");
    const Result<QList<QVariantList>> rows = state->sandbox.fetch(all->id, 0, 1000);
    FUZZ_CHECK(rows.ok(), "a result's rows can be fetched");
    for (const QVariantList &row : rows.value())
        FUZZ_CHECK(row.size() == loaded->columns.size(), "every row is as wide as the columns");
    (void)state->sandbox.profile(all->id);
    state->sandbox.dropTable(QStringLiteral("sample"));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzzing::start(argc, argv);
    auto &s = *new State; // never destroyed, as the application (see Fuzzing::start)
    FUZZ_CHECK(s.dir.isValid() && s.sandbox.isOpen(), "the sandbox opens");
    state = &s;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzzing::bytes(data, size);
    load(bytes, QStringLiteral("sample.csv"));
    load(bytes, QStringLiteral("sample.jsonl"));
    const CsvTable table = CsvReader::read(bytes, 1000);
    FUZZ_CHECK(table.rows.size() <= 1000, "the CSV reader stops at the rows asked for");
    (void)table.columns();
    return 0;
}
