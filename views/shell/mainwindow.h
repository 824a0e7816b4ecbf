#pragma once

#include "models/catalog/cataloglogin.h"
#include "models/catalog/permissions.h"
#include "models/core/cataloglocation.h"
#include "models/core/role.h"

#include <QDateTime>
#include <QMainWindow>

#include <memory>

#include <optional>

class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QTextBrowser;
class QTreeView;

namespace Tessera {

class ActivityModel;
class CatalogStore;
class DraftStore;
class ProductPage;
struct NameHit;
class CatalogTreeModel;
class DocumentArea;
class DocumentPage;
class LineagePage;
class LineageReceiver;
class GovernancePage;
class PipelinesPage;
class PreviewPage;
class NavigatorPanel;
class ProblemModel;
class Settings;

// The application window: navigator (left), documents (centre), details (right), problems and
// activity (bottom). Later features put their views into these places.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    Role role() const { return m_role; }
    void setRole(Role role);

    std::optional<CatalogLocation> catalog() const { return m_catalog; }
    // Opens the catalog at location (the user's own starts as the sample mesh) and shows it in the
    // navigator; on failure keeps the catalog in use and reports why.
    // A team catalog whose server asks for a password gets it from this session, the system
    // keychain, or the password prompt (PasswordDialog; none in screenshot mode).
    Status openCatalog(const CatalogLocation &location);
    using PasswordPrompt = CatalogLogin::Prompt;
    void setPasswordPrompt(PasswordPrompt prompt) { m_passwordPrompt = std::move(prompt); }
    CatalogStore *store() const { return m_store.get(); }

    // Opens the product in a tab (or shows the tab that has it); null when it cannot be read.
    ProductPage *openProduct(const QString &productId);
    // Opens the lineage tab (or shows it), focused on the nodes named (product ids, node keys),
    // or the whole graph when none is; null when the catalog's lineage cannot be read.
    LineagePage *openLineage(const QStringList &focus = {});
    // Opens the pipelines tab (or shows it), with the product's row selected if one is named.
    PipelinesPage *openPipelines(const QString &productId = QString());
    // The preview workbench on a product's sample data (the dataset named, or its first with a
    // sample); null when the product cannot be read.
    PreviewPage *openPreview(const QString &productId, const QString &dataset = QString());
    // The governance tab on a policy folder: the settings' (the shipped policies, copied to the
    // user's data folder, until one is chosen) when none is given.
    GovernancePage *openGovernance(const QString &policyFolder = QString());
    // Ingests OpenLineage event files (or the event files in folders); problems per line go to
    // the problems dock. Fails only when nothing could be stored.
    Status importEvents(const QStringList &paths);
    // The receiver of OpenLineage events over HTTP, on loopback at the port in the settings.
    Status startReceiver(quint16 port);
    void stopReceiver();
    LineageReceiver *receiver() const { return m_receiver; }
    // The time pipelines' freshness is measured against; null: the clock's (screenshots of the
    // sample mesh fix it to the morning after its last night).
    void setReferenceTime(const QDateTime &time);
    DraftStore *drafts() const { return m_drafts.get(); }
    // The domains the person owns as a domain owner.
    QStringList ownedDomains() const;
    void setOwnedDomains(const QStringList &domains);
    void showQuickOpen();

    ProblemModel *problems() const { return m_problems; }
    ActivityModel *activities() const { return m_activities; }
    NavigatorPanel *navigator() const { return m_navigator; }
    DocumentArea *documents() const { return m_documents; }

    void showAbout();

Q_SIGNALS:
    void roleChanged(Tessera::Role role);
    void catalogChanged(const Tessera::CatalogLocation &location);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks();
    void createActions();
    void createStatusBar();
    void openCatalogFile();
    void openTeamCatalog();
    // The store at location, with the password a server asks for (see openCatalog()).
    Result<std::unique_ptr<CatalogStore>> connectTo(const CatalogLocation &location);
    void importEventsInteractively();
    void toggleReceiver(bool on);
    void updateReceiverStatus();
    void runsChanged(); // events were stored: pages that show runs read them again
    void openCatalogInteractively(const CatalogLocation &location);
    void updateRecentMenu();
    void updateStatus();
    void updateDockTitles();
    void updateDocumentActions();
    void updateDomainsMenu();
    void applyEditContext();
    void openHit(const NameHit &hit);
    void offerDrafts();
    // Connects what every page reports: links to products, problems (under source), messages.
    void watchPage(DocumentPage *page, const QString &source);
    void updateDetails();
    EditContext editContext() const;
    Role effectiveRole() const; // the server's, where it gives one

    Settings &m_settings;
    PasswordPrompt m_passwordPrompt;
    Role m_role;
    std::optional<CatalogLocation> m_catalog;
    std::unique_ptr<CatalogStore> m_store;
    CatalogTreeModel *m_tree = nullptr;
    std::unique_ptr<DraftStore> m_drafts;

    ProblemModel *m_problems;
    ActivityModel *m_activities;
    DocumentArea *m_documents;
    NavigatorPanel *m_navigator;

    QDockWidget *m_navigatorDock = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QDockWidget *m_activityDock = nullptr;
    QStackedWidget *m_details = nullptr;
    QTextBrowser *m_detailsBrowser = nullptr;
    QTreeView *m_problemsView = nullptr;
    QTreeView *m_activityView = nullptr;

    QActionGroup *m_roleGroup = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_domainsMenu = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QLabel *m_catalogLabel = nullptr;
    QLabel *m_roleLabel = nullptr;
    QLabel *m_activityLabel = nullptr;
    QLabel *m_receiverLabel = nullptr;
    QAction *m_receiveAction = nullptr;
    LineageReceiver *m_receiver = nullptr;
    QDateTime m_referenceTime;
};

} // namespace Tessera
