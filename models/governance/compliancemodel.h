#pragma once

// Violations of standard policies as a tree for the compliance view and the policy studio's
// simulation: grouped by domain, product or policy, each group with its counts by severity, each
// violation with its explanation.

#include "models/governance/standards.h"

#include <QAbstractItemModel>

namespace Tessera {

class ComplianceModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Grouping {
        Domain,
        Product,
        Policy,
    };
    Q_ENUM(Grouping)
    enum Column {
        NameColumn, // the group; a violation's product or policy and what it says
        SeverityColumn,
        ErrorsColumn,
        WarningsColumn,
        NotesColumn,
        ColumnCount,
    };
    enum Roles {
        SeverityRole = Qt::UserRole + 1, // a violation's (int of Severity); a group's worst
        ProductIdRole, // a violation's product, or a product group's
        PolicyIdRole,
        ViolationIndexRole, // a violation's index in violations(); -1 for groups
        IsGroupRole,
    };

    struct Group {
        QString key;
        QString label;
        QList<int> violations; // indexes into the violations, errors first
        int counts[3] = {0, 0, 0};
        Severity worst = Severity::Info;
    };
    // The violations arranged as the model shows them, with their counts: work for any thread
    // (hundreds of thousands of violations take a while), shown at once by setContents().
    struct Contents {
        QList<Violation> violations;
        Grouping grouping = Grouping::Domain;
        QList<Group> groups; // the worst first, then by name
        int counts[3] = {0, 0, 0}; // by severity
        int products = 0; // with a violation
    };
    static Contents arrange(QList<Violation> violations, Grouping grouping);

    explicit ComplianceModel(QObject *parent = nullptr);

    void setViolations(const QList<Violation> &violations);
    // Shows arranged violations, and gives back those shown before (for the caller to let go of
    // them where that does not hold the UI up).
    Contents setContents(Contents contents);
    const QList<Violation> &violations() const { return m_contents.violations; }
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_contents.grouping; }
    // Counts over all violations, by severity.
    int count(Severity severity) const;
    // Products with at least one violation.
    int productCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString severityText(Severity severity);

private:
    QString childLabel(const Violation &v) const;

    Contents m_contents;
};

} // namespace Tessera
