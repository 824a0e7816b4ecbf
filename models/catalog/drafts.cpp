#include "models/catalog/drafts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace Tessera {

DraftStore::DraftStore(QString directory)
    : m_directory(std::move(directory))
{
}

QString DraftStore::directoryFor(const CatalogLocation &location)
{
    const QByteArray key = QCryptographicHash::hash(location.toString().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/drafts/")
        + QString::fromLatin1(key);
}

QString DraftStore::fileFor(const QString &productId) const
{
    // Ids may hold any character; the file name is a hash of the id (the id is inside the file).
    return m_directory + QLatin1Char('/')
        + QString::fromLatin1(QCryptographicHash::hash(productId.toUtf8(), QCryptographicHash::Sha256).toHex().left(32))
        + QLatin1String(".json");
}

Status DraftStore::write(const Product &edited, int baseRevision)
{
    if (!QDir().mkpath(m_directory))
        return Error(tr("Cannot create the drafts folder")).at(m_directory);
    QJsonObject o;
    o.insert(QLatin1String("productId"), edited.id);
    o.insert(QLatin1String("baseRevision"), baseRevision);
    o.insert(QLatin1String("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    o.insert(QLatin1String("product"), edited.toJson());
    QSaveFile file(fileFor(edited.id));
    if (!file.open(QIODevice::WriteOnly))
        return Error(tr("Cannot write the draft: %1").arg(file.errorString())).at(file.fileName());
    file.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return Error(tr("Cannot write the draft: %1").arg(file.errorString())).at(file.fileName());
    return Ok{};
}

Status DraftStore::remove(const QString &productId)
{
    QFile file(fileFor(productId));
    if (file.exists() && !file.remove())
        return Error(tr("Cannot remove the draft: %1").arg(file.errorString())).at(file.fileName());
    return Ok{};
}

Result<Draft> DraftStore::read(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("Cannot read the draft: %1").arg(file.errorString())).at(path);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error(tr("The draft is damaged: %1").arg(parseError.errorString())).at(path);
    const QJsonObject o = doc.object();
    Draft draft;
    draft.productId = o.value(QLatin1String("productId")).toString();
    draft.baseRevision = o.value(QLatin1String("baseRevision")).toInt();
    draft.savedAt = QDateTime::fromString(o.value(QLatin1String("savedAt")).toString(), Qt::ISODateWithMs);
    draft.product = Product::fromJson(o.value(QLatin1String("product")).toObject());
    if (draft.productId.isEmpty() || draft.product.id != draft.productId)
        return Error(tr("The draft names no product")).at(path);
    return draft;
}

std::optional<Draft> DraftStore::find(const QString &productId) const
{
    const QString path = fileFor(productId);
    if (!QFile::exists(path))
        return std::nullopt;
    auto draft = read(path);
    if (!draft)
        return std::nullopt;
    return std::move(draft).value();
}

QList<Draft> DraftStore::list(QList<Error> *errors) const
{
    QList<Draft> drafts;
    const QFileInfoList files = QDir(m_directory).entryInfoList({QStringLiteral("*.json")}, QDir::Files);
    for (const QFileInfo &info : files) {
        auto draft = read(info.absoluteFilePath());
        if (draft)
            drafts.append(std::move(draft).value());
        else if (errors)
            errors->append(draft.error());
    }
    std::sort(drafts.begin(), drafts.end(), [](const Draft &a, const Draft &b) {
        return a.savedAt < b.savedAt;
    });
    return drafts;
}

} // namespace Tessera
