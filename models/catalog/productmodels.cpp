#include "models/catalog/productmodels.h"

#include "models/catalog/presentation.h"

namespace Tessera {

// --- SchemaModel

SchemaModel::SchemaModel(ProductEdit *edit, QObject *parent)
    : QAbstractTableModel(parent)
    , m_edit(edit)
{
    connect(m_edit, &ProductEdit::changed, this, &SchemaModel::refresh);
    refresh();
}

void SchemaModel::refresh()
{
    QList<std::pair<int, int>> rows;
    const Product &p = m_edit->current();
    for (int d = 0; d < p.datasets.size(); ++d) {
        for (int c = 0; c < p.datasets.at(d).columns.size(); ++c)
            rows.append({d, c});
    }
    if (rows == m_rows) {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void SchemaModel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int SchemaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SchemaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SchemaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto [d, c] = m_rows.at(index.row());
    const Dataset &dataset = m_edit->current().datasets.at(d);
    const Column &column = dataset.columns.at(c);
    auto flag = [&](bool on) -> QVariant {
        if (role == Qt::CheckStateRole)
            return on ? Qt::Checked : Qt::Unchecked;
        if (role == SortRole)
            return on;
        if (role == Qt::AccessibleTextRole)
            return on ? tr("yes") : tr("no");
        return {};
    };
    switch (index.column()) {
    case RequiredColumn:
        return flag(column.required);
    case UniqueColumn:
        return flag(column.unique);
    case PrimaryKeyColumn:
        return flag(column.primaryKey);
    default:
        break;
    }
    if (role == ClassificationRole)
        return int(column.classification);
    if (role == Qt::ToolTipRole && index.column() == TypeColumn && !column.physicalType.isEmpty())
        return tr("Physical type: %1").arg(column.physicalType);
    if (role == Qt::ToolTipRole && index.column() == DescriptionColumn)
        return column.description;
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != SortRole)
        return {};
    switch (index.column()) {
    case DatasetColumn:
        return dataset.name;
    case NameColumn:
        return column.name;
    case TypeColumn:
        return column.logicalType.isEmpty() ? column.physicalType : column.logicalType;
    case DescriptionColumn:
        return column.description;
    case ClassificationColumn:
        if (role == Qt::EditRole)
            return Catalog::classificationKey(column.classification);
        if (role == SortRole)
            return int(column.classification);
        return column.classification == Classification::Unspecified ? QString()
                                                                    : Catalog::classificationName(column.classification);
    case TagsColumn:
        return column.tags.join(QLatin1String(", "));
    }
    return {};
}

bool SchemaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_editable || role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const auto [d, c] = m_rows.at(index.row());
    Column column = m_edit->current().datasets.at(d).columns.at(c);
    switch (index.column()) {
    case DescriptionColumn:
        column.description = value.toString();
        break;
    case ClassificationColumn: {
        const auto classification = Catalog::classificationFromKey(value.toString());
        if (!classification)
            return false;
        column.classification = *classification;
        break;
    }
    case TagsColumn:
        column.tags = Catalog::splitTags(value.toString());
        break;
    default:
        return false;
    }
    m_edit->setColumn(d, c, column);
    return true;
}

Qt::ItemFlags SchemaModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    if (m_editable
        && (index.column() == DescriptionColumn || index.column() == ClassificationColumn || index.column() == TagsColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant SchemaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DatasetColumn:
        return tr("Dataset");
    case NameColumn:
        return tr("Column");
    case TypeColumn:
        return tr("Type");
    case DescriptionColumn:
        return tr("Description");
    case ClassificationColumn:
        return tr("Classification");
    case TagsColumn:
        return tr("Tags");
    case RequiredColumn:
        return role == Qt::ToolTipRole ? tr("Required: may not be empty") : tr("Req.");
    case UniqueColumn:
        return role == Qt::ToolTipRole ? tr("Unique: no two rows share a value") : tr("Uniq.");
    case PrimaryKeyColumn:
        return role == Qt::ToolTipRole ? tr("Part of the primary key") : tr("PK");
    }
    return {};
}

// --- SlaModel

SlaModel::SlaModel(ProductEdit *edit, QObject *parent)
    : QAbstractTableModel(parent)
    , m_edit(edit)
{
    connect(m_edit, &ProductEdit::changed, this, &SlaModel::refresh);
    refresh();
}

void SlaModel::refresh()
{
    const QList<SlaProperty> &sla = m_edit->current().sla;
    if (sla.size() == m_sla.size()) {
        m_sla = sla;
        if (!m_sla.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_sla.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_sla = sla;
    endResetModel();
}

void SlaModel::setEditable(bool editable)
{
    m_editable = editable;
    if (!m_sla.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_sla.size()) - 1, ColumnCount - 1));
}

int SlaModel::addRow()
{
    if (!m_editable)
        return -1;
    const int row = int(m_sla.size());
    beginInsertRows({}, row, row);
    m_sla.append(SlaProperty{});
    endInsertRows();
    m_edit->setSla(m_sla);
    return row;
}

