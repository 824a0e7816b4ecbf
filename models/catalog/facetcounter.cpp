#include "models/catalog/facetcounter.h"

#include "models/catalog/catalogstore.h"

namespace Tessera {

// Lives in the counter's thread and keeps one store open there.
class FacetCounter::Worker : public QObject
{
public:
    Worker(CatalogLocation location, QString actor)
        : m_location(std::move(location))
        , m_actor(std::move(actor))
    {
    }

    Result<Facets> count(const SearchQuery &query)
    {
        if (!m_store) {
            auto opened = CatalogStore::open(m_location, m_actor, CatalogStore::OpenCheck::None); // checked by the first
            if (!opened)
                return opened.error();
            m_store = std::move(opened).value();
        }
        return m_store->facets(query);
    }

private:
    CatalogLocation m_location;
    QString m_actor;
    std::unique_ptr<CatalogStore> m_store;
};

FacetCounter::FacetCounter(const CatalogLocation &location, const QString &actor, QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(location, actor))
    , m_newest(std::make_shared<std::atomic<int>>(0))
{
    m_thread.setObjectName(QStringLiteral("facet counter"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

FacetCounter::~FacetCounter()
{
    m_thread.quit();
    m_thread.wait();
}

void FacetCounter::count(const SearchQuery &query)
{
    const int generation = ++*m_newest;
    ++m_pending;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, newest = m_newest, query, generation] {
            // In the worker's thread.
            if (generation != newest->load()) {
                QMetaObject::invokeMethod(
                    this,
                    [this] {
                        --m_pending;
                    },
                    Qt::QueuedConnection);
                return; // a newer request is waiting
            }
            auto facets = worker->count(query);
            QMetaObject::invokeMethod(
                this,
                [this, facets = std::move(facets), newest, generation] {
                    // Back in the counter's thread.
                    --m_pending;
                    if (generation != newest->load())
                        return;
                    if (facets)
                        Q_EMIT counted(facets.value());
                    else
                        Q_EMIT failed(facets.error());
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace Tessera
