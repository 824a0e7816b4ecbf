#include "models/pipelines/httprequestreader.h"

#include <QList>

#include <algorithm>

namespace Tessera {

HttpRequestReader::HttpRequestReader(Rules rules)
    : m_rules(std::move(rules))
{
}

void HttpRequestReader::append(const QByteArray &bytes)
{
    if (!m_refused)
        m_buffer += bytes;
}

HttpRequestReader::Step HttpRequestReader::refuse(int status, const QString &message)
{
    m_refused = true;
    m_buffer.clear();
    m_refusal.kind = Step::Kind::Refused;
    m_refusal.status = status;
    m_refusal.message = message;
    return m_refusal;
}

HttpRequestReader::Step HttpRequestReader::next()
{
    if (m_refused)
        return m_refusal;
    Step step;
    if (!m_haveHead) {
        // (Without the blank line yet, its first three bytes may be in: the head may still fit.)
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0 ? m_buffer.size() > m_rules.maxHeaderBytes + 3 : end > m_rules.maxHeaderBytes)
            return refuse(431, tr("the request's headers are larger than %1 KB").arg(m_rules.maxHeaderBytes / 1024));
        if (end < 0)
            return step;
        const QByteArray head = m_buffer.first(end);
        m_buffer.remove(0, end + 4);
        step = readHead(head);
        if (step.kind == Step::Kind::Refused)
            return step;
        m_haveHead = true;
        step.sendContinue = step.sendContinue && m_buffer.size() < m_contentLength;
    }
    if (m_buffer.size() < m_contentLength)
        return step;
    step.kind = Step::Kind::Request;
    step.sendContinue = false;
    step.body = m_buffer.first(m_contentLength);
    step.keepAlive = m_keepAlive;
    m_buffer.remove(0, m_contentLength);
    m_haveHead = false;
    return step;
}

HttpRequestReader::Step HttpRequestReader::readHead(QByteArrayView head)
{
    const QList<QByteArray> lines = head.toByteArray().split('\n');
    const QList<QByteArray> request = lines.first().trimmed().split(' ');
    if (request.size() != 3 || !request.at(2).startsWith("HTTP/1."))
        return refuse(request.size() == 3 ? 505 : 400, tr("not an HTTP/1.1 request"));
    const QByteArray &method = request.at(0);
    const QByteArray &path = request.at(1);
    m_keepAlive = request.at(2) == "HTTP/1.1";
    qsizetype contentLength = -1;
    int lengths = 0;
    bool chunked = false, expectContinue = false, gzip = false, badLength = false;
    QByteArray contentType;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.first(colon).trimmed().toLower();
        const QByteArray value = line.sliced(colon + 1).trimmed();
        if (name == "content-length") {
            // Digits only, once: a second length, a sign or a space is how requests are smuggled
            // past a proxy that reads them otherwise.
            bool ok = !value.isEmpty() && std::all_of(value.cbegin(), value.cend(), [](char c) {
                return c >= '0' && c <= '9';
            });
            const qlonglong length = ok ? value.toLongLong(&ok) : -1;
            badLength = badLength || !ok || lengths > 0;
            ++lengths;
            contentLength = ok ? length : -1;
        } else if (name == "transfer-encoding") {
            chunked = chunked || value.toLower() != "identity";
        } else if (name == "connection") {
            const QByteArray v = value.toLower();
            if (v.contains("close"))
                m_keepAlive = false;
            else if (v.contains("keep-alive"))
                m_keepAlive = true;
        } else if (name == "expect") {
            expectContinue = value.toLower() == "100-continue";
        } else if (name == "content-encoding") {
            gzip = value.toLower() != "identity";
        } else if (name == "content-type") {
            contentType = value.toLower();
        }
    }
    if (path != m_rules.path && !path.startsWith(QByteArray(m_rules.path + '?')))
        return refuse(404, tr("no such endpoint: OpenLineage events go to POST /api/v1/lineage"));
    if (method != m_rules.method)
        return refuse(405, tr("only POST is accepted here"));
    if (chunked || (contentLength < 0 && !badLength))
        return refuse(411, tr("the request must give its Content-Length"));
    if (badLength)
        return refuse(400,
                      lengths > 1 ? tr("the request gives its Content-Length more than once")
                                  : tr("the Content-Length is not a number"));
    if (contentLength > m_rules.maxBodyBytes)
        return refuse(413, tr("the event is larger than %1 MB").arg(m_rules.maxBodyBytes / (1024 * 1024)));
    if (gzip)
        return refuse(415, tr("compressed bodies are not accepted; send the event as plain JSON"));
    if (!contentType.isEmpty() && !contentType.startsWith("application/json"))
        return refuse(415, tr("the body must be application/json"));
    m_contentLength = contentLength;
    Step step;
    step.sendContinue = expectContinue;
    return step;
}

} // namespace Tessera
