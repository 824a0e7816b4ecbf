#pragma once

// The preview engine's database: SQLite in memory, where samples are loaded (masked for the
// viewer's role as they are read) and untrusted SQL runs. It runs inside the preview worker
// process (PreviewWorker); tests also use it directly.
//
// Untrusted SQL is prepared under an authorizer that allows reading the loaded samples' tables
// and calling the functions of functions() only: no writes, ATTACH, PRAGMA, recursive queries or
// schema changes. The connection is in defensive mode with tight limits (value length, SQL
// length, expression depth, ...), and a progress handler stops a statement when it is cancelled
// (from any thread) or passes its time limit. Results are copied into tables of their own, so
// their pages can be read in any order and their rows counted without running the query again.

#include "models/core/result.h"
#include "models/governance/policy.h"
#include "models/preview/sampledata.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace Tessera {

struct SampleTableWriter;

// A column the viewer may see only masked.
struct ColumnMask {
    QString column; // as the sample names it (compared without case)
    MaskType mask = MaskType::Mask;
    QString expression; // CUSTOM's
};

struct LoadOptions {
    QString table; // the SQL name wanted; by default the file's base name
    std::optional<SampleFormat> format; // by default from the file's extension
    char delimiter = 0; // CSV; 0 detects it
    BadRows badRows = BadRows::Skip;
    QString sqliteTable; // SQLite: the table to read; may be left out when the file has one
    QList<ColumnMask> masks;
    qint64 maxBytes = qint64(4) << 30;
};

struct LoadedTable {
    QString table; // SQL name
    QString file;
    SampleFormat format = SampleFormat::Csv;
    QList<SampleColumn> columns;
    QList<MaskType> masks; // per column; MaskType::None where the column is shown as it is
    qint64 rows = 0;
    qint64 skipped = 0; // bad rows left out
    QList<BadRow> badRows; // the first 100 of them
    double milliseconds = 0;
};

struct ResultColumn {
    QString name;
    QString type; // a loaded column's type name ("integer"), or empty for computed values
};

struct QueryResult {
    int id = 0; // for fetch(), profile(), exportCsv()
    QList<ResultColumn> columns;
    qint64 rows = 0;
    double milliseconds = 0;
};

// One column's profile over a table or a result.
struct ColumnProfile {
    QString column;
    qint64 rows = 0;
    qint64 nulls = 0;
    qint64 distinct = 0;
    QVariant min, max;
    std::optional<double> mean; // numbers only
    QList<std::pair<QVariant, qint64>> top; // the most frequent values, with their counts
    // Numbers: equal-width bins from min to max; others: empty.
    QList<qint64> histogram;
};

// What a result changed against the table it was made from: rows added, removed and changed,
// matched by key columns (or, without keys, whole rows compared as sets).
struct Comparison {
    // A result of its own: "change" (added, removed, changed), the keys, then each compared
    // column before and after it ("amount (before)", "amount (after)": names of the data, in
    // English; a view translates them).
    QueryResult diff;
    QStringList keys; // as compared; empty: whole rows
    qint64 added = 0;
    qint64 removed = 0;
    qint64 changed = 0;
    qint64 same = 0;
};

// A quality rule as the sandbox measures it on a result.
struct ResultMeasure {
    QString metric; // rowCount, nullValues, missingValues, invalidValues, duplicateValues; empty for a query
    QString column; // as the result names it; empty: the whole result
    QString logicalType; // invalidValues: what a valid value is
    QString query; // an sql rule's: {object} names the result, {column} the column
    QStringList objects; // names the query may also call the result by (the dataset's, its table's)
};

struct Measured {
    std::optional<double> value;
    QString error; // why there is no value
};

class PreviewSandbox
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::PreviewSandbox)

