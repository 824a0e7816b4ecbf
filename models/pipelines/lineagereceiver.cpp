#include "models/pipelines/lineagereceiver.h"

#include "models/catalog/catalogstore.h"
#include "models/formats/openlineage.h"
#include "models/pipelines/httprequestreader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace Tessera {

namespace {

const char *reason(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 505:
        return "HTTP Version Not Supported";
    }
    return "Error";
}

} // namespace

struct LineageReceiver::Connection {
    explicit Connection(const HttpRequestReader::Rules &rules)
        : reader(rules)
    {
    }
    quint64 id = 0;
    QTcpSocket *socket = nullptr;
    QTimer idle;
    HttpRequestReader reader;
    bool keepAlive = true;
    bool waiting = false; // a request is being stored: the next waits (answers keep their order)
    bool closing = false;
};

struct LineageReceiver::Pending {
    quint64 connection;
    OpenLineageEvent event;
};

LineageReceiver::LineageReceiver(CatalogStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

LineageReceiver::~LineageReceiver()
{
    stop();
}

Status LineageReceiver::start(const Settings &settings)
{
    stop();
    if (!settings.address.isLoopback() && !settings.allowRemote)
        return Error(tr("The receiver listens only on this computer (127.0.0.1 or ::1) unless remote clients are allowed "
                        "explicitly; %1 is not a loopback address.")
                         .arg(settings.address.toString()));
    m_settings = settings;
    m_server = new QTcpServer(this);
    if (!m_server->listen(settings.address, settings.port)) {
        const QString message = m_server->errorString();
        delete m_server;
        return Error(
            tr("The receiver cannot listen on %1 port %2: %3").arg(settings.address.toString()).arg(settings.port).arg(message));
    }
    connect(m_server, &QTcpServer::newConnection, this, &LineageReceiver::onNewConnection);
    m_accepted = 0;
    m_rejected = 0;
    Q_EMIT listeningChanged(true);
    Q_EMIT countsChanged(m_accepted, m_rejected);
    return Ok{};
}

void LineageReceiver::stop()
{
    if (!m_server)
        return;
    flush(); // what was received is stored and answered
    m_server->close();
    delete m_server;
    std::vector<std::unique_ptr<Connection>> connections;
    connections.swap(m_connections);
    for (auto &c : connections) {
        c->socket->disconnect(this);
        c->socket->abort();
        c->socket->deleteLater();
    }
    Q_EMIT listeningChanged(false);
}

bool LineageReceiver::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 LineageReceiver::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString LineageReceiver::url() const
{
    if (!m_server)
        return QString();
    QString host = m_server->serverAddress().toString();
    if (m_server->serverAddress().protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return QStringLiteral("http://%1:%2/api/v1/lineage").arg(host).arg(port());
}

void LineageReceiver::onNewConnection()
{
    static quint64 nextId = 1;
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        HttpRequestReader::Rules rules;
        rules.path = "/api/v1/lineage";
        rules.maxHeaderBytes = maxHeaderBytes;
        rules.maxBodyBytes = m_settings.maxBodyBytes;
        auto c = std::make_unique<Connection>(rules);
        c->id = nextId++;
        c->socket = socket;
        socket->setParent(this);
        Connection *raw = c.get();
        c->idle.setSingleShot(true);
        c->idle.setInterval(idleTimeoutMs);
        connect(&c->idle, &QTimer::timeout, socket, &QTcpSocket::disconnectFromHost);
        connect(socket, &QTcpSocket::readyRead, this, [this, raw] {
            onReadyRead(raw);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, raw] {
            auto it = std::find_if(m_connections.begin(), m_connections.end(), [raw](const auto &p) {
                return p.get() == raw;
            });
            if (it != m_connections.end()) {
                (*it)->socket->deleteLater();
                m_connections.erase(it);
            }
        });
        c->idle.start();
        m_connections.push_back(std::move(c));
    }
}

void LineageReceiver::onReadyRead(Connection *c)
{
    c->idle.start();
    c->reader.append(c->socket->readAll());
    while (!c->waiting && !c->closing) {
        const HttpRequestReader::Step step = c->reader.next();
        switch (step.kind) {
        case HttpRequestReader::Step::Kind::NeedMore:
            if (step.sendContinue)
                c->socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            return;
        case HttpRequestReader::Step::Kind::Refused:
            reject(c, step.status, step.message, QString(), true);
            return;
        case HttpRequestReader::Step::Kind::Request:
            c->keepAlive = step.keepAlive;
            handleRequest(c, step.body);
            break;
        }
    }
}

Result<OpenLineageEvent> LineageReceiver::eventFrom(const QByteArray &body)
{
    if (body.trimmed().startsWith('['))
        return Error(tr("send one event per request, not a list"));
    const OpenLineage::Read read = OpenLineage::parse(body);
    if (!read.errors.isEmpty()) {
        Error e = read.errors.first();
        if (e.line > 0 || e.column > 0)
            e.message = tr("%1 (line %2, column %3 of the body)").arg(e.message).arg(e.line).arg(e.column);
        return e;
    }
    if (read.events.size() != 1)
        return Error(read.events.isEmpty() ? tr("the body holds no event") : tr("send one event per request, not a list"));
    return read.events.first();
}

void LineageReceiver::handleRequest(Connection *c, const QByteArray &body)
{
    Result<OpenLineageEvent> event = eventFrom(body);
    if (!event) {
        reject(c, 400, event.error().message, event.error().field);
        return;
    }
    c->waiting = true;
    m_pending.push_back(Pending{c->id, std::move(event).value()});
    if (!m_flushQueued) {
        m_flushQueued = true;
        QTimer::singleShot(0, this, &LineageReceiver::flush);
    }
}

void LineageReceiver::flush()
{
    m_flushQueued = false;
    if (m_pending.empty())
        return;
    std::vector<Pending> pending;
    pending.swap(m_pending);
    QList<OpenLineageEvent> events;
    events.reserve(qsizetype(pending.size()));
    for (const Pending &p : pending)
        events << p.event;
    const Result<IngestReport> stored = m_store.ingestEvents(events);
    if (stored)
        m_accepted += int(pending.size());
    else
        m_rejected += int(pending.size());
    for (const Pending &p : pending) {
        auto it = std::find_if(m_connections.begin(), m_connections.end(), [&](const auto &c) {
            return c->id == p.connection;
        });
        if (it == m_connections.end())
            continue; // the client went away; the event is stored all the same
        Connection *c = it->get();
        c->waiting = false;
        // Answering may close the connection (and a synchronous disconnect would delete c).
        const bool more = c->reader.hasBuffered() && c->keepAlive;
        const quint64 id = c->id;
        QTcpSocket *socket = c->socket;
        if (stored) {
            respond(c, 201, QByteArray());
        } else {
            const QJsonObject error{{QStringLiteral("error"), stored.error().message}};
            respond(c, 500, QJsonDocument(error).toJson(QJsonDocument::Compact));
            Q_EMIT requestRejected(500, stored.error().message);
        }
        if (more) {
            QTimer::singleShot(0, socket, [this, id] {
                auto again = std::find_if(m_connections.begin(), m_connections.end(), [&](const auto &c) {
                    return c->id == id;
                });
                if (again != m_connections.end())
                    onReadyRead(again->get());
            });
        }
    }
    Q_EMIT countsChanged(m_accepted, m_rejected);
}

void LineageReceiver::respond(Connection *c, int status, const QByteArray &body, bool close)
{
    const bool keepAlive = c->keepAlive && !close;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    if (!body.isEmpty())
        head += "Content-Type: application/json\r\n";
    if (status == 405)
        head += "Allow: POST\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    c->socket->write(head + body);
    if (!keepAlive) {
        c->closing = true;
        c->socket->disconnectFromHost();
    }
}

void LineageReceiver::reject(Connection *c, int status, const QString &message, const QString &field, bool close)
{
    QJsonObject error{{QStringLiteral("error"), message}};
    if (!field.isEmpty())
        error.insert(QStringLiteral("field"), field);
    ++m_rejected;
    respond(c, status, QJsonDocument(error).toJson(QJsonDocument::Compact), close);
    Q_EMIT requestRejected(status, field.isEmpty() ? message : field + QLatin1String(": ") + message);
    Q_EMIT countsChanged(m_accepted, m_rejected);
}

} // namespace Tessera
