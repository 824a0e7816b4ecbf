#include "models/preview/previewsandbox.h"

#include "models/formats/csvfield.h"
#include "models/formats/jsonscan.h"
#include "models/governance/catalogviews.h"
#include "models/governance/masking.h"
#include "models/governance/qualitychecks.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QScopeGuard>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <charconv>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace Tessera {

namespace {

constexpr int maxBadRowsKept = 100;
constexpr int resultsKept = 8;
constexpr int valueLimit = 16 * 1024 * 1024;

// What a masked column holds: a mask turns values into text, but for these.
ValueType maskedType(MaskType mask, ValueType type)
{
    switch (mask) {
    case MaskType::None:
    case MaskType::Null:
        return type;
    case MaskType::DateShowYear:
        return ValueType::Date;
    default:
        return ValueType::Text;
    }
}

QVariant toVariant(sqlite3_value *value)
{
    switch (sqlite3_value_type(value)) {
    case SQLITE_INTEGER:
        return QVariant::fromValue(qint64(sqlite3_value_int64(value)));
    case SQLITE_FLOAT:
        return sqlite3_value_double(value);
    case SQLITE_TEXT:
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_value_text(value)), sqlite3_value_bytes(value));
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_value_blob(value)), sqlite3_value_bytes(value));
    default:
        return QVariant();
    }
}

// The SQL-side mask functions (mask(x), mask_hash(x), ...): the policies' masks, for queries
// and recipes that want to mask something themselves.
void maskFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto mask = MaskType(reinterpret_cast<quintptr>(sqlite3_user_data(context)));
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const Result<QString> masked = Masking::apply(mask, QString::fromUtf8(text, sqlite3_value_bytes(argv[0])));
    if (!masked || masked.value().isNull()) {
        sqlite3_result_null(context);
        return;
    }
    const QByteArray utf8 = masked.value().toUtf8();
    sqlite3_result_text(context, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

// base64_encode(value), base64_decode(text) and hex_decode(text) (user data 0, 1, 2).
void base64Function(sqlite3_context *context, int, sqlite3_value **argv)
{
    const bool decode = sqlite3_user_data(context) != nullptr;
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const QByteArray in(reinterpret_cast<const char *>(decode ? sqlite3_value_text(argv[0]) : sqlite3_value_blob(argv[0])),
                        sqlite3_value_bytes(argv[0]));
    if (!decode) {
        const QByteArray out = in.toBase64();
        sqlite3_result_text(context, out.constData(), int(out.size()), SQLITE_TRANSIENT);
        return;
    }
    QByteArray bytes;
    if (quintptr(sqlite3_user_data(context)) == 2) { // hex_decode
        const QByteArray digits = in.trimmed();
        const bool hex = digits.size() % 2 == 0 && std::all_of(digits.cbegin(), digits.cend(), [](char c) {
                             return std::isxdigit(static_cast<unsigned char>(c));
                         });
        if (!hex) {
            sqlite3_result_null(context); // not hexadecimal digits: nothing to decode
            return;
        }
        bytes = QByteArray::fromHex(digits);
    } else {
        const auto decoded = QByteArray::fromBase64Encoding(in.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            sqlite3_result_null(context); // not base64: nothing to decode
            return;
        }
        bytes = decoded.decoded;
    }
    // Text when the bytes are UTF-8 text, a blob otherwise.
    if (SampleData::isUtf8(bytes))
        sqlite3_result_text(context, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    else
        sqlite3_result_blob(context, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
}

// tessera_valid(value, logicalType): quality checks' invalidValues (for our own statements).
void validFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto text = [](sqlite3_value *v) {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_value_text(v)), sqlite3_value_bytes(v));
    };
    sqlite3_result_int(context, QualityChecks::isValidValue(text(argv[0]), text(argv[1])) ? 1 : 0);
}

// Records of a CSV file as the scanner found them, passed in chunks from the thread that reads
// the file to the one that inserts them: where each field is in the file (or, for a quoted field
// with doubled quotes, a copy of it unescaped) and the line each record starts on.
struct RecordChunk {
    static constexpr size_t records = 4096;
    struct Ref {
        qint64 at; // offset in the input, or the copy's index
        qint32 size;
        bool quoted;
        bool copy;
    };
    std::vector<Ref> refs;
    std::vector<QByteArray> copies;
    std::vector<qint64> lines;

    void add(const QVarLengthArray<CsvScanner::Field, 16> &fields, qsizetype line, QByteArrayView input)
    {
        const char *begin = input.data();
        const char *end = begin + input.size();
        for (const CsvScanner::Field &f : fields) {
            const char *at = f.bytes.data();
            if (f.bytes.isEmpty() || (at >= begin && at < end)) {
                refs.push_back({f.bytes.isEmpty() ? 0 : qint64(at - begin), qint32(f.bytes.size()), f.quoted, false});
            } else {
                refs.push_back({qint64(copies.size()), qint32(f.bytes.size()), f.quoted, true});
                copies.emplace_back(f.bytes.toByteArray());
            }
        }
        lines.push_back(line);
    }

    void fields(size_t record, qsizetype width, QByteArrayView input, QVarLengthArray<CsvScanner::Field, 16> &out) const
    {
        const Ref *ref = refs.data() + record * size_t(width);
        for (qsizetype i = 0; i < width; ++i, ++ref) {
            const char *data = ref->copy ? copies[size_t(ref->at)].constData() : input.data() + ref->at;
            out[i] = {QByteArrayView(data, ref->size), ref->quoted};
        }
    }
};

// A few chunks between the reading and the inserting thread; either side may stop the other.
class ChunkQueue
{
public:
    bool push(std::unique_ptr<RecordChunk> chunk)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] {
            return m_chunks.size() < capacity || m_stopped;
        });
        if (m_stopped)
            return false;
        m_chunks.push_back(std::move(chunk));
        m_changed.notify_all();
        return true;
    }
    // The next chunk; null once the reader finished and all is taken, or when stopped.
    std::unique_ptr<RecordChunk> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] {
            return !m_chunks.empty() || m_finished || m_stopped;
        });
        if (m_stopped || m_chunks.empty())
            return nullptr;
        std::unique_ptr<RecordChunk> chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_changed.notify_all();
        return chunk;
    }
    void finish()
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }
    void stop()
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

private:
    static constexpr size_t capacity = 16;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<RecordChunk>> m_chunks;
    bool m_finished = false;
    bool m_stopped = false;
};

// A CSV column's candidate types, as bits of ValueType (Boolean .. Timestamp), cleared as values
// rule them out; and the type they leave.
constexpr int csvCandidates = 5;

void narrowTypes(const QVarLengthArray<CsvScanner::Field, 16> &fields, QList<quint8> &possible, QList<bool> &seen)
{
    for (qsizetype i = 0; i < fields.size() && i < possible.size(); ++i) {
        const CsvScanner::Field &f = fields.at(i);
        if (f.isNull() || !possible.at(i))
            continue;
        seen[i] = true;
        quint8 bits = possible.at(i);
        for (int t = 0; t < csvCandidates; ++t) {
            if ((bits & (1 << t)) && !SampleData::fits(f.bytes, ValueType(t)))
                bits &= quint8(~(1 << t));
        }
        possible[i] = bits;
    }
}

ValueType typeOf(quint8 possible, bool seen)
{
    for (int t = 0; t < csvCandidates && seen; ++t) {
        if (possible & (1 << t))
            return ValueType(t);
    }
    return ValueType::Text;
}

// split_part(text, separator, n): the n-th part (from 1) of text cut at each separator, as
// PostgreSQL's; NULL past the last part or for a NULL text.
void splitPartFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[2]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const QByteArrayView text(reinterpret_cast<const char *>(sqlite3_value_text(argv[0])), sqlite3_value_bytes(argv[0]));
    const QByteArrayView separator(reinterpret_cast<const char *>(sqlite3_value_text(argv[1])), sqlite3_value_bytes(argv[1]));
    const sqlite3_int64 n = sqlite3_value_int64(argv[2]);
    if (n < 1) {
        sqlite3_result_null(context);
        return;
    }
    if (separator.isEmpty()) {
        if (n == 1)
            sqlite3_result_text(context, text.data(), int(text.size()), SQLITE_TRANSIENT);
        else
            sqlite3_result_null(context);
        return;
    }
    qsizetype from = 0;
    for (sqlite3_int64 part = 1; part < n; ++part) {
        const qsizetype at = text.indexOf(separator, from);
        if (at < 0) {
            sqlite3_result_null(context);
            return;
        }
        from = at + separator.size();
    }
    const qsizetype end = text.indexOf(separator, from);
    const QByteArrayView part = text.sliced(from, (end < 0 ? text.size() : end) - from);
    sqlite3_result_text(context, part.data(), int(part.size()), SQLITE_TRANSIENT);
}

