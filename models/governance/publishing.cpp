#include "models/governance/publishing.h"

#include "models/core/isotime.h"
#include "models/governance/catalogviews.h"
#include "models/governance/standards.h"

#include <QFileInfo>

namespace Tessera {

Result<PolicyVersion> Publishing::publish(CatalogStore &store, Role role, const QString &path, const QByteArray &text,
                                          const QString &note, int expectedVersion, const CatalogViews *views)
{
    const QString file = QFileInfo(path).fileName();
    if (!mayPublish(role))
        return Error(tr("Only a data steward publishes governance policies; you work as %1.").arg(Roles::displayName(role)))
            .at(path);
    const PolicyDocument document = Policies::parse(text, path);
    QList<Error> problems = document.errors;
    if (views)
        problems << Standards::check(document.policies, *views);
    if (!problems.isEmpty()) {
        Error first = problems.first();
        first.message = tr("%1 was not published: it has %n problem(s), the first: %2", nullptr, int(problems.size()))
                            .arg(file, first.message);
        return first;
    }
    if (document.policies.isEmpty())
        return Error(tr("%1 was not published: it holds no policy.").arg(file)).at(path);
    return store.publishPolicies(file, QString::fromUtf8(text), note, expectedVersion);
}

PolicyDocument Publishing::inForce(const QList<PolicyVersion> &versions)
{
    PolicyDocument all;
    for (const PolicyVersion &v : versions) {
        const PolicyDocument doc = Policies::parse(v.content.toUtf8(), v.file);
        all.policies << doc.policies;
        all.errors << doc.errors;
    }
    return all;
}

PolicyVersionModel::PolicyVersionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PolicyVersionModel::setVersions(const QList<PolicyVersion> &versions)
{
    beginResetModel();
    m_versions = versions;
    m_changes.clear();
    for (int row = 0; row < m_versions.size(); ++row) {
        const QString before = row + 1 < m_versions.size() ? m_versions.at(row + 1).content : QString();
        const QList<DiffLine> diff = TextDiff::compare(before, m_versions.at(row).content);
        m_changes.append({diff, TextDiff::addedCount(diff), TextDiff::removedCount(diff)});
    }
    endResetModel();
}

QList<DiffLine> PolicyVersionModel::changes(int row) const
{
    return row >= 0 && row < m_changes.size() ? m_changes.at(row).lines : QList<DiffLine>();
}

int PolicyVersionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int PolicyVersionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PolicyVersionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PolicyVersion &v = m_versions.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case VersionColumn:
            return v.version;
        case PublishedColumn:
            return localTimeText(v.publishedAt);
        case ByColumn:
            return v.publishedBy;
        case ChangesColumn: {
            const auto &[lines, added, removed] = m_changes.at(index.row());
            return tr("+%1 −%2").arg(added).arg(removed);
        }
        case NoteColumn:
            return v.note;
        }
    } else if (role == Qt::ToolTipRole && index.column() == NoteColumn && !v.note.isEmpty()) {
        return v.note;
    } else if (role == Qt::TextAlignmentRole && (index.column() == VersionColumn || index.column() == ChangesColumn)) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant PolicyVersionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VersionColumn:
        return tr("Version");
    case PublishedColumn:
        return tr("Published");
    case ByColumn:
        return tr("By");
    case ChangesColumn:
        return tr("Lines");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

} // namespace Tessera
