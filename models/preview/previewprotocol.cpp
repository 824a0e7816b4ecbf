#include "models/preview/previewprotocol.h"

#include <QtEndian>

using namespace Qt::StringLiterals;

namespace Tessera::PreviewProtocol {

QByteArray frame(const QCborMap &message)
{
    const QByteArray body = message.toCborValue().toCbor();
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(quint32(body.size()), out.data());
    return out + body;
}

std::optional<QCborMap> take(QByteArray &buffer, bool *broken)
{
    if (buffer.size() < 4)
        return std::nullopt;
    const quint32 length = qFromBigEndian<quint32>(buffer.constData());
    if (length > quint32(maxFrame)) {
        *broken = true;
        return std::nullopt;
    }
    if (buffer.size() < 4 + qsizetype(length))
        return std::nullopt;
    const QCborValue value = QCborValue::fromCbor(buffer.mid(4, length));
    buffer.remove(0, 4 + length);
    if (!value.isMap()) {
        *broken = true;
        return std::nullopt;
    }
    return value.toMap();
}

QCborValue fromVariant(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return QCborValue(QCborValue::Null);
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QCborValue(value.toLongLong());
    case QMetaType::Double:
        return QCborValue(value.toDouble());
    case QMetaType::QByteArray:
        return QCborValue(value.toByteArray());
    default:
        return QCborValue(value.toString());
    }
}

QVariant toVariant(const QCborValue &value)
{
    if (value.isInteger())
        return QVariant::fromValue(value.toInteger());
    if (value.isDouble())
        return value.toDouble();
    if (value.isString())
        return value.toString();
    if (value.isByteArray())
        return value.toByteArray();
    return QVariant();
}

QCborArray fromRows(const QList<QVariantList> &rows)
{
    QCborArray out;
    for (const QVariantList &row : rows) {
        QCborArray r;
        for (const QVariant &v : row)
            r.append(fromVariant(v));
        out.append(r);
    }
    return out;
}

QList<QVariantList> toRows(const QCborArray &rows)
{
    QList<QVariantList> out;
    out.reserve(rows.size());
    for (const QCborValue &row : rows) {
        QVariantList r;
        const QCborArray values = row.toArray();
        r.reserve(values.size());
        for (const QCborValue &v : values)
            r << toVariant(v);
        out << r;
    }
    return out;
}

QCborMap fromError(const Error &error)
{
    return QCborMap{{u"message"_s, error.message},
                    {u"file"_s, error.file},
                    {u"line"_s, error.line},
                    {u"column"_s, error.column},
                    {u"field"_s, error.field}};
}

Error toError(const QCborMap &map)
{
    Error e(map.value(u"message"_s).toString());
    e.file = map.value(u"file"_s).toString();
    e.line = int(map.value(u"line"_s).toInteger());
    e.column = int(map.value(u"column"_s).toInteger());
    e.field = map.value(u"field"_s).toString();
    return e;
}

QCborMap fromOptions(const QString &path, const LoadOptions &options)
{
    QCborArray masks;
    for (const ColumnMask &m : options.masks)
        masks.append(QCborMap{{u"column"_s, m.column}, {u"mask"_s, Policies::maskKey(m.mask)}, {u"expression"_s, m.expression}});
    QCborMap map{{u"path"_s, path},
                 {u"table"_s, options.table},
                 {u"delimiter"_s, int(options.delimiter)}, // 0: detect it
                 {u"badRows"_s, options.badRows == BadRows::Stop ? u"stop"_s : u"skip"_s},
                 {u"sqliteTable"_s, options.sqliteTable},
                 {u"maxBytes"_s, options.maxBytes},
                 {u"masks"_s, masks}};
    if (options.format)
        map.insert(u"format"_s, SampleData::formatName(*options.format));
    return map;
}