bool SlaModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (!m_editable || parent.isValid() || row < 0 || count <= 0 || row + count > m_sla.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_sla.remove(row, count);
    endRemoveRows();
    m_edit->setSla(m_sla);
    return true;
}

int SlaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sla.size());
}

int SlaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SlaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const SlaProperty &s = m_sla.at(index.row());
    switch (index.column()) {
    case PropertyColumn:
        return s.property;
    case ValueColumn:
        return s.valueExt.isEmpty() ? s.value : s.value + QLatin1String("..") + s.valueExt;
    case UnitColumn:
        return s.unit;
    case ElementColumn:
        return s.element;
    case ReadsAsColumn:
        return s.property.isEmpty() ? QString() : Catalog::slaText(s);
    }
    return {};
}

bool SlaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_editable || role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QList<SlaProperty> sla = m_sla;
    SlaProperty &s = sla[index.row()];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case PropertyColumn:
        s.property = text;
        break;
    case ValueColumn: {
        const qsizetype range = text.indexOf(QLatin1String(".."));
        s.value = range < 0 ? text : text.left(range).trimmed();
        s.valueExt = range < 0 ? QString() : text.mid(range + 2).trimmed();
        break;
    }
    case UnitColumn:
        s.unit = text;
        break;
    case ElementColumn:
        s.element = text;
        break;
    default:
        return false;
    }
    m_edit->setSla(sla);
    return true;
}

Qt::ItemFlags SlaModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editable && index.column() != ReadsAsColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant SlaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PropertyColumn:
        return tr("Property");
    case ValueColumn:
        return tr("Value");
    case UnitColumn:
        return tr("Unit");
    case ElementColumn:
        return tr("Applies to");
    case ReadsAsColumn:
        return tr("Reads as");
    }
    return {};
}

// --- QualityModel

QualityModel::QualityModel(ProductEdit *edit, QObject *parent)
    : QAbstractTableModel(parent)
    , m_edit(edit)
{
    connect(m_edit, &ProductEdit::changed, this, &QualityModel::refresh);
    refresh();
}

void QualityModel::refresh()
{
    QList<std::pair<QString, QualityRule>> rules;
    for (const Dataset &d : m_edit->current().datasets) {
        for (const QualityRule &q : d.quality)
            rules.append({d.name, q});
        for (const Column &c : d.columns) {
            for (const QualityRule &q : c.quality)
                rules.append({d.name + QLatin1Char('.') + c.name, q});
        }
    }
    if (rules == m_rules)
        return;
    beginResetModel();
    m_rules = rules;
    endResetModel();
}

QString QualityModel::ruleText(const QualityRule &rule)
{
    static const QHash<QString, const char *> metrics{
        {QStringLiteral("nullValues"), QT_TR_NOOP("null values")},
        {QStringLiteral("missingValues"), QT_TR_NOOP("missing values")},
        {QStringLiteral("invalidValues"), QT_TR_NOOP("invalid values")},
        {QStringLiteral("duplicateValues"), QT_TR_NOOP("duplicate values")},
        {QStringLiteral("rowCount"), QT_TR_NOOP("row count")},
    };
    static const QHash<QString, QString> operators{
        {QStringLiteral("mustBe"), QStringLiteral("=")},
        {QStringLiteral("mustNotBe"), QStringLiteral("≠")},
        {QStringLiteral("mustBeGreaterThan"), QStringLiteral(">")},
        {QStringLiteral("mustBeGreaterOrEqualTo"), QStringLiteral("≥")},
        {QStringLiteral("mustBeLessThan"), QStringLiteral("<")},
        {QStringLiteral("mustBeLessOrEqualTo"), QStringLiteral("≤")},
    };
    QString op = operators.value(rule.op);
    if (rule.op == QLatin1String("mustBeBetween"))
        op = tr("between");
    else if (rule.op == QLatin1String("mustNotBeBetween"))
        op = tr("not between");
    else if (op.isEmpty())
        op = rule.op;
    const QString subject = rule.type == QLatin1String("sql")
        ? tr("SQL: %1").arg(rule.query.simplified())
        : (metrics.contains(rule.metric) ? tr(metrics.value(rule.metric)) : rule.metric);
    if (op.isEmpty())
        return subject.isEmpty() ? rule.description : subject;
    return subject + QLatin1Char(' ') + op + QLatin1Char(' ') + rule.value;
}

int QualityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int QualityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QualityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &[where, rule] = m_rules.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == RuleColumn && rule.type == QLatin1String("sql"))
        return rule.query;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhereColumn:
        return where;
    case NameColumn:
        return rule.name;
    case RuleColumn:
        return ruleText(rule);
    case DimensionColumn:
        return rule.dimension;
    case SeverityColumn:
        return rule.severity;
    case DescriptionColumn:
        return rule.description;
    }
    return {};
}

QVariant QualityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhereColumn:
        return tr("Applies to");
    case NameColumn:
        return tr("Name");
    case RuleColumn:
        return tr("Rule");
    case DimensionColumn:
        return tr("Dimension");
    case SeverityColumn:
        return tr("Severity");
    case DescriptionColumn:
        return tr("Description");
    }
    return {};
}

} // namespace Tessera
