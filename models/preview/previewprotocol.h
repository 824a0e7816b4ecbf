#pragma once

// How Tessera talks to its preview worker: frames of a 4-byte big-endian length and a CBOR map,
// over the worker's stdin and stdout. Requests carry "op" and "id"; replies carry the same "id"
// and either "ok": true with what was asked or "error"; "progress" and "page" frames may come
// before the reply. {"op": "cancel"} stops the request running now. The functions here turn the
// preview types into CBOR and back.

#include "models/preview/previewsandbox.h"

#include <QCborArray>
#include <QCborMap>

#include <optional>

namespace Tessera::PreviewProtocol {

constexpr qsizetype maxFrame = qsizetype(512) << 20;

QByteArray frame(const QCborMap &message);
// The next whole frame at the start of `buffer` (removed from it), if one is there. A length over
// maxFrame sets *broken.
std::optional<QCborMap> take(QByteArray &buffer, bool *broken);

QCborValue fromVariant(const QVariant &value);
QVariant toVariant(const QCborValue &value);
QCborArray fromRows(const QList<QVariantList> &rows);
QList<QVariantList> toRows(const QCborArray &rows);

QCborMap fromError(const Error &error);
Error toError(const QCborMap &map);

QCborMap fromOptions(const QString &path, const LoadOptions &options);
LoadOptions toOptions(const QCborMap &map);
QCborMap fromLoaded(const LoadedTable &table);
LoadedTable toLoaded(const QCborMap &map);
QCborMap fromResult(const QueryResult &result);
QueryResult toResult(const QCborMap &map);
QCborArray fromProfiles(const QList<ColumnProfile> &profiles);
QList<ColumnProfile> toProfiles(const QCborArray &array);
QCborMap fromComparison(const Comparison &comparison);
Comparison toComparison(const QCborMap &map);
QCborArray fromMeasures(const QList<ResultMeasure> &measures);
QList<ResultMeasure> toMeasures(const QCborArray &array);
QCborArray fromMeasured(const QList<Measured> &measured);
QList<Measured> toMeasured(const QCborArray &array);

} // namespace Tessera::PreviewProtocol
