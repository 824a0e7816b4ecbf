#pragma once

#include "models/lineage/layeredlayout.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace Tessera {

// Lays graphs out on a worker thread. The newest request wins: starting a layout cancels the one
// running, whose result is then never reported.
class LayoutRunner : public QObject
{
    Q_OBJECT

public:
    explicit LayoutRunner(QObject *parent = nullptr);
    ~LayoutRunner() override;

    // Returns the request's number, as finished() reports it.
    quint64 start(LayeredLayout::Input input);
    void cancel();
    bool isRunning() const { return m_running > 0; }

Q_SIGNALS:
    void finished(quint64 request, const Tessera::LayeredLayout::Result &result);
    void cancelled(quint64 request);

private:
    quint64 m_latest = 0;
    int m_running = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace Tessera
