#pragma once

// The compliance trend: how the catalog meets the published policies over time. A snapshot is
// taken when the governance tab evaluates them (opened, a product saved, a file published) and
// kept when it says something new: the first, other counts or policies, or a day since the last.

#include "models/catalog/catalogstore.h"
#include "models/governance/standards.h"

#include <QAbstractTableModel>
#include <QCoreApplication>

namespace Tessera {

class CatalogViews;

class ComplianceTrend
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::ComplianceTrend)

public:
    // A report's counts by severity and of failing products, with the versions in force.
    static ComplianceSnapshot snapshot(const StandardsReport &report, int products, const QList<PolicyVersion> &inForce,
                                       const QDateTime &at);
    static bool worthRecording(const ComplianceSnapshot &next, const std::optional<ComplianceSnapshot> &last);
    // The published policies evaluated over the views, and the snapshot recorded when worth it:
    // the one recorded, or none (nothing published, or nothing new).
    static Result<std::optional<ComplianceSnapshot>> record(CatalogStore &store, const CatalogViews &views, const QDateTime &at);
    // Its two halves: the snapshot of the policies in force over the views (which may be on
    // another thread than the store), and the snapshot kept when worth it.
    static ComplianceSnapshot measure(const QList<PolicyVersion> &inForce, const CatalogViews &views, const QDateTime &at);
    static Result<std::optional<ComplianceSnapshot>> keep(CatalogStore &store, const ComplianceSnapshot &next);
};

// The snapshots, newest first.
class ComplianceTrendModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Columns {
        WhenColumn,
        ErrorsColumn,
        WarningsColumn,
        NotesColumn,
        FailingColumn,
        PoliciesColumn,
        ColumnCount,
    };

    explicit ComplianceTrendModel(QObject *parent = nullptr);

    // Oldest first, as CatalogStore::complianceHistory gives them.
    void setHistory(const QList<ComplianceSnapshot> &history);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ComplianceSnapshot> m_history; // oldest first
};

} // namespace Tessera
