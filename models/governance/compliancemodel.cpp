#include "models/governance/compliancemodel.h"

#include <QCollator>
#include <QSet>

#include <numeric>

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
    setContents(arrange(violations, m_contents.grouping));
}

ComplianceModel::Contents ComplianceModel::setContents(Contents contents)
{
    beginResetModel();
    std::swap(m_contents, contents);
    endResetModel();
    return contents;
}

void ComplianceModel::setGrouping(Grouping grouping)
{
    if (grouping == m_contents.grouping)
        return;
    setContents(arrange(m_contents.violations, grouping));
}

int ComplianceModel::count(Severity severity) const
{
    return m_contents.counts[int(severity)];
}

int ComplianceModel::productCount() const
{
    return m_contents.products;
}

ComplianceModel::Contents ComplianceModel::arrange(QList<Violation> violations, Grouping grouping)
{
    Contents c;
    c.violations = std::move(violations);
    c.grouping = grouping;
    QHash<QString, qsizetype> at;
    QSet<QString> products;
    products.reserve(c.violations.size() / 4);
    for (int i = 0; i < c.violations.size(); ++i) {
        const Violation &v = c.violations.at(i);
        ++c.counts[int(v.severity)];
        products.insert(v.productId);
        QString key, label;
        switch (grouping) {
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
            g = c.groups.size();
            at.insert(key, g);
            c.groups.append({key, label, {}, {0, 0, 0}, Severity::Info});
        }
        Group &group = c.groups[g];
        group.violations << i;
        ++group.counts[int(v.severity)];
        group.worst = std::max(group.worst, v.severity);
    }
    c.products = int(products.size());
    // The groups with the worst problems first, then by name (compared by their collation keys:
    // a hundred thousand products' names are sorted in moments); within a group, errors first.
    QCollator collator;
    QList<std::pair<QCollatorSortKey, qsizetype>> keys;
    keys.reserve(c.groups.size());
    for (qsizetype g = 0; g < c.groups.size(); ++g)
        keys.append({collator.sortKey(c.groups.at(g).label), g});
    QList<qsizetype> order(c.groups.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&c, &keys](qsizetype a, qsizetype b) {
        const Group &x = c.groups.at(a);
        const Group &y = c.groups.at(b);
        for (int s = int(Severity::Error); s >= 0; --s) {
            if (x.counts[s] != y.counts[s])
                return x.counts[s] > y.counts[s];
        }
        return keys.at(a).first.compare(keys.at(b).first) < 0;
    });
    QList<Group> sorted;
    sorted.reserve(c.groups.size());
    for (qsizetype g : std::as_const(order))
        sorted.append(std::move(c.groups[g]));
    c.groups = std::move(sorted);
    for (Group &g : c.groups) {
        std::stable_sort(g.violations.begin(), g.violations.end(), [&c](int a, int b) {
            return c.violations.at(a).severity > c.violations.at(b).severity;
        });
    }
    return c;
}

QString ComplianceModel::childLabel(const Violation &v) const
{
    const QString product = v.productName.isEmpty() ? v.productId : v.productName;
    switch (m_contents.grouping) {
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
        return int(m_contents.groups.size());
    if (parent.internalId() == groupId && parent.column() == 0)
        return int(m_contents.groups.at(parent.row()).violations.size());
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
        const Group &g = m_contents.groups.at(index.row());
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
            return m_contents.grouping == Grouping::Product ? g.key : QVariant();
        case PolicyIdRole:
            return m_contents.grouping == Grouping::Policy ? g.key : QVariant();
        case ViolationIndexRole:
            return -1;
        case IsGroupRole:
            return true;
        }
        return {};
    }
    const int at = m_contents.groups.at(int(index.internalId())).violations.at(index.row());
    const Violation &v = m_contents.violations.at(at);
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
        switch (m_contents.grouping) {
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