// A CSV field stored as its column's type (a field the column's mask covers goes through
// SampleTableWriter::bindMasked instead).
int bindField(sqlite3_stmt *insert, int index, const CsvScanner::Field &field, ValueType type)
{
    if (field.isNull())
        return sqlite3_bind_null(insert, index);
    const QByteArrayView v = field.bytes;
    switch (type) {
    case ValueType::Boolean:
        return sqlite3_bind_int(insert, index, (v.at(0) | 0x20) == 't' || (v.at(0) | 0x20) == 'y' ? 1 : 0);
    case ValueType::Integer: {
        qint64 n = 0;
        std::from_chars(v.data() + (v.at(0) == '+' ? 1 : 0), v.data() + v.size(), n);
        return sqlite3_bind_int64(insert, index, n);
    }
    case ValueType::Real: {
        double d = 0;
        std::from_chars(v.data() + (v.at(0) == '+' ? 1 : 0), v.data() + v.size(), d);
        return sqlite3_bind_double(insert, index, d);
    }
    default:
        return sqlite3_bind_text(insert, index, v.data(), int(v.size()), SQLITE_STATIC);
    }
}

// Why a CSV record cannot be read, or an empty string when it can.
QString csvProblem(const QVarLengthArray<CsvScanner::Field, 16> &fields, qsizetype expected)
{
    if (fields.size() != expected)
        return PreviewSandbox::tr("%n field(s) where the header has %1", nullptr, int(fields.size())).arg(expected);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (!SampleData::isUtf8(fields.at(i).bytes))
            return PreviewSandbox::tr("field %1 is not valid UTF-8").arg(i + 1);
        if (fields.at(i).bytes.contains('\0'))
            return PreviewSandbox::tr("field %1 holds the character U+0000 (NUL)").arg(i + 1);
        if (fields.at(i).bytes.size() > valueLimit)
            return PreviewSandbox::tr("field %1 is longer than %2 MB").arg(i + 1).arg(valueLimit >> 20);
    }
    return QString();
}

ValueType sqliteColumnType(const QString &declared)
{
    const QString d = declared.toUpper();
    if (d.contains(QLatin1String("BOOL")))
        return ValueType::Boolean;
    if (d.contains(QLatin1String("INT")))
        return ValueType::Integer;
    if (d.contains(QLatin1String("REAL")) || d.contains(QLatin1String("FLOA")) || d.contains(QLatin1String("DOUB"))
        || d.contains(QLatin1String("NUMERIC")) || d.contains(QLatin1String("DECIMAL")))
        return ValueType::Real;
    if (d.contains(QLatin1String("TIMESTAMP")) || d.contains(QLatin1String("DATETIME")))
        return ValueType::Timestamp;
    if (d.contains(QLatin1String("DATE")))
        return ValueType::Date;
    return ValueType::Text;
}

std::optional<ValueType> jsonType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return std::nullopt;
    case QJsonValue::Bool:
        return ValueType::Boolean;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return std::floor(d) == d && std::abs(d) < 9007199254740992.0 ? ValueType::Integer : ValueType::Real;
    }
    case QJsonValue::String: {
        const QByteArray utf8 = value.toString().toUtf8();
        if (SampleData::fits(utf8, ValueType::Date))
            return ValueType::Date;
        if (SampleData::fits(utf8, ValueType::Timestamp))
            return ValueType::Timestamp;
        return ValueType::Text;
    }
    default:
        return ValueType::Text;
    }
}

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return QString();
    }
}

// The lines of JSON lines: each non-blank one with its 1-based number.
template<typename F>
bool forEachLine(QByteArrayView bytes, F &&f)
{
    qsizetype line = 0, at = 0;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        at = 3;
    while (at < bytes.size()) {
        ++line;
        qsizetype end = bytes.indexOf('\n', at);
        if (end < 0)
            end = bytes.size();
        QByteArrayView text = bytes.sliced(at, end - at);
        if (text.endsWith('\r'))
            text.chop(1);
        at = end + 1;
        if (!text.trimmed().isEmpty() && !f(line, text, double(at) / double(bytes.size())))
            return false;
    }
    return true;
}

} // namespace

// A loaded sample's table being filled: the statement inserting a row, and each column's mask.
struct SampleTableWriter {
    sqlite3_stmt *insert = nullptr;
    QList<std::shared_ptr<CompiledMask>> masks; // null where the column is stored as it is

    ~SampleTableWriter() { sqlite3_finalize(insert); }

    bool masked(qsizetype column) const { return masks.at(column) != nullptr; }

    // Binds a masked column's value (a null QString is null); false, with the mask's error, when
    // the mask cannot be applied.
    bool bindMasked(qsizetype column, const QString &value, QString *error) const
    {
        const Result<QString> shown = masks.at(column)->apply(value);
        if (!shown) {
            *error = shown.error().message;
            return false;
        }
        const int index = int(column + 1);
        if (shown.value().isNull())
            sqlite3_bind_null(insert, index);
        else
            sqlite3_bind_text16(insert, index, shown.value().utf16(), int(shown.value().size() * 2), SQLITE_TRANSIENT);
        return true;
    }
};