LoadOptions toOptions(const QCborMap &map)
{
    LoadOptions o;
    o.table = map.value(u"table"_s).toString();
    const qint64 delimiter = map.value(u"delimiter"_s).toInteger();
    o.delimiter = delimiter == ',' || delimiter == ';' || delimiter == '\t' ? char(delimiter) : 0;
    o.badRows = map.value(u"badRows"_s).toString() == u"stop"_s ? BadRows::Stop : BadRows::Skip;
    o.sqliteTable = map.value(u"sqliteTable"_s).toString();
    o.maxBytes = map.value(u"maxBytes"_s).toInteger(o.maxBytes);
    const QString format = map.value(u"format"_s).toString();
    for (SampleFormat f : {SampleFormat::Csv, SampleFormat::JsonLines, SampleFormat::SQLite}) {
        if (SampleData::formatName(f) == format)
            o.format = f;
    }
    for (const QCborValue &m : map.value(u"masks"_s).toArray()) {
        const QCborMap mask = m.toMap();
        o.masks.append({mask.value(u"column"_s).toString(),
                        Policies::maskFromKey(mask.value(u"mask"_s).toString()).value_or(MaskType::Null), // unknown: hide all
                        mask.value(u"expression"_s).toString()});
    }
    return o;
}

QCborMap fromLoaded(const LoadedTable &table)
{
    QCborArray columns, bad;
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        const SampleColumn &c = table.columns.at(i);
        columns.append(QCborMap{{u"name"_s, c.name},
                                {u"identifier"_s, c.identifier},
                                {u"type"_s, SampleData::typeName(c.type)},
                                {u"mask"_s, Policies::maskKey(table.masks.value(i, MaskType::None))}});
    }
    for (const BadRow &b : table.badRows)
        bad.append(QCborMap{{u"line"_s, b.line}, {u"message"_s, b.message}});
    return QCborMap{{u"table"_s, table.table}, {u"file"_s, table.file},      {u"format"_s, SampleData::formatName(table.format)},
                    {u"columns"_s, columns},   {u"rows"_s, table.rows},      {u"skipped"_s, table.skipped},
                    {u"badRows"_s, bad},       {u"ms"_s, table.milliseconds}};
}

LoadedTable toLoaded(const QCborMap &map)
{
    LoadedTable t;
    t.table = map.value(u"table"_s).toString();
    t.file = map.value(u"file"_s).toString();
    const QString format = map.value(u"format"_s).toString();
    for (SampleFormat f : {SampleFormat::Csv, SampleFormat::JsonLines, SampleFormat::SQLite}) {
        if (SampleData::formatName(f) == format)
            t.format = f;
    }
    for (const QCborValue &v : map.value(u"columns"_s).toArray()) {
        const QCborMap c = v.toMap();
        t.columns.append({c.value(u"name"_s).toString(), c.value(u"identifier"_s).toString(),
                          SampleData::typeFromName(c.value(u"type"_s).toString()).value_or(ValueType::Text)});
        t.masks << Policies::maskFromKey(c.value(u"mask"_s).toString()).value_or(MaskType::None);
    }
    t.rows = map.value(u"rows"_s).toInteger();
    t.skipped = map.value(u"skipped"_s).toInteger();
    for (const QCborValue &v : map.value(u"badRows"_s).toArray())
        t.badRows.append({v.toMap().value(u"line"_s).toInteger(), v.toMap().value(u"message"_s).toString()});
    t.milliseconds = map.value(u"ms"_s).toDouble();
    return t;
}

QCborMap fromResult(const QueryResult &result)
{
    QCborArray columns;
    for (const ResultColumn &c : result.columns)
        columns.append(QCborMap{{u"name"_s, c.name}, {u"type"_s, c.type}});
    return QCborMap{{u"id"_s, result.id}, {u"columns"_s, columns}, {u"rows"_s, result.rows}, {u"ms"_s, result.milliseconds}};
}

QueryResult toResult(const QCborMap &map)
{
    QueryResult r;
    r.id = int(map.value(u"id"_s).toInteger());
    for (const QCborValue &v : map.value(u"columns"_s).toArray())
        r.columns.append({v.toMap().value(u"name"_s).toString(), v.toMap().value(u"type"_s).toString()});
    r.rows = map.value(u"rows"_s).toInteger();
    r.milliseconds = map.value(u"ms"_s).toDouble();
    return r;
}

