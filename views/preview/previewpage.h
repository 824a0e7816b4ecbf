#pragma once

#include "models/catalog/catalogstore.h"
#include "models/core/role.h"
#include "models/governance/policy.h"
#include "models/preview/previewsandbox.h"
#include "models/preview/recipe.h"
#include "models/preview/resultquality.h"
#include "views/shell/documentpage.h"

class QAction;
class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace Tessera {

class CatalogStore;
class PreviewEngine;
class PreviewResultModel;
class SqlEditor;

// The preview workbench: a product's datasets loaded from their samples into the preview worker
// (masked for the role chosen), a query written in SQL or built as recipe steps, run with progress
// and cancel, its rows in a grid filled as it scrolls; the result's column profiles, the dataset's
// quality rules measured on it, and a before/after comparison with the input.
class PreviewPage : public DocumentPage
{
    Q_OBJECT

public:
    // store must outlive the page.
    explicit PreviewPage(CatalogStore *store, QWidget *parent = nullptr);
    ~PreviewPage() override;

    // One workbench per product.
    static QString pageKey(const QString &productId) { return QStringLiteral("preview:") + productId; }
    QString documentKey() const override { return pageKey(m_product.id); }
    QString documentTitle() const override;
    QIcon documentIcon() const override;

    // The governance policies whose masking rules apply (a folder of *.policy.yaml; may be empty).
    void setPolicyFolder(const QString &folder);
    void setRole(Role role);
    Role role() const { return m_role; }
    // Loads the product's datasets that have samples; `dataset` (or the first) becomes the input.
    Status openProduct(const QString &productId, const QString &dataset = QString());
    // Attaches a sample file to the chosen dataset in the catalog (for everyone) and loads it.
    Status attachSample(const QString &path);
    // Loads a file as one more table (for a join), named after the file.
    void addSampleFile(const QString &path);
    void setSql(const QString &sql);
    void setRecipe(const Recipe &recipe);
    const Recipe &recipe() const { return m_recipe; }
    // Runs the SQL, or the recipe when the Recipe tab is shown; false when nothing could start.
    bool run();
    void cancel();
    // Shows the result against its input (rows added, removed, changed) instead of the result.
    void setComparing(bool on);
    // Waits (for screenshots and tests) until loads, the run and its profile and checks are done.
    bool waitUntilIdle(int milliseconds = 30'000);

    PreviewResultModel *resultModel() const { return m_model; }
    QTreeWidget *profileView() const { return m_profile; }
    QTreeWidget *qualityView() const { return m_quality; }
    QTabWidget *bottomTabs() const { return m_bottom; }
    QSplitter *splitter() const { return m_splitter; }
    void showRecipeTab(bool recipe);

private:
    void buildToolBar();
    QWidget *buildSidePanel();
    QWidget *buildStepForm(int step);
    void loadDataset(const QString &dataset, const QString &path);
    void reloadAll();
    void onFinished(int id, const QCborMap &reply);
    void onCompleted(const QueryResult &result);
    void refreshTables();
    void refreshSteps(int select);
    void clearForm();
    QString stepLabel(int step) const;
    void refreshSaved();
    QString sampleFilter() const;
    void showBusy(const QString &text);
    QHash<QString, QStringList> tables() const; // the loaded tables' columns, for recipes
    void recompile();
    void updateActions();
    void setStatus(const QString &text, bool error = false);
    void showProfiles(const QList<ColumnProfile> &profiles);
    void showQuality(const QList<QualityVerdict> &verdicts);
    void saveAs();
    void openSaved(int index);
    void exportCsv();
    QString inputTable() const;
    const Dataset *inputDataset() const;
    QStringList columnsBefore(int step) const;

    CatalogStore *m_store;
    PreviewEngine *m_engine;
    PreviewResultModel *m_model;
    Product m_product;
    QList<Policy> m_policies;
    Role m_role = Role::Analyst;
    QHash<QString, LoadedTable> m_loaded;
    QHash<int, std::pair<QString, QString>> m_loadIds; // load request -> dataset, path
    QList<std::pair<QString, QString>> m_samples; // dataset, path (the product's)
    QStringList m_extraFiles;
    Recipe m_recipe;
    QueryResult m_result; // the last run's, for comparing and profiles
    int m_runId = 0, m_profileId = 0, m_measureId = 0, m_compareId = 0, m_exportId = 0;
    QList<ResultQuality::Rule> m_rules;
    bool m_comparing = false;
    QList<SavedPreview> m_saved;

    QComboBox *m_datasetBox = nullptr;
    QComboBox *m_roleBox = nullptr;
    QComboBox *m_savedBox = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_exportAction = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeWidget *m_tablesTree = nullptr;
    QListWidget *m_steps = nullptr;
    QWidget *m_formHost = nullptr;
    QTabWidget *m_editorTabs = nullptr;
    SqlEditor *m_sql = nullptr;
    SqlEditor *m_compiled = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_bottom = nullptr;
    QTableView *m_grid = nullptr;
    QTreeWidget *m_profile = nullptr;
    QTreeWidget *m_quality = nullptr;
};

} // namespace Tessera