PreviewSandbox::PreviewSandbox()
{
    // ":memory:" by name, not SQLITE_OPEN_MEMORY: that flag would pass to the file VACUUM INTO writes.
    if (sqlite3_open_v2(":memory:", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        m_openError = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : tr("out of memory");
        sqlite3_close(m_db);
        m_db = nullptr;
        return;
    }
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DQS_DML, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DQS_DDL, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, valueLimit);
    sqlite3_limit(m_db, SQLITE_LIMIT_SQL_LENGTH, 1'000'000);
    sqlite3_limit(m_db, SQLITE_LIMIT_COLUMN, 2000);
    sqlite3_limit(m_db, SQLITE_LIMIT_EXPR_DEPTH, 200);
    sqlite3_limit(m_db, SQLITE_LIMIT_COMPOUND_SELECT, 50);
    sqlite3_limit(m_db, SQLITE_LIMIT_VDBE_OP, 250'000);
    sqlite3_limit(m_db, SQLITE_LIMIT_FUNCTION_ARG, 32);
    sqlite3_limit(m_db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(m_db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 1000);
    sqlite3_limit(m_db, SQLITE_LIMIT_VARIABLE_NUMBER, 2000);
    sqlite3_limit(m_db, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
    sqlite3_limit(m_db, SQLITE_LIMIT_WORKER_THREADS, 0);
    m_trusted = true;
    sqlite3_exec(m_db, "PRAGMA temp_store = MEMORY", nullptr, nullptr, nullptr); // no temporary files
    m_trusted = false;
    sqlite3_set_authorizer(m_db, authorize, this);
    sqlite3_progress_handler(m_db, 1000, progressHandler, this);
    const std::pair<const char *, MaskType> masks[] = {
        {"mask", MaskType::Mask},
        {"mask_show_last_4", MaskType::ShowLast4},
        {"mask_show_first_4", MaskType::ShowFirst4},
        {"mask_hash", MaskType::Hash},
        {"mask_null", MaskType::Null},
        {"mask_date_show_year", MaskType::DateShowYear},
    };
    for (const auto &[name, mask] : masks) {
        sqlite3_create_function_v2(m_db, name, 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                   reinterpret_cast<void *>(quintptr(mask)), maskFunction, nullptr, nullptr, nullptr);
    }
    sqlite3_create_function_v2(m_db, "base64_encode", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                               base64Function, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(m_db, "base64_decode", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                               reinterpret_cast<void *>(quintptr(1)), base64Function, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(m_db, "hex_decode", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                               reinterpret_cast<void *>(quintptr(2)), base64Function, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(m_db, "tessera_valid", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                               validFunction, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(m_db, "split_part", 3, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                               splitPartFunction, nullptr, nullptr, nullptr);
}

PreviewSandbox::~PreviewSandbox()
{
    sqlite3_close_v2(m_db);
}

const QStringList &PreviewSandbox::functions()
{
    // Pure functions of their arguments: nothing that reads or writes outside the database,
    // loads code or makes a large value out of nothing (zeroblob, randomblob, printf's widths:
    // SQLite gives NULL where printf would pass the length limit, so it is left out).
    static const QStringList list = [] {
        QStringList names{
            // aggregates and window functions
            QStringLiteral("avg"), QStringLiteral("count"), QStringLiteral("group_concat"), QStringLiteral("string_agg"),
            QStringLiteral("max"), QStringLiteral("min"), QStringLiteral("sum"), QStringLiteral("total"),
            QStringLiteral("row_number"), QStringLiteral("rank"), QStringLiteral("dense_rank"), QStringLiteral("percent_rank"),
            QStringLiteral("cume_dist"), QStringLiteral("ntile"), QStringLiteral("lag"), QStringLiteral("lead"),
            QStringLiteral("first_value"), QStringLiteral("last_value"), QStringLiteral("nth_value"),
            // text
            QStringLiteral("char"), QStringLiteral("concat"), QStringLiteral("concat_ws"), QStringLiteral("glob"),
            QStringLiteral("hex"), QStringLiteral("instr"), QStringLiteral("length"), QStringLiteral("like"),
            QStringLiteral("lower"), QStringLiteral("ltrim"), QStringLiteral("octet_length"), QStringLiteral("quote"),
            QStringLiteral("replace"), QStringLiteral("rtrim"), QStringLiteral("soundex"), QStringLiteral("substr"),
            QStringLiteral("substring"), QStringLiteral("trim"), QStringLiteral("unhex"), QStringLiteral("unicode"),
            QStringLiteral("upper"),
            // values
            QStringLiteral("abs"), QStringLiteral("coalesce"), QStringLiteral("ifnull"), QStringLiteral("iif"),
            QStringLiteral("if"), QStringLiteral("likelihood"), QStringLiteral("likely"), QStringLiteral("nullif"),
            QStringLiteral("round"), QStringLiteral("sign"), QStringLiteral("typeof"), QStringLiteral("unlikely"),
            QStringLiteral("random"),
            // numbers
            QStringLiteral("ceil"), QStringLiteral("ceiling"), QStringLiteral("floor"), QStringLiteral("trunc"),
            QStringLiteral("exp"), QStringLiteral("ln"), QStringLiteral("log"), QStringLiteral("log10"), QStringLiteral("log2"),
            QStringLiteral("mod"), QStringLiteral("pi"), QStringLiteral("pow"), QStringLiteral("power"), QStringLiteral("sqrt"),
            // dates
            QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("datetime"), QStringLiteral("julianday"),
            QStringLiteral("unixepoch"), QStringLiteral("strftime"), QStringLiteral("timediff"),
            // JSON (JSON lines samples keep nested values as JSON text)
            QStringLiteral("json"), QStringLiteral("json_array"), QStringLiteral("json_array_length"),
            QStringLiteral("json_extract"), QStringLiteral("json_object"), QStringLiteral("json_quote"),
            QStringLiteral("json_type"), QStringLiteral("json_valid"), QStringLiteral("json_group_array"),
            QStringLiteral("json_group_object"),
            // Tessera's own
            QStringLiteral("mask"), QStringLiteral("mask_show_last_4"), QStringLiteral("mask_show_first_4"),
            QStringLiteral("mask_hash"), QStringLiteral("mask_null"), QStringLiteral("mask_date_show_year"),
            QStringLiteral("base64_encode"), QStringLiteral("base64_decode"), QStringLiteral("hex_decode"),
            QStringLiteral("split_part")};
        names.sort();
        return names;
    }();
    return list;
}

int PreviewSandbox::authorize(void *data, int action, const char *a, const char *b, const char *c, const char *)
{
    auto *self = static_cast<PreviewSandbox *>(data);
    if (self->m_trusted || self->m_ours)
        return SQLITE_OK;
    const auto text = [](const char *s) {
        return QString::fromUtf8(s ? s : "");
    };
    switch (action) {
    case SQLITE_SELECT:
        return SQLITE_OK;
    case SQLITE_READ:
        // A table none of whose columns are used is named without its database.
        if ((!c || text(c) == QLatin1String("main")) && self->m_tables.contains(text(a), Qt::CaseInsensitive))
            return SQLITE_OK;
        self->m_denied = tr("reading %1, which is not a loaded sample").arg(text(a));
        return SQLITE_DENY;
    case SQLITE_FUNCTION:
        if (functions().contains(text(b).toLower()))
            return SQLITE_OK;
        self->m_denied = tr("the function %1()").arg(text(b));
        return SQLITE_DENY;
    case SQLITE_RECURSIVE:
        self->m_denied = tr("a recursive query");
        return SQLITE_DENY;
    case SQLITE_PRAGMA:
        self->m_denied = tr("PRAGMA %1").arg(text(a));
        return SQLITE_DENY;
    case SQLITE_ATTACH:
    case SQLITE_DETACH:
        self->m_denied = tr("attaching a database");
        return SQLITE_DENY;
    case SQLITE_INSERT:
    case SQLITE_UPDATE:
    case SQLITE_DELETE:
        self->m_denied = tr("changing data");
        return SQLITE_DENY;
    case SQLITE_TRANSACTION:
    case SQLITE_SAVEPOINT:
        self->m_denied = tr("a transaction");
        return SQLITE_DENY;
    default:
        self->m_denied = tr("a statement that is not a query");
        return SQLITE_DENY;
    }
}

int PreviewSandbox::progressHandler(void *data)
{
    auto *self = static_cast<PreviewSandbox *>(data);
    if (self->m_cancel.load(std::memory_order_relaxed)) {
        self->m_stop = Stop::Cancelled;
        return 1;
    }
    if (self->m_deadline.hasExpired()) {
        self->m_stop = Stop::TimeLimit;
        return 1;
    }
    return 0;
}

void PreviewSandbox::cancel()
{
    m_cancel = true;
}

void PreviewSandbox::setMemoryLimit(qint64 bytes)
{
    sqlite3_hard_heap_limit64(bytes);
}

void PreviewSandbox::beginWork()
{
    m_stop = Stop::None;
    m_denied.clear();
    m_deadline = QDeadlineTimer(m_timeLimitMs);
}

Status PreviewSandbox::exec(const QString &sql)
{
    m_trusted = true;
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    m_trusted = false;
    if (rc == SQLITE_OK)
        return Ok{};
    const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
    sqlite3_free(message);
    return Error(text);
}

Result<sqlite3_stmt *> PreviewSandbox::prepareTrusted(const QString &sql)
{
    m_trusted = true;
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &statement, nullptr);
    m_trusted = false;
    if (rc != SQLITE_OK)
        return Error(QString::fromUtf8(sqlite3_errmsg(m_db)));
    return statement;
}

Error PreviewSandbox::stepError(const QString &what) const
{
    switch (m_stop) {
    case Stop::Cancelled:
        return Error(tr("%1 was cancelled.").arg(what));
    case Stop::TimeLimit:
        return Error(tr("%1 was stopped: it ran past the time limit of %n second(s).", nullptr, m_timeLimitMs / 1000).arg(what));
    case Stop::None:
        break;
    }
    const int code = sqlite3_errcode(m_db);
    if (code == SQLITE_TOOBIG)
        return Error(tr("%1 was stopped: a value grew past the limit of %2 MB.").arg(what).arg(valueLimit >> 20));
    if (code == SQLITE_NOMEM)
        return Error(tr("%1 was stopped: it needed more memory than a preview may take.").arg(what));
    return Error(tr("%1 failed: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(m_db))));
}

QStringList PreviewSandbox::tables() const
{
    return m_tables;
}

void PreviewSandbox::dropTable(const QString &table)
{
    for (const QString &t : std::as_const(m_tables)) {
        if (t.compare(table, Qt::CaseInsensitive) == 0) {
            (void)exec(QLatin1String("DROP TABLE IF EXISTS ") + CatalogViews::sqlName(t));
            m_tables.removeAll(t);
            return;
        }
    }
}

Result<std::unique_ptr<SampleTableWriter>> PreviewSandbox::writeTable(const QString &table, const LoadOptions &options,
                                                                      LoadedTable *loaded)
{
    auto writer = std::make_unique<SampleTableWriter>();
    writer->masks = QList<std::shared_ptr<CompiledMask>>(loaded->columns.size());
    loaded->masks = QList<MaskType>(loaded->columns.size(), MaskType::None);
    for (const ColumnMask &mask : options.masks) {
        for (qsizetype i = 0; i < loaded->columns.size(); ++i) {
            if (loaded->columns.at(i).name.compare(mask.column, Qt::CaseInsensitive) != 0 || mask.mask == MaskType::None)
                continue;
            auto compiled = CompiledMask::compile(mask.mask, mask.expression);
            if (!compiled)
                return compiled.error();
            writer->masks[i] = compiled.value();
            loaded->masks[i] = mask.mask;
        }
    }
    QStringList definitions;
    for (qsizetype i = 0; i < loaded->columns.size(); ++i) {
        const SampleColumn &c = loaded->columns.at(i);
        definitions << CatalogViews::sqlName(c.identifier) + QLatin1Char(' ')
                + SampleData::typeName(maskedType(loaded->masks.at(i), c.type)).toUpper();
    }
    if (Status s = exec(QLatin1String("DROP TABLE IF EXISTS ") + CatalogViews::sqlName(table)); !s)
        return s.error();
    if (Status s = exec(QLatin1String("CREATE TABLE ") + CatalogViews::sqlName(table) + QLatin1String(" (")
                        + definitions.join(QLatin1String(", ")) + QLatin1Char(')'));
        !s)
        return s.error();
    const QStringList placeholders(loaded->columns.size(), QStringLiteral("?"));
    auto insert = prepareTrusted(QLatin1String("INSERT INTO ") + CatalogViews::sqlName(table) + QLatin1String(" VALUES (")
                                 + placeholders.join(QLatin1Char(',')) + QLatin1Char(')'));
    if (!insert)
        return insert.error();
    writer->insert = insert.value();
    return writer;
}

Result<LoadedTable> PreviewSandbox::load(const QString &path, const LoadOptions &options,
                                         const std::function<void(double)> &progress)
{
    auto clearCancel = qScopeGuard([this] {
        m_cancel = false;
    });
    if (!m_db)
        return Error(m_openError);
    const QFileInfo info(path);
    if (!info.isFile())
        return Error(tr("There is no file %1.").arg(QDir::toNativeSeparators(path)));
    if (info.size() > options.maxBytes)
        return Error(tr("The sample is %L1 bytes; samples over %L2 bytes are not read.").arg(info.size()).arg(options.maxBytes))
            .at(path);
    QStringList others = m_tables;
    const QString wanted = options.table.isEmpty() ? info.completeBaseName() : options.table;
    for (const QString &t : std::as_const(m_tables)) {
        if (t.compare(SampleData::identifier(wanted, {}), Qt::CaseInsensitive) == 0)
            others.removeAll(t); // replaced
    }
    const QString table = SampleData::identifier(wanted, others);
    beginWork();
    m_deadline = QDeadlineTimer(QDeadlineTimer::Forever); // a load runs until it is done or cancelled
    QElapsedTimer clock;
    clock.start();
    if (Status s = exec(QStringLiteral("BEGIN")); !s)
        return s.error();
    auto rollback = qScopeGuard([this] {
        (void)exec(QStringLiteral("ROLLBACK"));
    });
    Result<LoadedTable> loaded = Error(QString());
    switch (options.format.value_or(SampleData::formatOf(path))) {
    case SampleFormat::Csv:
        loaded = loadCsv(path, options, table, progress);
        break;
    case SampleFormat::JsonLines:
        loaded = loadJsonLines(path, options, table, progress);
        break;
    case SampleFormat::SQLite:
        loaded = loadSQLite(path, options, table, progress);
        break;
    }
    if (!loaded)
        return loaded;
    if (Status s = exec(QStringLiteral("COMMIT")); !s)
        return s.error();
    rollback.dismiss();
    m_tables = others;
    m_tables << table;
    LoadedTable done = std::move(loaded).value();
    done.table = table;
    done.file = path;
    done.milliseconds = double(clock.nsecsElapsed()) / 1e6;
    for (qsizetype i = 0; i < done.columns.size(); ++i)
        done.columns[i].type = maskedType(done.masks.at(i), done.columns.at(i).type);
    return done;
}

Result<LoadedTable> PreviewSandbox::loadCsv(const QString &path, const LoadOptions &options, QString table,
                                            const std::function<void(double)> &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("Cannot read the sample: %1").arg(file.errorString())).at(path);
    QByteArray read;
    QByteArrayView bytes;
    if (file.size() > 0) {
        if (uchar *mapped = file.map(0, file.size()))
            bytes = QByteArrayView(reinterpret_cast<const char *>(mapped), file.size());
        else
            bytes = read = file.readAll(); // not a plain file: read it instead
    }
    LoadedTable loaded;
    loaded.format = SampleFormat::Csv;
    QVarLengthArray<CsvScanner::Field, 16> fields;
    QString problem;

    // The header.
    CsvScanner scanner(bytes, options.delimiter);
    if (!scanner.next(fields, &problem))
        return Error(tr("The sample is empty: a CSV sample starts with a header row.")).at(path, 1, 1);
    if (!problem.isEmpty())
        return Error(tr("The header row cannot be read: %1").arg(problem)).at(path, int(scanner.line()));
    QStringList taken;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (!SampleData::isUtf8(fields.at(i).bytes))
            return Error(tr("The header row is not valid UTF-8 in field %1.").arg(i + 1)).at(path, int(scanner.line()));
        SampleColumn column;
        column.name = QString::fromUtf8(fields.at(i).bytes).trimmed();
        column.identifier = SampleData::identifier(column.name, taken);
        taken << column.identifier;
        loaded.columns << column;
    }
    const qsizetype width = fields.size();

    // The columns' types guessed from the first records: the table is made with them, and rows go
    // in while a thread of its own reads the whole file (its bad rows and the types all its
    // values allow). Should the whole file allow other types than the guess, the rows are
    // inserted again with those.
    QList<quint8> guessBits(width, quint8((1 << csvCandidates) - 1));
    QList<bool> guessSeen(width, false);
    {
        CsvScanner head(bytes, scanner.delimiter());
        head.next(fields, &problem); // the header
        problem.clear();
        for (int n = 0; n < 20'000 && head.next(fields, &problem);) {
            if (problem.isEmpty() && csvProblem(fields, width).isEmpty()) {
                narrowTypes(fields, guessBits, guessSeen);
                ++n;
            }
            problem.clear();
        }
    }
    QList<ValueType> guessed;
    for (qsizetype i = 0; i < width; ++i) {
        guessed << typeOf(guessBits.at(i), guessSeen.at(i));
        loaded.columns[i].type = guessed.last();
    }
    auto writer = writeTable(table, options, &loaded);
    if (!writer)
        return writer.error();
    QString maskError;
    // One record into the table, its fields bound as their columns' types (masked where the viewer
    // may not see them).
    const auto insert = [&](SampleTableWriter *w, const auto &record, qsizetype line) -> Status {
        for (qsizetype i = 0; i < width; ++i) {
            const CsvScanner::Field &f = record[i];
            if (w->masked(i)) {
                if (!w->bindMasked(i, f.isNull() ? QString() : QString::fromUtf8(f.bytes), &maskError))
                    return Error(maskError).at(path, int(line));
            } else if (bindField(w->insert, int(i + 1), f, loaded.columns.at(i).type) != SQLITE_OK) {
                return stepError(tr("Loading the sample"));
            }
        }
        if (sqlite3_step(w->insert) != SQLITE_DONE)
            return stepError(tr("Loading the sample")).at(path, int(line));
        sqlite3_reset(w->insert);
        ++loaded.rows;
        return Ok{};
    };

    QList<quint8> possible(width, quint8((1 << csvCandidates) - 1));
    QList<bool> seen(width, false);
    QSet<qsizetype> bad; // the lines where bad records start
    ChunkQueue queue;
    std::optional<Error> readError;
    std::atomic<double> readSoFar{0.0};
    std::thread reader([&] {
        QVarLengthArray<CsvScanner::Field, 16> record;
        QString why;
        auto chunk = std::make_unique<RecordChunk>();
        qint64 records = 0;
        while (scanner.next(record, &why)) {
            if (++records % 4096 == 0) {
                readSoFar = scanner.progress();
                if (m_cancel) {
                    readError = Error(tr("Loading the sample was cancelled."));
                    break;
                }
            }
            if (why.isEmpty())
                why = csvProblem(record, width);
            if (!why.isEmpty()) {
                if (options.badRows == BadRows::Stop) {
                    readError = Error(tr("Row %L1 cannot be read: %2").arg(records).arg(why)).at(path, int(scanner.line()));
                    break;
                }
                if (loaded.badRows.size() < maxBadRowsKept)
                    loaded.badRows.append({scanner.line(), why});
                ++loaded.skipped;
                bad.insert(scanner.line());
                why.clear();
                continue;
            }
            narrowTypes(record, possible, seen);
            chunk->add(record, scanner.line(), bytes);
            if (chunk->lines.size() == RecordChunk::records) {
                if (!queue.push(std::move(chunk)))
                    return; // the inserting side stopped
                chunk = std::make_unique<RecordChunk>();
            }
        }
        if (!readError && !chunk->lines.empty())
            queue.push(std::move(chunk));
        if (readError)
            queue.stop();
        queue.finish();
    });
    std::optional<Error> insertError;
    {
        QVarLengthArray<CsvScanner::Field, 16> record(width);
        while (auto chunk = queue.pop()) {
            if (m_cancel) {
                insertError = Error(tr("Loading the sample was cancelled."));
                break;
            }
            if (progress)
                progress(0.95 * readSoFar);
            for (size_t r = 0; r < chunk->lines.size() && !insertError; ++r) {
                chunk->fields(r, width, bytes, record);
                if (Status s = insert(writer.value().get(), record, chunk->lines[r]); !s)
                    insertError = s.error();
            }
            if (insertError)
                break;
        }
        if (insertError)
            queue.stop();
    }
    reader.join();
    if (readError)
        return *readError;
    if (insertError)
        return *insertError;

    // The whole file allows other types than the first records did: the rows again, with those.
    bool same = true;
    for (qsizetype i = 0; i < width; ++i) {
        loaded.columns[i].type = typeOf(possible.at(i), seen.at(i));
        same = same && loaded.columns.at(i).type == guessed.at(i);
    }
    if (!same) {
        loaded.rows = 0;
        writer = writeTable(table, options, &loaded);
        if (!writer)
            return writer.error();
        CsvScanner rows(bytes, scanner.delimiter());
        rows.next(fields, &problem); // the header
        qint64 records = 0;
        while (rows.next(fields, &problem)) {
            if (++records % 4096 == 0) {
                if (m_cancel)
                    return Error(tr("Loading the sample was cancelled."));
                if (progress)
                    progress(0.95 + 0.05 * rows.progress());
            }
            if (!problem.isEmpty() || (!bad.isEmpty() && bad.contains(rows.line()))) {
                problem.clear();
                continue; // counted by the reader
            }
            if (Status s = insert(writer.value().get(), fields, rows.line()); !s)
                return s.error();
        }
    }
    if (progress)
        progress(1.0);
    return loaded;
}

Result<LoadedTable> PreviewSandbox::loadJsonLines(const QString &path, const LoadOptions &options, QString table,
                                                  const std::function<void(double)> &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("Cannot read the sample: %1").arg(file.errorString())).at(path);
    const QByteArray bytes = file.readAll();
    LoadedTable loaded;
    loaded.format = SampleFormat::JsonLines;
    QHash<QString, qsizetype> index;
    QList<std::optional<ValueType>> types;
    QSet<qsizetype> bad;
    std::optional<Error> stop;

    const auto parse = [&](qsizetype line, QByteArrayView text, QJsonObject *object) -> bool {
        QString problem;
        int column = 1;
        if (!SampleData::isUtf8(text)) {
            problem = tr("not valid UTF-8");
        } else {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size()), &error);
            if (error.error != QJsonParseError::NoError) {
                problem = tr("not valid JSON: %1").arg(error.errorString());
                column = error.offset + 1;
            } else if (!document.isObject()) {
                problem = tr("a line of JSON lines holds one object");
            } else if (const JsonScan scan = scanJson(text); !scan.problems.isEmpty()) {
                problem = scan.problems.first().message;
                column = int(scan.problems.first().at) + 1;
            } else {
                *object = document.object();
                return true;
            }
        }
        if (options.badRows == BadRows::Stop) {
            stop = Error(tr("Line %L1 cannot be read: %2").arg(line).arg(problem)).at(path, int(line), column);
        } else {
            if (loaded.badRows.size() < maxBadRowsKept)
                loaded.badRows.append({line, problem});
            ++loaded.skipped;
            bad.insert(line);
        }
        return false;
    };

    const bool scanned = forEachLine(bytes, [&](qsizetype line, QByteArrayView text, double done) {
        if (line % 4096 == 0) {
            if (m_cancel)
                return false;
            if (progress)
                progress(0.4 * done);
        }
        QJsonObject object;
        if (!parse(line, text, &object))
            return !stop;
        // New keys become columns in the order the line writes them (QJsonObject sorts them).
        QStringList fresh;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!index.contains(it.key()))
                fresh << it.key();
        }
        if (fresh.size() > 1) {
            const auto written = [&](const QString &key) {
                const qsizetype at = text.indexOf(QByteArray('"' + key.toUtf8() + '"'));
                return at < 0 ? text.size() : at;
            };
            std::stable_sort(fresh.begin(), fresh.end(), [&](const QString &a, const QString &b) {
                return written(a) < written(b);
            });
        }
        for (const QString &key : std::as_const(fresh)) {
            index.insert(key, loaded.columns.size());
            SampleColumn column;
            column.name = key;
            loaded.columns << column;
            types << std::nullopt;
        }
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const qsizetype at = index.value(it.key());
            if (const auto type = jsonType(it.value()))
                types[at] = types.at(at) ? SampleData::widen(*types.at(at), *type) : *type;
        }
        return true;
    });
    if (stop)
        return *stop;
    if (!scanned)
        return Error(tr("Loading the sample was cancelled."));
    if (loaded.columns.isEmpty())
        return Error(tr("The sample has no values: each line of JSON lines is an object.")).at(path, 1, 1);
    QStringList taken;
    for (qsizetype i = 0; i < loaded.columns.size(); ++i) {
        loaded.columns[i].identifier = SampleData::identifier(loaded.columns.at(i).name, taken);
        loaded.columns[i].type = types.at(i).value_or(ValueType::Text);
        taken << loaded.columns.at(i).identifier;
    }
    const auto writer = writeTable(table, options, &loaded);
    if (!writer)
        return writer.error();
    sqlite3_stmt *statement = writer.value()->insert;
    std::optional<Error> failed;
    const bool stored = forEachLine(bytes, [&](qsizetype line, QByteArrayView text, double done) {
        if (line % 4096 == 0) {
            if (m_cancel)
                return false;
            if (progress)
                progress(0.4 + 0.6 * done);
        }
        if (bad.contains(line))
            return true;
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size()), &error).object();
        for (qsizetype i = 0; i < loaded.columns.size(); ++i) {
            const QJsonValue value = object.value(loaded.columns.at(i).name);
            const int at = int(i + 1);
            if (writer.value()->masked(i)) {
                QString maskError;
                if (!writer.value()->bindMasked(i, value.isNull() || value.isUndefined() ? QString() : jsonText(value),
                                                &maskError)) {
                    failed = Error(maskError).at(path, int(line));
                    return false;
                }
                continue;
            }
            if (value.isNull() || value.isUndefined()) {
                sqlite3_bind_null(statement, at);
                continue;
            }
            switch (loaded.columns.at(i).type) {
            case ValueType::Boolean:
                sqlite3_bind_int(statement, at, value.toBool() ? 1 : 0);
                break;
            case ValueType::Integer:
                sqlite3_bind_int64(statement, at, value.toInteger());
                break;
            case ValueType::Real:
                sqlite3_bind_double(statement, at, value.toDouble());
                break;
            default: {
                const QByteArray utf8 = jsonText(value).toUtf8();
                sqlite3_bind_text(statement, at, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            }
            }
        }
        if (sqlite3_step(statement) != SQLITE_DONE) {
            failed = stepError(tr("Loading the sample")).at(path, int(line));
            return false;
        }
        sqlite3_reset(statement);
        ++loaded.rows;
        return true;
    });
    if (failed)
        return *failed;
    if (!stored)
        return Error(tr("Loading the sample was cancelled."));
    return loaded;
}

