#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Tessera {

// The requests one client sends on one connection, read from the bytes as they arrive: HTTP/1.x,
// one request at a time, for one method on one endpoint (the receiver's POST /api/v1/lineage).
// The headers are read only once complete and within their limit; a body's size is checked
// against its limit before a byte of it is kept. No socket here: LineageReceiver feeds it, and
// the fuzz harness fuzz_receiver feeds it any bytes at all.
class HttpRequestReader
{
    // Its words are the receiver's (they reach the client in the receiver's answers).
    Q_DECLARE_TR_FUNCTIONS(Tessera::LineageReceiver)

public:
    struct Rules {
        QByteArray method = "POST";
        QByteArray path; // the one endpoint; a query after it is allowed
        qsizetype maxHeaderBytes = 64 * 1024;
        qsizetype maxBodyBytes = 16 * 1024 * 1024;
    };
    struct Step {
        enum class Kind {
            NeedMore, // wait for more bytes
            Request, // a whole request: body
            Refused, // answer status with message, then close the connection
        };
        Kind kind = Kind::NeedMore;
        QByteArray body;
        bool keepAlive = true; // Request: the client may send another on this connection
        bool sendContinue = false; // NeedMore: the client waits for "100 Continue" before its body
        int status = 0;
        QString message;
    };

    explicit HttpRequestReader(Rules rules);

    void append(const QByteArray &bytes);
    // The next step. After Refused, every later step is Refused too (the connection is done).
    Step next();
    // Bytes received and not yet read into a request.
    bool hasBuffered() const { return !m_buffer.isEmpty(); }

private:
    Step refuse(int status, const QString &message);
    // The head of a request (up to the blank line): NeedMore when it is acceptable.
    Step readHead(QByteArrayView head);

    Rules m_rules;
    QByteArray m_buffer;
    bool m_haveHead = false;
    qsizetype m_contentLength = 0;
    bool m_keepAlive = true;
    bool m_refused = false;
    Step m_refusal;
};

} // namespace Tessera
