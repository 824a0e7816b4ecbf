#pragma once

#include "models/catalog/catalogstore.h"
#include "models/core/result.h"
#include "models/governance/compliancemodel.h"
#include "models/governance/compliancetrend.h"
#include "models/governance/maskpreviewmodel.h"
#include "models/governance/policy.h"
#include "models/governance/publishing.h"

#include "views/shell/documentpage.h"
#include <QFuture>
#include <QMap>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QSplitter;
class QTabWidget;
class QTextBrowser;
class QTableView;
class QTimer;
class QTreeView;

namespace Tessera {

class CatalogStore;
class CatalogViews;
struct EvaluationProgress;
class PolicyEditor;
class TrendChart;

// Governance as a tab: the policy studio and the compliance view in one. On the left, the policy
// files of a folder; in the middle, the selected file in a YAML editor with its problems
// underlined (and sent to the problems dock) as it is typed; on the right, what the policies
// (the draft in the editor with the rest of the folder) decide over the catalog: the violations of
// standards grouped by domain, product or policy with their explanations, and a dataset's columns
// as a role would see them under the masking policies.
class GovernancePage : public DocumentPage
{
    Q_OBJECT

public:
    // store must outlive the page; folder holds the *.policy.yaml files.
    GovernancePage(CatalogStore *store, const QString &folder, QWidget *parent = nullptr);
    ~GovernancePage() override;

    static QString pageKey() { return QStringLiteral("governance"); }

    // Reads the folder's files and the catalog again, and evaluates. Files changed elsewhere are
    // seen from here on. A SQLite catalog's views are copied on another thread (the policies
    // evaluate once they are in; catalogRead() says when).
    Status reload();
    bool isReadingCatalog() const { return m_reading; }
    // Whether the policies are being evaluated over the catalog (on another thread; the results
    // shown are the last finished until then).
    bool isEvaluating() const { return m_workViews != nullptr; }
    // Waits (the events going on) until the catalog is read and the policies evaluated over it;
    // false after timeoutMs.
    bool waitUntilDone(int timeoutMs = 60000);
    // Stops the evaluation under way (and the ones waiting): the results shown stay the last
    // finished. The toolbar's Stop.
    void stopEvaluation();
    QString folder() const { return m_folder; }
    QStringList files() const;
    // Shows a file of the folder in the editor (asking about unsaved changes first is the
    // caller's part); false when it cannot be read.
    bool openFile(const QString &path);
    QString currentFile() const { return m_currentFile; }
    // Checks and evaluates now (otherwise a moment after the last keystroke): the files at once,
    // over the catalog on another thread (one evaluation at a time; asked for again meanwhile,
    // it runs again once the one under way is done).
    void evaluate();
    // Shows how a role sees a dataset.
    bool showMasking(Role role, const QString &productId, const QString &dataset);
    // The user's role: stewards publish.
    void setRole(Role role);
    // Publishes the file in the editor (saved first) as its next version in the catalog, with
    // the note: for stewards, and a file without problems. The Publish action asks for the note.
    Result<PolicyVersion> publish(const QString &note);
    PolicyVersionModel *versions() const { return m_versions; }
    ComplianceTrendModel *trend() const { return m_trend; }
    // How long after a product is saved the trend takes its snapshot (saves in between wait).
    static constexpr int trendDelayMs = 20'000;
    // The most violations the compliance tree opens all groups for.
    static constexpr int maxExpandedViolations = 5'000;
    QTimer *trendTimer() const { return m_trendTimer; }

    PolicyEditor *editor() const { return m_editor; }
    ComplianceModel *compliance() const { return m_compliance; }
    MaskPreviewModel *maskPreview() const { return m_maskPreview; }
    QTreeView *complianceView() const { return m_complianceView; }
    QTabWidget *results() const { return m_results; }
    QSplitter *splitter() const { return m_splitter; }
    // The problems of the policy files, as last checked.
    const QList<Error> &diagnostics() const { return m_diagnostics; }

