#pragma once

#include "models/catalog/catalogstore.h"
#include "models/catalog/drafts.h"
#include "models/catalog/permissions.h"
#include "views/shell/documentpage.h"

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QToolBar;

namespace Tessera {

class DocumentationEditor;
class HistoryModel;
class ProductEdit;
class QualityModel;
class SchemaModel;
class SlaModel;

// A data product as a tab: header (title, domain, team, status, version, classification, tags,
// source) and sections Overview, Documentation, Schema, Ports, Quality, Pipelines, History. People allowed
// to edit change it in place and save with Ctrl+S; links to other products navigate like a
// browser (Alt+Left/Right go back and forward).
class ProductPage : public DocumentPage
{
    Q_OBJECT

public:
    enum Section {
        OverviewSection,
        DocumentationSection,
        SchemaSection,
        PortsSection,
        QualitySection,
        PoliciesSection,
        PipelinesSection,
        HistorySection,
    };
    Q_ENUM(Section)

    // store and drafts (may be null) must outlive the page.
    ProductPage(CatalogStore *store, DraftStore *drafts, const EditContext &context, QWidget *parent = nullptr);
    ~ProductPage() override;

    // Shows the product (adding it to the page's history); an error when it cannot be read.
    Status showProduct(const QString &productId);
    // Follows a link: in this page, or (with unsaved changes here) in a new one.
    void navigate(const QString &productId);
    void setContext(const EditContext &context);
    // The time the Pipelines section measures freshness against; null: the clock's.
    void setReferenceTime(const QDateTime &time);
    // The governance policies' files the Policies section evaluates the product against (the
    // governance tab's folder); empty: none chosen yet.
    void setPolicyFolder(const QString &folder);
    // Takes up edits from an earlier session.
    void restoreDraft(const Draft &draft);
    // Shows a section; for Schema, filtered to one dataset's column.
    void showSection(Section section);
    void showColumn(const QString &dataset, const QString &column);

    QString productId() const;
    ProductEdit *edit() const { return m_edit.get(); }
    EditRight editRight() const { return m_right; }
    QTabWidget *sections() const { return m_sections; }

    QString documentKey() const override;
    QString documentTitle() const override;
    QIcon documentIcon() const override;
    bool isModified() const override;
    bool save() override;
    void discardChanges() override;
    bool canGoBack() const override;
    bool canGoForward() const override;
    void goBack() override;
    void goForward() override;

    // Writes the product back to the files of the folder it came from.
    Status writeBack();
    static QString productKey(const QString &productId);

Q_SIGNALS:
    void lineageRequested(const QString &productId);
    void pipelinesRequested(const QString &productId); // the pipelines tab, on this product
    void previewRequested(const QString &productId); // the preview workbench, on this product's samples

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildHeader(QWidget *header);
    QWidget *buildOverview();
    QWidget *buildSchema();
    QWidget *buildPorts();
    QWidget *buildQuality();
    QWidget *buildPipelines();
    QWidget *buildHistory();
    // The Pipelines section, read when it is shown (it needs the catalog's lineage and runs).
    void renderPipelines();
    void renderPolicies();
    Status load(const QString &productId);
    void updateFromEdit();
    void updateHeader(); // from the product as edited
    void updateContext(); // from the rest of the catalog: team, domain, source, linked products
    void renderPorts();
    void goTo(int visited);
    void updateEditability();
    void updateActions();
    void updateHistoryDiff();
    void openLink(const QUrl &url);

    CatalogStore *m_store;
    DraftStore *m_drafts;
    EditContext m_context;
    EditRight m_right;
    std::unique_ptr<ProductEdit> m_edit;
    SchemaModel *m_schema = nullptr;
    SlaModel *m_sla = nullptr;
    QualityModel *m_quality = nullptr;
    HistoryModel *m_history = nullptr;
    QStringList m_visited;
    int m_visitedIndex = -1;
    bool m_updating = false;
    std::pair<QString, int> m_contextShownFor; // product id and revision the header's context was read for
    QString m_domainName;
    std::optional<Team> m_team;
    QHash<QString, QString> m_inputTitles; // product id -> title, for the products this one reads
    Result<QList<ProductSummary>> m_consumers = QList<ProductSummary>();
    bool m_removed = false; // removed from the catalog by someone else

    QToolBar *m_toolBar;
    QAction *m_backAction;
    QAction *m_forwardAction;
    QAction *m_saveAction;
    QAction *m_revertAction;
    QAction *m_writeBackAction;
    QLabel *m_banner;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_statusBadge;
    QLabel *m_classificationBadge;
    QLabel *m_tagsLabel;
    QLabel *m_teamLabel;
    QLabel *m_sourceLabel;
    QTabWidget *m_sections;

    QLineEdit *m_titleEdit = nullptr;
    QPlainTextEdit *m_descriptionEdit = nullptr;
    QComboBox *m_statusBox = nullptr;
    QComboBox *m_classificationBox = nullptr;
    QLineEdit *m_tagsEdit = nullptr;
    QTableView *m_slaView = nullptr;
    QPushButton *m_addSla = nullptr;
    QPushButton *m_removeSla = nullptr;
    DocumentationEditor *m_documentation = nullptr;
    QLineEdit *m_schemaFilter = nullptr;
    QTableView *m_schemaView = nullptr;
    QSortFilterProxyModel *m_schemaProxy = nullptr;
    QTextBrowser *m_ports = nullptr;
    QTableView *m_qualityView = nullptr;
    QTextBrowser *m_pipelines = nullptr;
    bool m_pipelinesStale = true;
    QTextBrowser *m_policies = nullptr;
    QString m_policyFolder;
    bool m_policiesStale = true;
    QDateTime m_referenceTime;
    QTableView *m_historyView = nullptr;
    QTextBrowser *m_historyDiff = nullptr;
};

} // namespace Tessera
