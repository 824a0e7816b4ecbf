#include "models/governance/compliancetrend.h"

#include "models/core/isotime.h"
#include "models/governance/catalogviews.h"
#include "models/governance/publishing.h"

#include <QSet>

namespace Tessera {

ComplianceSnapshot ComplianceTrend::snapshot(const StandardsReport &report, int products, const QList<PolicyVersion> &inForce,
                                             const QDateTime &at)
{
    ComplianceSnapshot s;
    s.takenAt = at;
    QStringList versions;
    for (const PolicyVersion &v : inForce)
        versions << QStringLiteral("%1@%2").arg(v.file).arg(v.version);
    versions.sort();
    s.policies = versions.join(QLatin1Char(' '));
    s.products = products;
    QSet<QString> failing;
    for (const Violation &v : report.violations) {
        failing.insert(v.productId);
        switch (v.severity) {
        case Severity::Error:
            ++s.errors;
            break;
        case Severity::Warning:
            ++s.warnings;
            break;
        case Severity::Info:
            ++s.notes;
            break;
        }
    }
    s.failingProducts = int(failing.size());
    return s;
}

bool ComplianceTrend::worthRecording(const ComplianceSnapshot &next, const std::optional<ComplianceSnapshot> &last)
{
    if (!last)
        return true;
    ComplianceSnapshot same = next;
    same.takenAt = last->takenAt; // everything but the time
    return same != *last || last->takenAt.secsTo(next.takenAt) >= 24 * 3600;
}

Result<std::optional<ComplianceSnapshot>> ComplianceTrend::record(CatalogStore &store, const CatalogViews &views,
                                                                  const QDateTime &at)
{
    const auto inForce = store.publishedPolicies();
    if (!inForce)
        return inForce.error();
    if (inForce->isEmpty())
        return std::optional<ComplianceSnapshot>();
    return keep(store, measure(inForce.value(), views, at));
}

ComplianceSnapshot ComplianceTrend::measure(const QList<PolicyVersion> &inForce, const CatalogViews &views, const QDateTime &at)
{
    const StandardsReport report = Standards::evaluate(Publishing::inForce(inForce).policies, views);
    return snapshot(report, views.productCount(), inForce, at);
}

Result<std::optional<ComplianceSnapshot>> ComplianceTrend::keep(CatalogStore &store, const ComplianceSnapshot &next)
{
    const auto last = store.complianceHistory(1);
    if (!last)
        return last.error();
    if (!worthRecording(next, last->isEmpty() ? std::nullopt : std::optional(last->last())))
        return std::optional<ComplianceSnapshot>();
    if (Status s = store.recordCompliance(next); !s)
        return s.error();
    return std::optional(next);
}

ComplianceTrendModel::ComplianceTrendModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ComplianceTrendModel::setHistory(const QList<ComplianceSnapshot> &history)
{
    beginResetModel();
    m_history = history;
    endResetModel();
}

int ComplianceTrendModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_history.size());
}

int ComplianceTrendModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplianceTrendModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComplianceSnapshot &s = m_history.at(m_history.size() - 1 - index.row()); // newest first
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case WhenColumn:
            return localTimeText(s.takenAt);
        case ErrorsColumn:
            return s.errors;
        case WarningsColumn:
            return s.warnings;
        case NotesColumn:
            return s.notes;
        case FailingColumn:
            return tr("%1 of %2").arg(s.failingProducts).arg(s.products);
        case PoliciesColumn:
            return s.policies;
        }
    } else if (role == Qt::TextAlignmentRole && index.column() != WhenColumn && index.column() != PoliciesColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant ComplianceTrendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case ErrorsColumn:
        return tr("Errors");
    case WarningsColumn:
        return tr("Warnings");
    case NotesColumn:
        return tr("Notes");
    case FailingColumn:
        return tr("Products failing");
    case PoliciesColumn:
        return tr("Policies in force");
    }
    return {};
}

} // namespace Tessera