    QString documentKey() const override { return pageKey(); }
    QString documentTitle() const override;
    QIcon documentIcon() const override;
    bool isModified() const override;
    bool save() override;
    void discardChanges() override;
    QString detailsHtml() const override;
    void openDetailsLink(const QUrl &url) override;

Q_SIGNALS:
    // The policy files' problems changed (replacing the ones sent before).
    void diagnosticsChanged(const QList<Tessera::Error> &errors);
    // The catalog's views are read (or could not be: problem() said why).
    void catalogRead();

private:
    void buildUi();
    void fillMaskingChoices();
    void catalogChanged(const QString &productId);
    void readCatalog();
    void viewsRead(Result<std::unique_ptr<CatalogViews>> views);
    void refreshVersions();
    void showVersionChanges();
    void updatePublishedNote();
    // The published policies evaluated, a snapshot kept when it says something new, the trend
    // shown again.
    void recordTrend();
    // The folder's policies with the editor's text in place of its file.
    PolicyDocument draftPolicies() const;
    // Work on the views, on another thread, one piece at a time: evaluations first, then
    // trend snapshots.
    void startWork();
    void startEvaluation();
    void startTrend();
    template<typename T>
    void runOnViews(std::function<T(const CatalogViews &)> work, std::function<void(T)> finish);
    void showRun(PolicyRun run, const QList<Policy> &policies, ComplianceModel::Contents contents);
    void showContents(ComplianceModel::Contents contents);
    void regroup(); // the violations shown arranged anew by the grouping chosen, on another thread
    void showTrend();
    void showProgress();
    void updateMasking();
    void updateSummary();
    void selectionChanged();

    CatalogStore *m_store;
    QString m_folder;
    QString m_currentFile;
    QList<ProductSummary> m_summaries; // the masking tab's products
    std::optional<Product> m_maskProduct; // the one chosen there
    QMap<QString, PolicyDocument> m_saved; // the folder's files as last read or saved, by path
    std::shared_ptr<CatalogViews> m_views; // shared with the work under way
    bool m_reading = false;
    bool m_evaluationWaits = false;
    bool m_trendWaits = false;
    bool m_stopped = false; // the user stopped the work under way: its results are dropped
    bool m_stoppedShown = false; // the summary says so, until the next results
    std::shared_ptr<CatalogViews> m_workViews; // the views the work under way uses; none: no work under way
    QFuture<void> m_work;
    std::shared_ptr<EvaluationProgress> m_progress; // the evaluation under way's
    QStringList m_changedWhileWorking; // products saved while the views were in use
    int m_arrangements = 0; // the newest grouping asked for: older ones are dropped
    int m_reads = 0; // the newest read's number: an older one's views are dropped
    QStringList m_changedWhileReading; // products saved while the views were read
    QList<Policy> m_policies; // as last evaluated
    QList<Error> m_diagnostics;
    int m_selectedViolation = -1;

    QSplitter *m_splitter = nullptr;
    QListWidget *m_fileList = nullptr;
    PolicyEditor *m_editor = nullptr;
    QTabWidget *m_results = nullptr;
    QComboBox *m_grouping = nullptr;
    QLabel *m_summary = nullptr;
    QTreeView *m_complianceView = nullptr;
    ComplianceModel *m_compliance = nullptr;
    QComboBox *m_roleChoice = nullptr;
    QComboBox *m_productChoice = nullptr;
    QComboBox *m_datasetChoice = nullptr;
    QLabel *m_maskingNote = nullptr;
    QTableView *m_maskView = nullptr;
    Role m_role = Role::Analyst;
    QAction *m_publishAction = nullptr;
    PolicyVersionModel *m_versions = nullptr;
    QLabel *m_publishedNote = nullptr;
    QTableView *m_versionView = nullptr;
    QTextBrowser *m_versionChanges = nullptr;
    ComplianceTrendModel *m_trend = nullptr;
    QTimer *m_trendTimer = nullptr;
    TrendChart *m_trendChart = nullptr;
    MaskPreviewModel *m_maskPreview = nullptr;
    QTimer *m_checkTimer = nullptr;
    QTimer *m_progressTimer = nullptr;
    QAction *m_stopAction = nullptr;
};

} // namespace Tessera
