#pragma once

#include "models/core/result.h"
#include "models/formats/openlineage.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>

#include <memory>

class QTcpServer;
class QTcpSocket;

namespace Tessera {

class CatalogStore;

// Receives OpenLineage events over HTTP the way Marquez does (POST /api/v1/lineage, one event per
// request, 201 Created once it is stored) and ingests them into a catalog. It listens on loopback
// unless told otherwise. A bad event gets 400 with a JSON body naming the field; a body over the
// limit gets 413 before it is read. Requests that arrive together are stored in one transaction
// (each is answered only once stored).
//
// HTTP/1.1 is spoken here over QTcpServer rather than with QHttpServer: Qt 6.8's QHttpServer reads
// a whole body into memory before the application sees the request, with no limit on its size
// (QHttpServerConfiguration's limits came with Qt 6.11), so a client could make it buffer
// gigabytes. Here the Content-Length is checked before a byte of the body is kept.
class LineageReceiver : public QObject
{
    Q_OBJECT

public:
    static constexpr quint16 defaultPort = 5000; // Marquez's
    static constexpr qsizetype maxHeaderBytes = 64 * 1024;
    static constexpr int idleTimeoutMs = 15000;

    struct Settings {
        quint16 port = defaultPort; // 0: any free port
        QHostAddress address = QHostAddress(QHostAddress::LocalHost);
        bool allowRemote = false; // needed to listen on anything but loopback
        qsizetype maxBodyBytes = 16 * 1024 * 1024;
    };

    explicit LineageReceiver(CatalogStore &store, QObject *parent = nullptr);
    ~LineageReceiver() override;

    Status start(const Settings &settings);
    void stop();
    bool isListening() const;
    quint16 port() const;
    QString url() const; // where clients send events

    int accepted() const { return m_accepted; }
    // The one event a request's body holds, or why not (the 400 answer's words and field).
    static Result<OpenLineageEvent> eventFrom(const QByteArray &body);
    int rejected() const { return m_rejected; }

Q_SIGNALS:
    void listeningChanged(bool listening);
    // After each stored batch and each rejected request: the totals since start.
    void countsChanged(int accepted, int rejected);
    // A request was rejected: status code and why (for a log).
    void requestRejected(int status, const QString &message);

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(Connection *connection);
    // A POST to the lineage endpoint, its headers checked: the event in body.
    void handleRequest(Connection *connection, const QByteArray &body);
    void respond(Connection *connection, int status, const QByteArray &body, bool close = false);
    void reject(Connection *connection, int status, const QString &message, const QString &field = QString(), bool close = false);
    void flush();

    CatalogStore &m_store;
    Settings m_settings;
    QPointer<QTcpServer> m_server;
    std::vector<std::unique_ptr<Connection>> m_connections;
    struct Pending;
    std::vector<Pending> m_pending;
    bool m_flushQueued = false;
    int m_accepted = 0;
    int m_rejected = 0;
};

} // namespace Tessera