Result<LoadedTable> PreviewSandbox::loadSQLite(const QString &path, const LoadOptions &options, QString table,
                                               const std::function<void(double)> &progress)
{
    // The file is untrusted too: read only, nothing of its schema run (no triggers, views or
    // functions of its own), and every table name taken from its own list.
    sqlite3 *source = nullptr;
    const QByteArray name = QFile::encodeName(path);
    auto close = qScopeGuard([&source] {
        sqlite3_close_v2(source);
    });
    if (sqlite3_open_v2(name.constData(), &source, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return Error(tr("Cannot open the SQLite file: %1").arg(QString::fromUtf8(sqlite3_errmsg(source)))).at(path);
    sqlite3_db_config(source, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(source, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(source, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(source, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_limit(source, SQLITE_LIMIT_LENGTH, valueLimit);
    const auto query = [&](const char *sql, const QString &bound, auto &&row) -> Status {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(source, sql, -1, &statement, nullptr) != SQLITE_OK)
            return Error(tr("Cannot read the SQLite file: %1").arg(QString::fromUtf8(sqlite3_errmsg(source)))).at(path);
        const QByteArray utf8 = bound.toUtf8();
        if (!bound.isNull())
            sqlite3_bind_text(statement, 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
        int rc;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
            row(statement);
        sqlite3_finalize(statement);
        if (rc != SQLITE_DONE)
            return Error(tr("Cannot read the SQLite file: %1").arg(QString::fromUtf8(sqlite3_errmsg(source)))).at(path);
        return Ok{};
    };
    QStringList names;
    if (Status s = query("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                         "ORDER BY name",
                         QString(),
                         [&](sqlite3_stmt *s) {
                             names << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
                         });
        !s)
        return s.error();
    QString chosen;
    for (const QString &n : std::as_const(names)) {
        if (n.compare(options.sqliteTable, Qt::CaseInsensitive) == 0)
            chosen = n;
    }
    if (chosen.isEmpty() && options.sqliteTable.isEmpty() && names.size() == 1)
        chosen = names.first();
    if (chosen.isEmpty()) {
        if (names.isEmpty())
            return Error(tr("The SQLite file has no tables.")).at(path);
        return Error(options.sqliteTable.isEmpty() ? tr("The SQLite file has %1 tables; say which to read: %2.")
                                                         .arg(names.size())
                                                         .arg(names.join(QLatin1String(", ")))
                                                   : tr("The SQLite file has no table “%1”; it has %2.")
                                                         .arg(options.sqliteTable, names.join(QLatin1String(", "))))
            .at(path);
    }
    LoadedTable loaded;
    loaded.format = SampleFormat::SQLite;
    QStringList taken;
    if (Status s = query("SELECT name, type FROM pragma_table_info(?1) ORDER BY cid", chosen,
                         [&](sqlite3_stmt *s) {
                             SampleColumn column;
                             column.name = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
                             column.identifier = SampleData::identifier(column.name, taken);
                             column.type
                                 = sqliteColumnType(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 1))));
                             taken << column.identifier;
                             loaded.columns << column;
                         });
        !s)
        return s.error();
    const auto writer = writeTable(table, options, &loaded);
    if (!writer)
        return writer.error();
    sqlite3_stmt *statement = writer.value()->insert;
    qint64 total = 0;
    const QString counting = CatalogViews::sqlName(chosen);
    (void)query(QStringLiteral("SELECT count(*) FROM %1").arg(counting).toUtf8().constData(), QString(), [&](sqlite3_stmt *s) {
        total = sqlite3_column_int64(s, 0);
    });
    std::optional<Error> failed;
    const Status read
        = query(QStringLiteral("SELECT * FROM %1").arg(counting).toUtf8().constData(), QString(), [&](sqlite3_stmt *s) {
              if (failed)
                  return;
              if (m_cancel) {
                  failed = Error(tr("Loading the sample was cancelled."));
                  return;
              }
              for (int i = 0; i < loaded.columns.size(); ++i) {
                  if (!writer.value()->masked(i)) {
                      sqlite3_bind_value(statement, i + 1, sqlite3_column_value(s, i));
                      continue;
                  }
                  const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s, i));
                  QString maskError;
                  if (!writer.value()->bindMasked(i, text ? QString::fromUtf8(text, sqlite3_column_bytes(s, i)) : QString(),
                                                  &maskError)) {
                      failed = Error(maskError).at(path);
                      return;
                  }
              }
              if (sqlite3_step(statement) != SQLITE_DONE)
                  failed = stepError(tr("Loading the sample"));
              sqlite3_reset(statement);
              if (++loaded.rows % 4096 == 0 && progress && total > 0)
                  progress(double(loaded.rows) / double(total));
          });
    if (failed)
        return *failed;
    if (!read)
        return read.error();
    return loaded;
}

Result<QueryResult> PreviewSandbox::run(const QString &sql, int pageSize,
                                        const std::function<void(const QueryResult &, const QList<QVariantList> &)> &firstPage,
                                        const std::function<void(qint64)> &between)
{
    // SQLite would read only up to it: what follows would be shown but never run.
    if (const qsizetype nul = sql.indexOf(QChar(0)); nul >= 0)
        return Error(tr("The query holds the character U+0000 (NUL) at position %1; remove it.").arg(nul + 1));
    return runSelect(sql, false, pageSize, firstPage, between);
}

Result<QueryResult>
PreviewSandbox::runSelect(const QString &sql, bool trusted, int pageSize,
                          const std::function<void(const QueryResult &, const QList<QVariantList> &)> &firstPage,
                          const std::function<void(qint64)> &between)
{
    auto clearCancel = qScopeGuard([this] {
        m_cancel = false;
    });
    if (!m_db)
        return Error(m_openError);
    beginWork();
    QElapsedTimer clock;
    clock.start();
    const QByteArray utf8 = sql.toUtf8();
    if (utf8.size() > sqlite3_limit(m_db, SQLITE_LIMIT_SQL_LENGTH, -1))
        return Error(tr("The query is longer than %L1 bytes.").arg(sqlite3_limit(m_db, SQLITE_LIMIT_SQL_LENGTH, -1)));
    sqlite3_stmt *statement = nullptr;
    const char *tail = nullptr;
    // Ours for as long as it runs: SQLite prepares a statement again when the schema changed
    // (the result's table is made after it was prepared), asking the authorizer again.
    m_ours = trusted;
    auto notOurs = qScopeGuard([this] {
        m_ours = false;
    });
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &statement, &tail);
    auto finalize = qScopeGuard([&statement] {
        sqlite3_finalize(statement);
    });
    if (rc != SQLITE_OK) {
        if (!m_denied.isEmpty())
            return Error(tr("A preview only reads the samples: %1 is not allowed.").arg(m_denied));
        Error error(tr("The query cannot be run: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
        if (const int offset = sqlite3_error_offset(m_db); offset >= 0) {
            const QByteArrayView before = QByteArrayView(utf8).first(offset);
            const qsizetype lineStart = before.lastIndexOf('\n') + 1;
            error.at(tr("query"), int(before.count('\n')) + 1, int(QString::fromUtf8(before.sliced(lineStart)).size()) + 1);
        }
        if (sqlite3_errcode(m_db) == SQLITE_TOOBIG)
            return Error(tr("The query is too large or nested too deeply."));
        return error;
    }
    if (!statement)
        return Error(tr("There is nothing to run: the query is empty."));
    if (tail && *tail) {
        sqlite3_stmt *more = nullptr;
        const int moreRc = sqlite3_prepare_v2(m_db, tail, -1, &more, nullptr);
        sqlite3_finalize(more);
        if (moreRc != SQLITE_OK || more)
            return Error(tr("Run one statement at a time: a preview runs a single SELECT."));
    }
    if (!sqlite3_stmt_readonly(statement))
        return Error(tr("A preview only reads the samples: the statement would change something."));

    QueryResult result;
    result.id = m_nextResult++;
    const int width = sqlite3_column_count(statement);
    QStringList columns;
    for (int i = 0; i < width; ++i) {
        const char *type = sqlite3_column_decltype(statement, i);
        const auto known = type ? SampleData::typeFromName(QString::fromUtf8(type).toLower()) : std::nullopt;
        result.columns.append(
            {QString::fromUtf8(sqlite3_column_name(statement, i)), known ? SampleData::typeName(*known) : QString()});
        columns << QLatin1Char('c') + QString::number(i);
    }
    const QString name = QLatin1Char('r') + QString::number(result.id);
    if (Status s = exec(QStringLiteral("BEGIN")); !s)
        return s.error();
    auto rollback = qScopeGuard([this] {
        (void)exec(QStringLiteral("ROLLBACK"));
    });
    if (Status s = exec(QLatin1String("CREATE TABLE ") + name + QLatin1String(" (") + columns.join(QLatin1String(", "))
                        + QLatin1Char(')'));
        !s)
        return s.error();
    QStringList placeholders(width, QStringLiteral("?"));
    auto insert = prepareTrusted(QLatin1String("INSERT INTO ") + name + QLatin1String(" VALUES (")
                                 + placeholders.join(QLatin1Char(',')) + QLatin1Char(')'));
    if (!insert)
        return insert.error();
    auto finalizeInsert = qScopeGuard([statement = insert.value()] {
        sqlite3_finalize(statement);
    });
    m_results.append(result); // visible to fetch() while it fills
    auto forget = qScopeGuard([this, id = result.id] {
        m_results.removeIf([id](const QueryResult &r) {
            return r.id == id;
        });
    });
    QList<QVariantList> page;
    bool pageSent = false;
    int step;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        for (int i = 0; i < width; ++i)
            sqlite3_bind_value(insert.value(), i + 1, sqlite3_column_value(statement, i));
        if (sqlite3_step(insert.value()) != SQLITE_DONE)
            return stepError(tr("The query"));
        sqlite3_reset(insert.value());
        ++result.rows;
        m_results.last().rows = result.rows;
        if (!pageSent && page.size() < pageSize) {
            QVariantList row;
            row.reserve(width);
            for (int i = 0; i < width; ++i)
                row << toVariant(sqlite3_column_value(statement, i));
            page << row;
            if (page.size() == pageSize) {
                pageSent = true;
                if (firstPage)
                    firstPage(result, page);
            }
        }
        if (result.rows % 10'000 == 0 && between)
            between(result.rows);
    }
    if (step != SQLITE_DONE)
        return stepError(tr("The query"));
    if (Status s = exec(QStringLiteral("COMMIT")); !s)
        return s.error();
    rollback.dismiss();
    forget.dismiss();
    result.milliseconds = double(clock.nsecsElapsed()) / 1e6;
    m_results.last() = result;
    m_deadline = QDeadlineTimer(QDeadlineTimer::Forever);
    if (!pageSent && firstPage)
        firstPage(result, page);
    while (m_results.size() > resultsKept) {
        (void)exec(QLatin1String("DROP TABLE IF EXISTS r") + QString::number(m_results.first().id));
        m_results.removeFirst();
    }
    return result;
}

Result<QStringList> PreviewSandbox::columnsOf(const QString &table)
{
    // The names a SELECT * gives: read from the prepared statement, nothing run.
    auto select = prepareTrusted(QStringLiteral("SELECT * FROM %1").arg(CatalogViews::sqlName(table)));
    if (!select)
        return select.error();
    QStringList columns;
    for (int i = 0; i < sqlite3_column_count(select.value()); ++i)
        columns << QString::fromUtf8(sqlite3_column_name(select.value(), i));
    sqlite3_finalize(select.value());
    return columns;
}

Result<Comparison> PreviewSandbox::compare(const QString &table, int id, const QStringList &keys)
{
    const auto after = result(id);
    if (!after)
        return after.error();
    QString before;
    for (const QString &t : std::as_const(m_tables)) {
        if (t.compare(table, Qt::CaseInsensitive) == 0)
            before = t;
    }
    if (before.isEmpty())
        return Error(tr("There is no table %1 to compare with.").arg(table));
    const auto beforeColumns = columnsOf(before);
    if (!beforeColumns)
        return beforeColumns.error();
    const auto q = &CatalogViews::sqlName;
    // The result's columns by name (its table calls them c0, c1, ...).
    auto afterColumn = [&](const QString &name) -> QString {
        for (int i = 0; i < after->columns.size(); ++i) {
            if (after->columns.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
                return QLatin1String("a.c") + QString::number(i);
        }
        return QString();
    };
    for (const QString &k : keys) {
        if (!beforeColumns->contains(k, Qt::CaseInsensitive) || afterColumn(k).isEmpty())
            return Error(tr("The key %1 is not a column of both %2 and the result.").arg(k, before));
    }
    QStringList common, beforeOnly, afterOnly; // without the keys
    for (const QString &c : *beforeColumns) {
        if (keys.contains(c, Qt::CaseInsensitive))
            continue;
        (afterColumn(c).isEmpty() ? beforeOnly : common) << c;
    }
    for (const ResultColumn &c : after->columns) {
        if (!keys.contains(c.name, Qt::CaseInsensitive) && !beforeColumns->contains(c.name, Qt::CaseInsensitive))
            afterOnly << c.name;
    }
    const QString afterTable = QLatin1Char('r') + QString::number(id);
    const QString b = QLatin1String("b.");
    QString sql;
    Comparison comparison;
    comparison.keys = keys;
    if (keys.isEmpty()) {
        // Whole rows, as sets: what only one side has.
        QStringList beforeItems, afterItems, names;
        for (const QString &c : std::as_const(common)) {
            beforeItems << q(c);
            afterItems << afterColumn(c).mid(2) + QLatin1String(" AS ") + q(c);
            names << q(c);
        }
        if (names.isEmpty())
            return Error(tr("The result has no column of %1 to compare.").arg(before));
        const QString beforeRows = QStringLiteral("SELECT %1 FROM %2").arg(beforeItems.join(QStringLiteral(", ")), q(before));
        const QString afterRows = QStringLiteral("SELECT %1 FROM %2").arg(afterItems.join(QStringLiteral(", ")), afterTable);
        sql = QStringLiteral("SELECT 'removed' AS change, * FROM (%1 EXCEPT %2) UNION ALL SELECT 'added', * FROM (%2 EXCEPT %1)")
                  .arg(beforeRows, afterRows);
        const auto diff = runSelect(sql, true, 0, {}, {});
        if (!diff)
            return diff.error();
        comparison.diff = diff.value();
        auto same = prepareTrusted(QStringLiteral("SELECT count(*) FROM (%1 INTERSECT %2)").arg(beforeRows, afterRows));
        if (!same)
            return same.error();
        if (sqlite3_step(same.value()) == SQLITE_ROW)
            comparison.same = sqlite3_column_int64(same.value(), 0);
        sqlite3_finalize(same.value());
    } else {
        QStringList match;
        for (const QString &k : keys)
            match << b + q(k) + QLatin1String(" IS ") + afterColumn(k);
        const QString matched = match.join(QStringLiteral(" AND "));
        // Indexes on the keys: matching is a lookup, not a scan per row.
        QStringList beforeKeys, afterKeys;
        for (const QString &k : keys) {
            beforeKeys << q(k);
            afterKeys << afterColumn(k).mid(2);
        }
        (void)exec(QStringLiteral("CREATE INDEX tessera_compare_before ON %1 (%2)").arg(q(before), beforeKeys.join(u", "_s)));
        (void)exec(QStringLiteral("CREATE INDEX tessera_compare_after ON %1 (%2)").arg(afterTable, afterKeys.join(u", "_s)));
        auto dropIndexes = qScopeGuard([this] {
            (void)exec(QStringLiteral("DROP INDEX IF EXISTS tessera_compare_before"));
            (void)exec(QStringLiteral("DROP INDEX IF EXISTS tessera_compare_after"));
        });
        // Each side's items: the keys, then each compared column before and after it.
        auto items = [&](bool hasBefore, bool hasAfter) {
            QStringList out;
            for (const QString &k : keys)
                out << (hasBefore ? b + q(k) : afterColumn(k)) + QLatin1String(" AS ") + q(k);
            for (const QString &c : std::as_const(common)) {
                out << (hasBefore ? b + q(c) : u"NULL"_s) + QLatin1String(" AS ") + q(c + u" (before)"_s);
                out << (hasAfter ? afterColumn(c) : u"NULL"_s) + QLatin1String(" AS ") + q(c + u" (after)"_s);
            }
            for (const QString &c : std::as_const(beforeOnly))
                out << (hasBefore ? b + q(c) : u"NULL"_s) + QLatin1String(" AS ") + q(c + u" (before)"_s);
            for (const QString &c : std::as_const(afterOnly))
                out << (hasAfter ? afterColumn(c) : u"NULL"_s) + QLatin1String(" AS ") + q(c + u" (after)"_s);
            return out.join(QStringLiteral(", "));
        };
        QStringList differs;
        for (const QString &c : std::as_const(common))
            differs << b + q(c) + QLatin1String(" IS NOT ") + afterColumn(c);
        sql = QStringLiteral("SELECT 'removed' AS change, %1 FROM %2 AS b WHERE NOT EXISTS (SELECT 1 FROM %3 AS a WHERE %4) "
                             "UNION ALL SELECT 'added', %5 FROM %3 AS a WHERE NOT EXISTS (SELECT 1 FROM %2 AS b WHERE %4)")
                  .arg(items(true, false), q(before), afterTable, matched, items(false, true));
        if (!differs.isEmpty())
            sql += QStringLiteral(" UNION ALL SELECT 'changed', %1 FROM %2 AS b JOIN %3 AS a ON %4 WHERE %5")
                       .arg(items(true, true), q(before), afterTable, matched, differs.join(QStringLiteral(" OR ")));
        const auto diff = runSelect(sql, true, 0, {}, {});
        if (!diff)
            return diff.error();
        comparison.diff = diff.value();
        auto both = prepareTrusted(
            QStringLiteral("SELECT count(*) FROM %1 AS b JOIN %2 AS a ON %3").arg(q(before), afterTable, matched));
        if (!both)
            return both.error();
        if (sqlite3_step(both.value()) == SQLITE_ROW)
            comparison.same = sqlite3_column_int64(both.value(), 0);
        sqlite3_finalize(both.value());
    }
    auto counts = prepareTrusted(QStringLiteral("SELECT c0, count(*) FROM r%1 GROUP BY c0").arg(comparison.diff.id));
    if (!counts)
        return counts.error();
    while (sqlite3_step(counts.value()) == SQLITE_ROW) {
        const QByteArray change(reinterpret_cast<const char *>(sqlite3_column_text(counts.value(), 0)));
        const qint64 n = sqlite3_column_int64(counts.value(), 1);
        (change == "added" ? comparison.added : change == "removed" ? comparison.removed : comparison.changed) = n;
    }
    sqlite3_finalize(counts.value());
    if (!keys.isEmpty())
        comparison.same -= comparison.changed; // matched rows that did not change
    return comparison;
}

Result<QList<Measured>> PreviewSandbox::measure(int id, const QList<ResultMeasure> &measures)
{
    auto clearCancel = qScopeGuard([this] {
        m_cancel = false;
    });
    const auto known = result(id);
    if (!known)
        return known.error();
    beginWork();
    m_deadline = QDeadlineTimer(m_timeLimitMs);
    auto endDeadline = qScopeGuard([this] {
        m_deadline = QDeadlineTimer(QDeadlineTimer::Forever);
    });
    const QString table = QLatin1Char('r') + QString::number(id);
    auto number = [this](const QString &sql, bool trusted) -> Measured {
        m_trusted = trusted;
        sqlite3_stmt *statement = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        const char *tail = nullptr;
        const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &statement, &tail);
        m_trusted = false;
        auto finalize = qScopeGuard([&statement] {
            sqlite3_finalize(statement);
        });
        if (rc != SQLITE_OK)
            return {std::nullopt,
                    m_denied.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(m_db)) : tr("%1 is not allowed").arg(m_denied)};
        if (!statement || (tail && *tail && QByteArrayView(tail).trimmed() != ";"))
            return {std::nullopt, tr("a rule is one query")};
        if (!sqlite3_stmt_readonly(statement))
            return {std::nullopt, tr("a rule only reads")};
        const int step = sqlite3_step(statement);
        if (step == SQLITE_ROW && sqlite3_column_type(statement, 0) != SQLITE_NULL
            && sqlite3_column_type(statement, 0) != SQLITE_TEXT && sqlite3_column_type(statement, 0) != SQLITE_BLOB)
            return {sqlite3_column_double(statement, 0), QString()};
        if (step == SQLITE_ROW || step == SQLITE_DONE)
            return {std::nullopt, tr("the query gives no number")};
        return {std::nullopt, stepError(tr("The rule")).message};
    };
    QList<Measured> out;
    for (const ResultMeasure &m : measures) {
        QString c;
        for (int i = 0; i < known->columns.size(); ++i) {
            if (known->columns.at(i).name.compare(m.column, Qt::CaseInsensitive) == 0)
                c = QLatin1Char('c') + QString::number(i);
        }
        if (!m.column.isEmpty() && c.isEmpty()) {
            out.append({std::nullopt, tr("the result has no column %1").arg(m.column)});
            continue;
        }
        if (!m.query.isEmpty()) {
            // The rule reads the result as a table named as it expects, with its columns' names.
            QStringList named;
            for (int i = 0; i < known->columns.size(); ++i)
                named << QStringLiteral("c%1 AS %2").arg(i).arg(CatalogViews::sqlName(known->columns.at(i).name));
            const QString asTable = QStringLiteral("(SELECT %1 FROM %2)").arg(named.join(u", "_s), table);
            QString sql = m.query.trimmed();
            sql.replace(u"{object}"_s, asTable);
            // A rule written against the dataset's table reads the result under that name.
            QStringList shadows;
            for (const QString &name : m.objects) {
                if (!name.isEmpty())
                    shadows << CatalogViews::sqlName(name) + QLatin1String(" AS ") + asTable;
            }
            shadows.removeDuplicates();
            if (!shadows.isEmpty()) {
                const bool with = sql.startsWith(u"WITH "_s, Qt::CaseInsensitive)
                    && !sql.startsWith(u"WITH RECURSIVE"_s, Qt::CaseInsensitive);
                sql = QLatin1String("WITH ") + shadows.join(u", "_s)
                    + (with ? QString(u", "_s + sql.mid(5)) : QString(u' ' + sql));
            }
            sql.replace(u"{column}"_s, CatalogViews::sqlName(m.column));
            m_tables << table; // readable by the rule, for now
            out << number(sql, false);
            m_tables.removeAll(table);
            continue;
        }
        QString sql;
        if (m.metric == QLatin1String("rowCount"))
            sql = QStringLiteral("SELECT count(*) FROM %1").arg(table);
        else if (m.metric == QLatin1String("nullValues") && !c.isEmpty())
            sql = QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NULL OR %2 = ''").arg(table, c);
        else if (m.metric == QLatin1String("missingValues") && !c.isEmpty()) {
            QStringList missing{u"''"_s};
            for (const QString &placeholder : QualityChecks::missingPlaceholders())
                missing << CatalogViews::sqlString(placeholder);
            sql = QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NULL OR lower(trim(%2)) IN (%3)")
                      .arg(table, c, missing.join(u", "_s));
        } else if (m.metric == QLatin1String("invalidValues") && !c.isEmpty())
            sql = QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NOT NULL AND %2 <> '' AND NOT tessera_valid(%2, %3)")
                      .arg(table, c, CatalogViews::sqlString(m.logicalType));
        else if (m.metric == QLatin1String("duplicateValues") && !c.isEmpty())
            sql = QStringLiteral("SELECT count(%2) - count(DISTINCT %2) FROM %1 WHERE %2 <> ''").arg(table, c);
        else if (m.metric == QLatin1String("duplicateValues"))
            sql = QStringLiteral("SELECT (SELECT count(*) FROM %1) - (SELECT count(*) FROM (SELECT DISTINCT * FROM %1))")
                      .arg(table);
        if (sql.isEmpty()) {
            out.append({std::nullopt, m.metric.isEmpty() ? tr("the rule has no query") : tr("%1 needs a column").arg(m.metric)});
            continue;
        }
        out << number(sql, true);
    }
    return out;
}

Result<QueryResult> PreviewSandbox::result(int id) const
{
    for (const QueryResult &r : m_results) {
        if (r.id == id)
            return r;
    }
    return Error(tr("There is no result %1 any more; run the query again.").arg(id));
}

Result<QList<QVariantList>> PreviewSandbox::fetch(int id, qint64 offset, int count)
{
    const auto known = result(id);
    if (!known)
        return known.error();
    auto select = prepareTrusted(QStringLiteral("SELECT * FROM r%1 WHERE rowid > ?1 ORDER BY rowid LIMIT ?2").arg(id));
    if (!select)
        return select.error();
    sqlite3_stmt *statement = select.value();
    auto finalize = qScopeGuard([statement] {
        sqlite3_finalize(statement);
    });
    sqlite3_bind_int64(statement, 1, offset);
    sqlite3_bind_int(statement, 2, count);
    QList<QVariantList> rows;
    const int width = sqlite3_column_count(statement);
    while (sqlite3_step(statement) == SQLITE_ROW) {
        QVariantList row;
        row.reserve(width);
        for (int i = 0; i < width; ++i)
            row << toVariant(sqlite3_column_value(statement, i));
        rows << row;
    }
    return rows;
}

Result<QList<ColumnProfile>> PreviewSandbox::profile(int id, int bins)
{
    auto clearCancel = qScopeGuard([this] {
        m_cancel = false;
    });
    const auto known = result(id);
    if (!known)
        return known.error();
    beginWork();
    m_deadline = QDeadlineTimer(QDeadlineTimer::Forever);
    QList<ColumnProfile> profiles;
    const QString table = QLatin1Char('r') + QString::number(id);
    const auto each = [this](const QString &sql, auto &&row) -> Status {
        auto statement = prepareTrusted(sql);
        if (!statement)
            return statement.error();
        int rc;
        while ((rc = sqlite3_step(statement.value())) == SQLITE_ROW)
            row(statement.value());
        sqlite3_finalize(statement.value());
        if (rc != SQLITE_DONE)
            return stepError(tr("Profiling the result"));
        return Ok{};
    };
    for (int i = 0; i < known->columns.size(); ++i) {
        ColumnProfile p;
        p.column = known->columns.at(i).name;
        const QString c = QLatin1Char('c') + QString::number(i);
        bool numeric = false;
        Status s = each(QStringLiteral("SELECT count(*), count(%1), count(DISTINCT %1), min(%1), max(%1), avg(%1), "
                                       "count(%1) = sum(typeof(%1) IN ('integer', 'real')) FROM %2")
                            .arg(c, table),
                        [&](sqlite3_stmt *s) {
                            p.rows = sqlite3_column_int64(s, 0);
                            p.nulls = p.rows - sqlite3_column_int64(s, 1);
                            p.distinct = sqlite3_column_int64(s, 2);
                            p.min = toVariant(sqlite3_column_value(s, 3));
                            p.max = toVariant(sqlite3_column_value(s, 4));
                            numeric = sqlite3_column_int(s, 6) != 0 && p.rows > p.nulls;
                            if (numeric)
                                p.mean = sqlite3_column_double(s, 5);
                        });
        if (!s)
            return s.error();
        s = each(QStringLiteral("SELECT %1, count(*) AS n FROM %2 WHERE %1 IS NOT NULL GROUP BY %1 ORDER BY n DESC, %1 LIMIT 5")
                     .arg(c, table),
                 [&](sqlite3_stmt *s) {
                     p.top.append({toVariant(sqlite3_column_value(s, 0)), sqlite3_column_int64(s, 1)});
                 });
        if (!s)
            return s.error();
        if (numeric && bins > 0) {
            p.histogram = QList<qint64>(bins, 0);
            const double lo = p.min.toDouble(), hi = p.max.toDouble();
            const double span = hi > lo ? hi - lo : 1.0;
            s = each(QStringLiteral("SELECT min(CAST((%1 - %3) * %5 / %4 AS INTEGER), %6), count(*) FROM %2 "
                                    "WHERE %1 IS NOT NULL GROUP BY 1")
                         .arg(c, table)
                         .arg(lo, 0, 'g', 17)
                         .arg(span, 0, 'g', 17)
                         .arg(bins)
                         .arg(bins - 1),
                     [&](sqlite3_stmt *s) {
                         const int bin = std::clamp(sqlite3_column_int(s, 0), 0, bins - 1);
                         p.histogram[bin] += sqlite3_column_int64(s, 1);
                     });
            if (!s)
                return s.error();
        }
        profiles << p;
    }
    return profiles;
}

Status PreviewSandbox::exportCsv(int id, const QString &path)
{
    const auto known = result(id);
    if (!known)
        return known.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QByteArray line;
    for (const ResultColumn &c : known->columns)
        line += (line.isEmpty() ? "" : ",") + Csv::field(c.name);
    file.write(line + "\r\n");
    auto select = prepareTrusted(QStringLiteral("SELECT * FROM r%1 ORDER BY rowid").arg(id));
    if (!select)
        return select.error();
    sqlite3_stmt *statement = select.value();
    auto finalize = qScopeGuard([statement] {
        sqlite3_finalize(statement);
    });
    const int width = sqlite3_column_count(statement);
    while (sqlite3_step(statement) == SQLITE_ROW) {
        line.clear();
        for (int i = 0; i < width; ++i) {
            if (i)
                line += ',';
            const int type = sqlite3_column_type(statement, i);
            if (type == SQLITE_BLOB) {
                line += QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, i)),
                                   sqlite3_column_bytes(statement, i))
                            .toHex();
                continue;
            }
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, i));
            if (type != SQLITE_NULL) // null: nothing between the commas
                line += Csv::field(QByteArrayView(text, sqlite3_column_bytes(statement, i)), true);
        }
        line += "\r\n";
        if (file.write(line) != line.size())
            return Error(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (!file.commit())
        return Error(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return Ok{};
}

Status PreviewSandbox::exportDatabase(const QString &path)
{
    QFile::remove(path);
    auto vacuum = prepareTrusted(QStringLiteral("VACUUM INTO ?1"));
    if (!vacuum)
        return vacuum.error();
    const QByteArray name = QFile::encodeName(path);
    sqlite3_bind_text(vacuum.value(), 1, name.constData(), int(name.size()), SQLITE_STATIC);
    // VACUUM INTO checks the authorizer as it runs, and attaches the file it writes.
    m_trusted = true;
    sqlite3_limit(m_db, SQLITE_LIMIT_ATTACHED, 1);
    const int rc = sqlite3_step(vacuum.value());
    sqlite3_limit(m_db, SQLITE_LIMIT_ATTACHED, 0);
    m_trusted = false;
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_finalize(vacuum.value());
    if (rc != SQLITE_DONE)
        return Error(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), message));
    return Ok{};
}

} // namespace Tessera