QCborArray fromProfiles(const QList<ColumnProfile> &profiles)
{
    QCborArray out;
    for (const ColumnProfile &p : profiles) {
        QCborArray top, histogram;
        for (const auto &[value, count] : p.top)
            top.append(QCborArray{fromVariant(value), count});
        for (qint64 n : p.histogram)
            histogram.append(n);
        QCborMap map{{u"column"_s, p.column},
                     {u"rows"_s, p.rows},
                     {u"nulls"_s, p.nulls},
                     {u"distinct"_s, p.distinct},
                     {u"min"_s, fromVariant(p.min)},
                     {u"max"_s, fromVariant(p.max)},
                     {u"top"_s, top},
                     {u"histogram"_s, histogram}};
        if (p.mean)
            map.insert(u"mean"_s, *p.mean);
        out.append(map);
    }
    return out;
}

QList<ColumnProfile> toProfiles(const QCborArray &array)
{
    QList<ColumnProfile> out;
    for (const QCborValue &v : array) {
        const QCborMap map = v.toMap();
        ColumnProfile p;
        p.column = map.value(u"column"_s).toString();
        p.rows = map.value(u"rows"_s).toInteger();
        p.nulls = map.value(u"nulls"_s).toInteger();
        p.distinct = map.value(u"distinct"_s).toInteger();
        p.min = toVariant(map.value(u"min"_s));
        p.max = toVariant(map.value(u"max"_s));
        if (map.contains(u"mean"_s))
            p.mean = map.value(u"mean"_s).toDouble();
        for (const QCborValue &t : map.value(u"top"_s).toArray())
            p.top.append({toVariant(t.toArray().at(0)), t.toArray().at(1).toInteger()});
        for (const QCborValue &h : map.value(u"histogram"_s).toArray())
            p.histogram << h.toInteger();
        out << p;
    }
    return out;
}

QCborMap fromComparison(const Comparison &c)
{
    QCborArray keys;
    for (const QString &k : c.keys)
        keys.append(k);
    return QCborMap{{u"diff"_s, fromResult(c.diff)}, {u"keys"_s, keys},         {u"added"_s, c.added},
                    {u"removed"_s, c.removed},       {u"changed"_s, c.changed}, {u"same"_s, c.same}};
}

Comparison toComparison(const QCborMap &map)
{
    Comparison c;
    c.diff = toResult(map.value(u"diff"_s).toMap());
    for (const QCborValue &k : map.value(u"keys"_s).toArray())
        c.keys << k.toString();
    c.added = map.value(u"added"_s).toInteger();
    c.removed = map.value(u"removed"_s).toInteger();
    c.changed = map.value(u"changed"_s).toInteger();
    c.same = map.value(u"same"_s).toInteger();
    return c;
}

QCborArray fromMeasures(const QList<ResultMeasure> &measures)
{
    QCborArray array;
    for (const ResultMeasure &m : measures)
        array.append(QCborMap{{u"metric"_s, m.metric},
                              {u"column"_s, m.column},
                              {u"type"_s, m.logicalType},
                              {u"query"_s, m.query},
                              {u"objects"_s, QCborArray::fromStringList(m.objects)}});
    return array;
}

QList<ResultMeasure> toMeasures(const QCborArray &array)
{
    QList<ResultMeasure> measures;
    for (const QCborValue &v : array) {
        const QCborMap m = v.toMap();
        QStringList objects;
        for (const QCborValue &o : m.value(u"objects"_s).toArray())
            objects << o.toString();
        measures.append({m.value(u"metric"_s).toString(), m.value(u"column"_s).toString(), m.value(u"type"_s).toString(),
                         m.value(u"query"_s).toString(), objects});
    }
    return measures;
}

QCborArray fromMeasured(const QList<Measured> &measured)
{
    QCborArray array;
    for (const Measured &m : measured)
        array.append(m.value ? QCborMap{{u"value"_s, *m.value}} : QCborMap{{u"error"_s, m.error}});
    return array;
}

QList<Measured> toMeasured(const QCborArray &array)
{
    QList<Measured> measured;
    for (const QCborValue &v : array) {
        const QCborMap m = v.toMap();
        if (m.contains(u"value"_s))
            measured.append({m.value(u"value"_s).toDouble(), QString()});
        else
            measured.append({std::nullopt, m.value(u"error"_s).toString()});
    }
    return measured;
}

} // namespace Tessera::PreviewProtocol