public:
    enum class Stop {
        None,
        Cancelled,
        TimeLimit,
    };

    PreviewSandbox();
    ~PreviewSandbox();
    Q_DISABLE_COPY_MOVE(PreviewSandbox)

    // False (with the reason in openError()) when SQLite could not give a database in memory.
    bool isOpen() const { return m_db != nullptr; }
    QString openError() const { return m_openError; }

    // The functions untrusted SQL may call (lower case).
    static const QStringList &functions();

    // Reads a sample into a table (replacing one of the same name), masking the columns of
    // `options.masks` as their values are read. Nothing is kept of a sample that fails.
    // `progress` (0..1) is called now and then.
    Result<LoadedTable> load(const QString &path, const LoadOptions &options = {},
                             const std::function<void(double)> &progress = {});
    QStringList tables() const;
    void dropTable(const QString &table);

    // Runs one SELECT of untrusted SQL and keeps its rows. `firstPage` is called once with the
    // first `pageSize` rows (or all, when fewer) as soon as they are there; `between` now and then
    // while the rest is copied (the worker answers page requests from it).
    Result<QueryResult> run(const QString &sql, int pageSize = 200,
                            const std::function<void(const QueryResult &, const QList<QVariantList> &)> &firstPage = {},
                            const std::function<void(qint64 rowsSoFar)> &between = {});
    // Rows [offset, offset + count) of a result (also of one still being copied: what is there).
    Result<QList<QVariantList>> fetch(int result, qint64 offset, int count);
    Result<QueryResult> result(int id) const;
    // A profile of each column of a result (bins: the histogram's size for numbers).
    Result<QList<ColumnProfile>> profile(int result, int bins = 10);
    // A result against the loaded table it was made from (see Comparison). Keys are the columns
    // identifying a row, in both; they should be unique in each.
    Result<Comparison> compare(const QString &table, int result, const QStringList &keys);
    // Each measure on a result: a number, or why there is none.
    Result<QList<Measured>> measure(int result, const QList<ResultMeasure> &measures);
    // A result as CSV (RFC 4180, a header row, UTF-8).
    Status exportCsv(int result, const QString &path);
    // The whole database (samples as loaded, that is masked, and results) as a SQLite file.
    Status exportDatabase(const QString &path);

    // Limits for what follows: each statement's time, the memory SQLite may take in all.
    void setTimeLimit(int milliseconds) { m_timeLimitMs = milliseconds; }
    void setMemoryLimit(qint64 bytes);
    // Stops the work running now (or the next, when none runs); safe from any thread. Each load,
    // run and profile clears it when it ends.
    void cancel();
    void clearCancel() { m_cancel = false; }
    // Why the last statement stopped early.
    Stop lastStop() const { return m_stop; }

private:
    static int authorize(void *self, int action, const char *a, const char *b, const char *c, const char *d);
    static int progressHandler(void *self);
    Status exec(const QString &sql);
    // run()'s work; `trusted` SQL is ours (a comparison) and may read results.
    Result<QueryResult> runSelect(const QString &sql, bool trusted, int pageSize,
                                  const std::function<void(const QueryResult &, const QList<QVariantList> &)> &firstPage,
                                  const std::function<void(qint64)> &between);
    Result<QStringList> columnsOf(const QString &table);
    Result<sqlite3_stmt *> prepareTrusted(const QString &sql);
    Error stepError(const QString &what) const;
    void beginWork();
    Result<LoadedTable> loadCsv(const QString &path, const LoadOptions &options, QString table,
                                const std::function<void(double)> &progress);
    Result<LoadedTable> loadJsonLines(const QString &path, const LoadOptions &options, QString table,
                                      const std::function<void(double)> &progress);
    Result<LoadedTable> loadSQLite(const QString &path, const LoadOptions &options, QString table,
                                   const std::function<void(double)> &progress);
    // The table for a sample (replacing one of its name), with its columns' masks compiled
    // (recorded in loaded->masks) and the statement inserting its rows.
    Result<std::unique_ptr<SampleTableWriter>> writeTable(const QString &table, const LoadOptions &options, LoadedTable *loaded);

    sqlite3 *m_db = nullptr;
    QString m_openError;
    QStringList m_tables; // what untrusted SQL may read
    bool m_trusted = false; // our own statements are being prepared
    bool m_ours = false; // a SELECT of ours (a comparison) is running
    QString m_denied; // what the authorizer refused last, in words
    std::atomic<bool> m_cancel{false};
    QDeadlineTimer m_deadline{QDeadlineTimer::Forever}; // a query's; other work has none
    int m_timeLimitMs = 30'000;
    Stop m_stop = Stop::None;
    int m_nextResult = 1;
    QList<QueryResult> m_results; // the last few
};

} // namespace Tessera
