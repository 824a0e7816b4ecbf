#include "models/governance/compliancemodel.h"

#include <QSet>

namespace Tessera {

namespace {
constexpr quintptr groupId = quintptr(-1); // internalId of group rows; children carry their group's row
}

ComplianceModel::ComplianceModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QString ComplianceModel::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("Error");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Info:
        return tr("Note");
    }
    return QString();
}

void ComplianceModel::setViolations(const QList<Violation> &violations)
{
    beginResetModel();
    m_violations = violations;
    regroup();
    endResetModel();
}

void ComplianceModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    regroup();
    endResetModel();
}

int ComplianceModel::count(Severity severity) const
{
    return int(std::count_if(m_violations.cbegin(), m_violations.cend(), [severity](const Violation &v) {
        return v.severity == severity;
    }));
}

int ComplianceModel::productCount() const
{
    QSet<QString> ids;
    for (const Violation &v : m_violations)
        ids.insert(v.productId);
    return int(ids.size());
}

void ComplianceModel::regroup()
{
    m_groups.clear();
    QHash<QString, qsizetype> at;
    for (int i = 0; i < m_violations.size(); ++i) {
        const Violation &v = m_violations.at(i);
        QString key, label;
        switch (m_grouping) {
        case Grouping::Domain:
            key = v.domainId;
            label = v.domainName.isEmpty() ? v.domainId : v.domainName;
            break;
        case Grouping::Product:
            key = v.productId;
            label = v.productName.isEmpty() ? v.productId : v.productName;
            break;
        case Grouping::Policy:
            key = v.policyId;
            label = v.policyId;
            break;
        }
        qsizetype g = at.value(key, -1);
        if (g < 0) {
            g = m_groups.size();
            at.insert(key, g);
            m_groups.append({key, label, {}, {0, 0, 0}, Severity::Info});
        }
        Group &group = m_groups[g];
        group.violations << i;
        ++group.counts[int(v.severity)];
        group.worst = std::max(group.worst, v.severity);
    }
    // The groups with the worst problems first, then by name; within a group, errors first.
    std::stable_sort(m_groups.begin(), m_groups.end(), [](const Group &a, const Group &b) {
        for (int s = int(Severity::Error); s >= 0; --s) {
            if (a.counts[s] != b.counts[s])
                return a.counts[s] > b.counts[s];
        }
        return a.label.localeAwareCompare(b.label) < 0;
    });
    for (Group &g : m_groups) {
        std::stable_sort(g.violations.begin(), g.violations.end(), [this](int a, int b) {
            return m_violations.at(a).severity > m_violations.at(b).severity;
        });
    }
}

QString ComplianceModel::childLabel(const Violation &v) const
{
    const QString product = v.productName.isEmpty() ? v.productId : v.productName;
    switch (m_grouping) {
    case Grouping::Domain:
        return tr("%1: %2").arg(product, v.message);
    case Grouping::Product:
        return tr("%1/%2: %3").arg(v.policyId, v.ruleId, v.message);
    case Grouping::Policy:
        return tr("%1: %2").arg(product, v.message);
    }
    return QString();
}

QModelIndex ComplianceModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, groupId);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex ComplianceModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupId)
        return {};
    return createIndex(int(child.internalId()), 0, groupId);
}

int ComplianceModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == groupId && parent.column() == 0)
        return int(m_groups.at(parent.row()).violations.size());
    return 0;
}

int ComplianceModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ComplianceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == groupId) {
        const Group &g = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case NameColumn:
                return g.label;
            case SeverityColumn:
                return severityText(g.worst);
            case ErrorsColumn:
            case WarningsColumn:
            case NotesColumn: {
                const int n = g.counts[int(Severity::Error) - (index.column() - ErrorsColumn)];
                return n ? QVariant(n) : QVariant();
            }
            }
            break;
        case Qt::ToolTipRole:
            return tr("%1: %2 errors, %3 warnings, %4 notes")
                .arg(g.label)
                .arg(g.counts[int(Severity::Error)])
                .arg(g.counts[int(Severity::Warning)])
                .arg(g.counts[int(Severity::Info)]);
        case Qt::TextAlignmentRole:
            return index.column() >= ErrorsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        case SeverityRole:
            return int(g.worst);
        case ProductIdRole:
            return m_grouping == Grouping::Product ? g.key : QVariant();
        case PolicyIdRole:
            return m_grouping == Grouping::Policy ? g.key : QVariant();
        case ViolationIndexRole:
            return -1;
        case IsGroupRole:
            return true;
        }
        return {};
    }
    const int at = m_groups.at(int(index.internalId())).violations.at(index.row());
    const Violation &v = m_violations.at(at);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return childLabel(v);
        if (index.column() == SeverityColumn)
            return severityText(v.severity);
        return {};
    case Qt::ToolTipRole:
        return v.explanation();
    case SeverityRole:
        return int(v.severity);
    case ProductIdRole:
        return v.productId;
    case PolicyIdRole:
        return v.policyId;
    case ViolationIndexRole:
        return at;
    case IsGroupRole:
        return false;
    }
    return {};
}

QVariant ComplianceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        switch (m_grouping) {
        case Grouping::Domain:
            return tr("Domain");
        case Grouping::Product:
            return tr("Product");
        case Grouping::Policy:
            return tr("Policy");
        }
        break;
    case SeverityColumn:
        return tr("Severity");
    case ErrorsColumn:
        return tr("Errors");
    case WarningsColumn:
        return tr("Warnings");
    case NotesColumn:
        return tr("Notes");
    }
    return {};
}

} // namespace Tessera
