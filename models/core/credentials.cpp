#include "models/core/credentials.h"

#include <QEventLoop>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QTimer>
#include <QUrlQuery>

#include <qt6keychain/keychain.h>

namespace Tessera {

namespace {

struct Memory {
    QMutex mutex;
    QHash<QString, QString> passwords;
};

Memory &memory()
{
    static Memory m;
    return m;
}

const QString service = QStringLiteral("Tessera catalog");

// Runs a keychain job to its end (they answer through the event loop) and gives its error.
std::pair<QKeychain::Error, QString> run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    bool done = false;
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    // A keychain waiting to be unlocked, or a service that hangs, must not hold Tessera for ever.
    QTimer::singleShot(std::chrono::seconds(60), &loop, &QEventLoop::quit);
    job.start();
    if (!done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!done) // the time ran out, or the application is quitting
        return {QKeychain::OtherError, Keychain::tr("the keychain did not answer")};
    return {job.error(), job.errorString()};
}

} // namespace

QString SessionPasswords::key(const CatalogLocation &location)
{
    const QUrl url = location.url();
    const QUrlQuery query(url);
    const QString host = query.hasQueryItem(QStringLiteral("host"))
        ? query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded)
        : url.host();
    const int port
        = query.hasQueryItem(QStringLiteral("port")) ? query.queryItemValue(QStringLiteral("port")).toInt() : url.port(5432);
    return QStringLiteral("%1@%2:%3/%4").arg(url.userName(), host).arg(port).arg(location.databaseName());
}

void SessionPasswords::remember(const CatalogLocation &location, const QString &password)
{
    QMutexLocker lock(&memory().mutex);
    memory().passwords.insert(key(location), password);
}

std::optional<QString> SessionPasswords::find(const CatalogLocation &location)
{
    QMutexLocker lock(&memory().mutex);
    const auto it = memory().passwords.constFind(key(location));
    if (it == memory().passwords.cend())
        return std::nullopt;
    return *it;
}

void SessionPasswords::forget(const CatalogLocation &location)
{
    QMutexLocker lock(&memory().mutex);
    memory().passwords.remove(key(location));
}

bool Keychain::isAvailable()
{
    // QtKeychain answers from what is installed (a Secret Service that D-Bus could start, say),
    // not from whether one answers now, as without a session bus none does: ask it for a
    // password nobody keeps.
    if (!QKeychain::isAvailable())
        return false;
    QKeychain::ReadPasswordJob probe(service);
    probe.setKey(QStringLiteral("tessera-keychain-probe"));
    const auto [error, text] = run(probe);
    Q_UNUSED(text);
    return error == QKeychain::NoError || error == QKeychain::EntryNotFound;
}

QString Keychain::unavailableReason()
{
    return tr("No system keychain answers on this computer (a Secret Service such as GNOME Keyring or KWallet "
              "is needed), so Tessera cannot remember the password: it asks once per session and keeps it in "
              "memory only.");
}

Result<std::optional<QString>> Keychain::read(const QString &key)
{
    if (!QKeychain::isAvailable()) // (a keychain installed but not answering says so below)
        return Error(unavailableReason());
    QKeychain::ReadPasswordJob job(service);
    job.setKey(key);
    const auto [error, text] = run(job);
    if (error == QKeychain::EntryNotFound)
        return std::optional<QString>();
    if (error != QKeychain::NoError)
        return Error(tr("The system keychain could not give the password for %1: %2").arg(key, text));
    return std::optional<QString>(job.textData());
}

Status Keychain::write(const QString &key, const QString &password)
{
    if (!QKeychain::isAvailable()) // (a keychain installed but not answering says so below)
        return Error(unavailableReason());
    QKeychain::WritePasswordJob job(service);
    job.setKey(key);
    job.setTextData(password);
    const auto [error, text] = run(job);
    if (error != QKeychain::NoError)
        return Error(tr("The system keychain could not keep the password for %1: %2").arg(key, text));
    return Ok{};
}

Status Keychain::remove(const QString &key)
{
    if (!QKeychain::isAvailable()) // (a keychain installed but not answering says so below)
        return Error(unavailableReason());
    QKeychain::DeletePasswordJob job(service);
    job.setKey(key);
    const auto [error, text] = run(job);
    if (error != QKeychain::NoError && error != QKeychain::EntryNotFound)
        return Error(tr("The system keychain could not forget the password for %1: %2").arg(key, text));
    return Ok{};
}

} // namespace Tessera
