#include "models/lineage/layoutrunner.h"

#include <QFutureWatcher>
#include <QtConcurrentRun>

namespace Tessera {

LayoutRunner::LayoutRunner(QObject *parent)
    : QObject(parent)
{
}

LayoutRunner::~LayoutRunner()
{
    cancel();
    // Running layouts hold their inputs and flags themselves; the watchers are children and go
    // with this object, so nothing reports to it after it is gone.
}

quint64 LayoutRunner::start(LayeredLayout::Input input)
{
    cancel();
    const quint64 request = ++m_latest;
    auto flag = std::make_shared<std::atomic<bool>>(false);
    m_cancel = flag;
    ++m_running;
    auto *watcher = new QFutureWatcher<LayeredLayout::Result>(this);
    connect(watcher, &QFutureWatcher<LayeredLayout::Result>::finished, this, [this, watcher, request, flag] {
        --m_running;
        const LayeredLayout::Result result = watcher->result();
        watcher->deleteLater();
        if (result.cancelled || flag->load() || request != m_latest) {
            Q_EMIT cancelled(request);
            return;
        }
        Q_EMIT finished(request, result);
    });
    watcher->setFuture(QtConcurrent::run([input = std::move(input), flag] {
        return LayeredLayout::run(input, flag.get());
    }));
    return request;
}

void LayoutRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace Tessera
