#pragma once

// Publishing governance policies: a steward keeps a policy file's text in the catalog as its
// next version (audited, the versions before kept), once it has no problems. The newest version
// of each file is in force; PolicyVersionModel lists a file's versions and compares them.

#include "models/catalog/catalogstore.h"
#include "models/core/textdiff.h"
#include "models/governance/policy.h"

#include <QAbstractTableModel>
#include <QCoreApplication>

namespace Tessera {

class CatalogViews;

class Publishing
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::Publishing)

public:
    // Stewards keep the global rules: they alone publish.
    static bool mayPublish(Role role) { return role == Role::Steward; }
    // The policy file at path published under its file name: refused for other roles than a
    // steward's and for a text with problems (its own, and its conditions' over the views when
    // given), each at its line. expectedVersion: the newest version the publisher saw (0: none).
    static Result<PolicyVersion> publish(CatalogStore &store, Role role, const QString &path, const QByteArray &text,
                                         const QString &note, int expectedVersion, const CatalogViews *views);
    // The policies of the published versions, each read as the file it was published as.
    static PolicyDocument inForce(const QList<PolicyVersion> &versions);
};

// A policy file's published versions, newest first, with what each changed from the one before.
class PolicyVersionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Columns {
        VersionColumn,
        PublishedColumn,
        ByColumn,
        ChangesColumn,
        NoteColumn,
        ColumnCount,
    };

    explicit PolicyVersionModel(QObject *parent = nullptr);

    // The versions of one file (newest first, as CatalogStore::policyVersions gives them).
    void setVersions(const QList<PolicyVersion> &versions);
    const QList<PolicyVersion> &versions() const { return m_versions; }
    // The newest version's number; 0 when the file was never published.
    int newest() const { return m_versions.isEmpty() ? 0 : m_versions.first().version; }
    // What the version in row changed from the one before it (all added for the first).
    QList<DiffLine> changes(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PolicyVersion> m_versions;
    struct Changes {
        QList<DiffLine> lines; // from the version before
        int added = 0;
        int removed = 0;
    };
    QList<Changes> m_changes; // per version
};

} // namespace Tessera
