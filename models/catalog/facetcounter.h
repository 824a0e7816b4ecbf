#pragma once

#include "models/catalog/search.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace Tessera {

// Counts facets in the background on a connection of its own, so that typing in a search never
// waits for them (counting every value of a large catalog takes a while). Only the newest
// request is counted and reported; older ones still waiting are skipped.
class FacetCounter : public QObject
{
    Q_OBJECT

public:
    FacetCounter(const CatalogLocation &location, const QString &actor, QObject *parent = nullptr);
    ~FacetCounter() override;

    void count(const SearchQuery &query);
    bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    void counted(const Tessera::Facets &facets); // the newest request's counts
    void failed(const Tessera::Error &error);

private:
    class Worker;

    QThread m_thread;
    Worker *m_worker;
    std::shared_ptr<std::atomic<int>> m_newest;
    int m_pending = 0;
};

} // namespace Tessera
