#include "views/governance/governancepage.h"

#include "models/catalog/catalogstore.h"
#include "models/federation/samplemesh.h"
#include "models/governance/catalogviews.h"
#include "models/governance/policy.h"
#include "models/governance/qualitychecks.h"
#include "models/governance/standards.h"
#include "views/catalog/badges.h"
#include "views/governance/policyeditor.h"
#include "views/governance/trendchart.h"
#include "views/shell/icons.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QtConcurrentRun>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace Tessera {

GovernancePage::GovernancePage(CatalogStore *store, const QString &folder, QWidget *parent)
    : DocumentPage(parent)
    , m_store(store)
    , m_folder(folder)
    , m_compliance(new ComplianceModel(this))
    , m_maskPreview(new MaskPreviewModel(this))
    , m_checkTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("governancePage"));
    m_versions = new PolicyVersionModel(this);
    m_trend = new ComplianceTrendModel(this);
    buildUi();
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(400);
    connect(m_checkTimer, &QTimer::timeout, this, &GovernancePage::evaluate);
    m_trendTimer = new QTimer(this);
    m_trendTimer->setSingleShot(true);
    m_trendTimer->setInterval(trendDelayMs);
    connect(m_trendTimer, &QTimer::timeout, this, &GovernancePage::recordTrend);
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(150); // a quick evaluation shows no progress at all
    connect(m_progressTimer, &QTimer::timeout, this, &GovernancePage::showProgress);
    // The views follow the catalog: a product's rows are made anew when it changes, and the
    // policies evaluated again (rules whose products did not change come from the views' cache).
    connect(m_store, &CatalogStore::productChanged, this, &GovernancePage::catalogChanged);
    connect(m_store, &CatalogStore::externalChange, this, &GovernancePage::catalogChanged);
    connect(m_store, &CatalogStore::policiesPublished, this, &GovernancePage::refreshVersions);
    setRole(m_role);
}

void GovernancePage::setRole(Role role)
{
    m_role = role;
    const bool may = Publishing::mayPublish(role);
    m_publishAction->setEnabled(may);
    m_publishAction->setToolTip(may ? tr("Publish the policy file to the catalog as its next version")
                                    : tr("Only a data steward publishes policies (Settings ▸ Work as Role)"));
}

Result<PolicyVersion> GovernancePage::publish(const QString &note)
{
    if (m_currentFile.isEmpty())
        return Error(tr("No policy file is open."));
    if (!waitUntilDone()) // the conditions are checked over the catalog before publishing
        return Error(tr("The policies are still being evaluated over the catalog; publish once that is done."));
    if (isModified() && !save())
        return Error(tr("%1 could not be saved, so it was not published.").arg(QFileInfo(m_currentFile).fileName()));
    const auto published = Publishing::publish(*m_store, m_role, m_currentFile, m_editor->toPlainText().toUtf8(), note,
                                               m_versions->newest(), m_views.get());
    if (!published) {
        Q_EMIT problem(published.error());
        return published;
    }
    // The versions are read again on the store's policiesPublished.
    recordTrend();
    m_results->setCurrentWidget(m_publishedNote->parentWidget());
    return published;
}

void GovernancePage::recordTrend()
{
    if (!m_views)
        return;
    m_trendWaits = true;
    startWork();
}

void GovernancePage::startTrend()
{
    const auto inForce = m_store->publishedPolicies();
    if (!inForce) {
        Q_EMIT problem(inForce.error());
        return;
    }
    if (inForce->isEmpty()) {
        showTrend();
        return;
    }
    const QDateTime at = QDateTime::currentDateTimeUtc();
    runOnViews<ComplianceSnapshot>(
        [inForce = inForce.value(), at](const CatalogViews &views) {
            return ComplianceTrend::measure(inForce, views, at);
        },
        [this](ComplianceSnapshot next) { // (a stopped measurement never comes here)
            if (const auto kept = ComplianceTrend::keep(*m_store, next); !kept)
                Q_EMIT problem(kept.error());
            showTrend();
        });
}

void GovernancePage::showTrend()
{
    const auto history = m_store->complianceHistory(500);
    if (!history) {
        Q_EMIT problem(history.error());
        return;
    }
    m_trend->setHistory(history.value());
    m_trendChart->setHistory(history.value());
}

void GovernancePage::refreshVersions()
{
    const QString file = QFileInfo(m_currentFile).fileName();
    const auto versions = file.isEmpty() ? Result<QList<PolicyVersion>>(QList<PolicyVersion>()) : m_store->policyVersions(file);
    if (!versions) {
        Q_EMIT problem(versions.error());
        return;
    }
    m_versions->setVersions(versions.value());
    if (m_versions->rowCount() > 0)
        m_versionView->selectRow(0);
    showVersionChanges();
}

void GovernancePage::updatePublishedNote()
{
    const QString file = QFileInfo(m_currentFile).fileName();
    if (m_versions->rowCount() == 0) {
        m_publishedNote->setText(file.isEmpty() ? QString()
                                                : tr("%1 has never been published: its policies are drafts.").arg(file));
        return;
    }
    // The file as it stands against the version in force.
    const QList<DiffLine> pending = TextDiff::compare(m_versions->versions().first().content, m_editor->toPlainText());
    const int added = TextDiff::addedCount(pending), removed = TextDiff::removedCount(pending);
    m_publishedNote->setText(added + removed == 0
                                 ? tr("Version %1 of %2 is in force, as it stands here.").arg(m_versions->newest()).arg(file)
                                 : tr("Version %1 of %2 is in force; the file here differs from it by +%3 −%4 lines.")
                                       .arg(m_versions->newest())
                                       .arg(file)
                                       .arg(added)
                                       .arg(removed));
}

void GovernancePage::showVersionChanges()
{
    updatePublishedNote();
    if (m_versions->rowCount() == 0) {
        m_versionChanges->clear();
        return;
    }
    const QModelIndexList selected = m_versionView->selectionModel()->selectedRows();
    const int row = selected.isEmpty() ? 0 : selected.first().row();
    const PolicyVersion &v = m_versions->versions().at(row);
    m_versionChanges->setHtml(QStringLiteral("<p><b>%1</b></p>")
                                  .arg((row + 1 < m_versions->rowCount()
                                            ? tr("What version %1 changed from version %2:").arg(v.version).arg(v.version - 1)
                                            : tr("Version %1, the first:").arg(v.version))
                                           .toHtmlEscaped())
                              + Badges::diffHtml(m_versions->changes(row), m_versionChanges->palette()));
}

void GovernancePage::catalogChanged(const QString &productId)
{
    if (m_reading) {
        m_changedWhileReading << productId;
        return;
    }
    if (!m_views)
        return;
    if (isEvaluating() && !productId.isEmpty()) { // made anew once the views are free
        m_changedWhileWorking << productId;
        return;
    }
    if (productId.isEmpty()) { // changed elsewhere, which products unknown: all read again
        fillMaskingChoices();
        readCatalog();
        evaluate();
        return;
    }
    if (Status s = m_views->update(*m_store, productId); !s) {
        Q_EMIT problem(s.error());
        return;
    }
    if (productId == m_productChoice->currentData().toString())
        fillMaskingChoices();
    m_trendTimer->start(); // a burst of saves makes one point of the trend
    m_checkTimer->start();
}

GovernancePage::~GovernancePage()
{
    if (isEvaluating()) { // what runs on the views is stopped, not left running
        m_workViews->interrupt();
        m_work.waitForFinished();
    }
}

void GovernancePage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("governanceToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *check = bar->addAction(tr("Check"), this, &GovernancePage::evaluate);
    check->setObjectName(QStringLiteral("governanceCheck"));
    check->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    check->setToolTip(tr("Check the policies and evaluate them over the catalog (%1)")
                          .arg(check->shortcut().toString(QKeySequence::NativeText)));
    m_stopAction = bar->addAction(tr("Stop"), this, &GovernancePage::stopEvaluation);
    m_stopAction->setObjectName(QStringLiteral("governanceStop"));
    m_stopAction->setToolTip(tr("Stop evaluating the policies over the catalog"));
    m_stopAction->setEnabled(false);
    QAction *saveAction = bar->addAction(tr("Save Policy"), this, [this] {
        save();
    });
    saveAction->setObjectName(QStringLiteral("governanceSave"));
    m_publishAction = bar->addAction(tr("Publish…"), this, [this] {
        bool ok = false;
        const QString note
            = QInputDialog::getText(this, tr("Publish %1").arg(QFileInfo(m_currentFile).fileName()),
                                    tr("What this version changes, for its note:"), QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        if (const auto published = publish(note); !published)
            QMessageBox::warning(this, tr("Publish"), published.error().toString());
    });
    m_publishAction->setObjectName(QStringLiteral("governancePublish"));
    bar->addSeparator();
    bar->addWidget(new QLabel(tr("Group by:"), bar));
    m_grouping = new QComboBox(bar);
    m_grouping->setObjectName(QStringLiteral("governanceGrouping"));
    m_grouping->setAccessibleName(tr("Group violations by"));
    m_grouping->addItem(tr("Domain"), int(ComplianceModel::Grouping::Domain));
    m_grouping->addItem(tr("Product"), int(ComplianceModel::Grouping::Product));
    m_grouping->addItem(tr("Policy"), int(ComplianceModel::Grouping::Policy));
    bar->addWidget(m_grouping);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &GovernancePage::regroup);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_summary = new QLabel(bar);
    m_summary->setObjectName(QStringLiteral("governanceSummary"));
    m_summary->setContentsMargins(0, 0, 8, 0);
    bar->addWidget(m_summary);
    layout->addWidget(bar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("governanceSplitter"));
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    m_fileList = new QListWidget(m_splitter);
    m_fileList->setObjectName(QStringLiteral("policyFiles"));
    m_fileList->setAccessibleName(tr("Policy files"));
    connect(m_fileList, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        const QString path = QDir(m_folder).filePath(name);
        if (name.isEmpty() || path == m_currentFile)
            return;
        if (isModified())
            save(); // keep the draft: switching files never loses typing
        openFile(path);
    });

    m_editor = new PolicyEditor(m_splitter);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_checkTimer->start();
        Q_EMIT titleChanged();
    });

    m_results = new QTabWidget(m_splitter);
    m_results->setObjectName(QStringLiteral("governanceResults"));
    m_results->setDocumentMode(true);

    m_complianceView = new QTreeView(m_results);
    m_complianceView->setObjectName(QStringLiteral("complianceView"));
    m_complianceView->setAccessibleName(tr("Violations"));
    m_complianceView->setModel(m_compliance);
    m_complianceView->setUniformRowHeights(true);
    m_complianceView->setAlternatingRowColors(true);
    m_complianceView->header()->setStretchLastSection(false);
    m_complianceView->header()->setSectionResizeMode(ComplianceModel::NameColumn, QHeaderView::Stretch);
    for (int c = ComplianceModel::SeverityColumn; c < ComplianceModel::ColumnCount; ++c)
        m_complianceView->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(m_complianceView->selectionModel(), &QItemSelectionModel::currentChanged, this, &GovernancePage::selectionChanged);
    connect(m_complianceView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString product = index.data(ComplianceModel::ProductIdRole).toString();
        if (!product.isEmpty())
            Q_EMIT openProductRequested(product);
    });
    m_results->addTab(m_complianceView, tr("Violations"));

    auto *masking = new QWidget(m_results);
    auto *maskingLayout = new QVBoxLayout(masking);
    auto *choices = new QHBoxLayout;
    m_roleChoice = new QComboBox(masking);
    m_roleChoice->setObjectName(QStringLiteral("maskingRole"));
    m_roleChoice->setAccessibleName(tr("Role"));
    for (Role role : {Role::Analyst, Role::Owner, Role::Steward})
        m_roleChoice->addItem(Roles::displayName(role), int(role));
    m_productChoice = new QComboBox(masking);
    m_productChoice->setObjectName(QStringLiteral("maskingProduct"));
    m_productChoice->setAccessibleName(tr("Product"));
    m_productChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_productChoice->setMinimumContentsLength(16);
    m_datasetChoice = new QComboBox(masking);
    m_datasetChoice->setObjectName(QStringLiteral("maskingDataset"));
    m_datasetChoice->setAccessibleName(tr("Dataset"));
    choices->addWidget(new QLabel(tr("As"), masking));
    choices->addWidget(m_roleChoice);
    choices->addWidget(new QLabel(tr("sees"), masking));
    choices->addWidget(m_productChoice, 1);
    choices->addWidget(m_datasetChoice, 1);
    maskingLayout->addLayout(choices);
    m_maskView = new QTableView(masking);
    m_maskView->setObjectName(QStringLiteral("maskingView"));
    m_maskView->setAccessibleName(tr("Columns as the role sees them"));
    m_maskView->setModel(m_maskPreview);
    m_maskView->verticalHeader()->hide();
    m_maskView->setAlternatingRowColors(true);
    m_maskView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_maskView->setWordWrap(false);
    m_maskView->setTextElideMode(Qt::ElideMiddle);
    m_maskView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Sample values (a hash is long) elided to a width of their own; the decision takes the rest.
    m_maskView->horizontalHeader()->setSectionResizeMode(MaskPreviewModel::SampleColumn, QHeaderView::Interactive);
    m_maskView->horizontalHeader()->resizeSection(MaskPreviewModel::SampleColumn,
                                                  m_maskView->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 36);
    m_maskView->horizontalHeader()->setStretchLastSection(true);
    m_maskView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    maskingLayout->addWidget(m_maskView, 1);
    m_maskingNote = new QLabel(masking);
    m_maskingNote->setObjectName(QStringLiteral("maskingNote"));
    m_maskingNote->setWordWrap(true);
    maskingLayout->addWidget(m_maskingNote);
    m_results->addTab(masking, tr("Masking"));

    auto *published = new QWidget(m_results);
    auto *publishedLayout = new QVBoxLayout(published);
    m_publishedNote = new QLabel(published);
    m_publishedNote->setObjectName(QStringLiteral("publishedNote"));
    m_publishedNote->setWordWrap(true);
    publishedLayout->addWidget(m_publishedNote);
    auto *versionSplitter = new QSplitter(Qt::Vertical, published);
    m_versionView = new QTableView(versionSplitter);
    m_versionView->setObjectName(QStringLiteral("policyVersions"));
    m_versionView->setAccessibleName(tr("Published versions"));
    m_versionView->setModel(m_versions);
    m_versionView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versionView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versionView->verticalHeader()->hide();
    m_versionView->horizontalHeader()->setStretchLastSection(true);
    m_versionView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_versionChanges = new QTextBrowser(versionSplitter);
    m_versionChanges->setObjectName(QStringLiteral("policyVersionChanges"));
    m_versionChanges->setAccessibleName(tr("What the version changed"));
    m_versionChanges->setLineWrapMode(QTextEdit::NoWrap);
    versionSplitter->setSizes({160, 400});
    publishedLayout->addWidget(versionSplitter, 1);
    connect(m_versionView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &GovernancePage::showVersionChanges);
    m_results->addTab(published, tr("Published"));

    auto *trendSplitter = new QSplitter(Qt::Vertical, m_results);
    m_trendChart = new TrendChart(trendSplitter);
    auto *trendView = new QTableView(trendSplitter);
    trendView->setObjectName(QStringLiteral("complianceTrend"));
    trendView->setAccessibleName(tr("Compliance over time"));
    trendView->setModel(m_trend);
    trendView->setSelectionBehavior(QAbstractItemView::SelectRows);
    trendView->verticalHeader()->hide();
    trendView->horizontalHeader()->setStretchLastSection(true);
    trendView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    trendSplitter->setSizes({260, 300});
    m_results->addTab(trendSplitter, tr("Trend"));
    connect(m_roleChoice, &QComboBox::currentIndexChanged, this, &GovernancePage::updateMasking);
    connect(m_productChoice, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_productChoice->currentData().toString();
        const QString dataset = m_datasetChoice->currentText();
        const QSignalBlocker blocker(m_datasetChoice);
        m_datasetChoice->clear();
        m_maskProduct.reset();
        if (const auto product = m_store->product(id); product && product.value()) {
            m_maskProduct = product.value();
            for (const Dataset &d : m_maskProduct->datasets)
                m_datasetChoice->addItem(d.name);
            m_datasetChoice->setCurrentIndex(std::max(0, m_datasetChoice->findText(dataset)));
        }
        updateMasking();
    });
    connect(m_datasetChoice, &QComboBox::currentIndexChanged, this, &GovernancePage::updateMasking);

    m_splitter->addWidget(m_fileList);
    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(m_results);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({200, 600, 600});
}

QStringList GovernancePage::files() const
{
    return m_saved.keys();
}

Status GovernancePage::reload()
{
    auto summaries = m_store->productSummaries();
    if (!summaries)
        return summaries.error();
    m_summaries = std::move(summaries).value();

    // The folder's files, read once here; evaluating uses them with the draft in place of its file.
    m_saved.clear();
    const QFileInfoList entries = QDir(m_folder).entryInfoList({QStringLiteral("*.policy.yaml"), QStringLiteral("*.policy.yml")},
                                                               QDir::Files, QDir::Name);
    for (const QFileInfo &info : entries)
        m_saved.insert(info.filePath(), Policies::readFile(info.filePath()));
    {
        const QSignalBlocker blocker(m_fileList);
        m_fileList->clear();
        for (const QString &file : files())
            m_fileList->addItem(QFileInfo(file).fileName());
    }
    fillMaskingChoices();
    readCatalog();
    if ((m_currentFile.isEmpty() || !m_saved.contains(m_currentFile)) && !m_saved.isEmpty())
        openFile(m_saved.firstKey()); // evaluates (the files alone while the catalog is read)
    else
        evaluate();
    return Ok{};
}

void GovernancePage::readCatalog()
{
    m_views.reset();
    m_changedWhileReading.clear();
    m_reading = true;
    const int read = ++m_reads;
    if (m_store->location().kind() != CatalogLocation::Kind::SqliteFile) {
        viewsRead(CatalogViews::build(*m_store)); // read through the store, on its thread
        return;
    }
    // A SQLite file is copied on another thread: a large catalog takes seconds.
    using Views = Result<std::unique_ptr<CatalogViews>>;
    auto *watcher = new QFutureWatcher<Views>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, read] {
        watcher->deleteLater();
        if (read == m_reads)
            viewsRead(watcher->future().takeResult());
    });
    const QString file = m_store->location().filePath();
    watcher->setFuture(QtConcurrent::run([file] {
        return CatalogViews::copy(file);
    }));
}

void GovernancePage::viewsRead(Result<std::unique_ptr<CatalogViews>> views)
{
    m_reading = false;
    if (!views) {
        Q_EMIT problem(views.error());
        updateSummary();
        Q_EMIT catalogRead();
        return;
    }
    m_views = std::move(views).value();
    // What changed while the copy was made, made anew (all of it read again if unknown).
    const QStringList changed = m_changedWhileReading;
    m_changedWhileReading.clear();
    if (changed.contains(QString())) {
        readCatalog();
        return;
    }
    for (const QString &id : changed) {
        if (Status s = m_views->update(*m_store, id); !s)
            Q_EMIT problem(s.error());
    }
    evaluate(); // first: the violations before the trend's snapshot
    recordTrend();
    Q_EMIT catalogRead();
}

bool GovernancePage::waitUntilDone(int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while ((m_reading || isEvaluating()) && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return !m_reading && !isEvaluating();
}

void GovernancePage::stopEvaluation()
{
    m_evaluationWaits = m_trendWaits = false;
    if (!isEvaluating())
        return;
    m_stopped = m_stoppedShown = true;
    m_workViews->interrupt();
    m_stopAction->setEnabled(false);
    updateSummary();
}

void GovernancePage::startWork()
{
    if (isEvaluating() || !m_views || m_reading)
        return;
    if (m_evaluationWaits) {
        m_evaluationWaits = false;
        startEvaluation();
    } else if (m_trendWaits) {
        m_trendWaits = false;
        startTrend();
    }
}

template<typename T>
void GovernancePage::runOnViews(std::function<T(const CatalogViews &)> work, std::function<void(T)> finish)
{
    m_stopped = false;
    m_workViews = m_views;
    m_workViews->resume();
    auto *watcher = new QFutureWatcher<T>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, finish, views = m_views] {
        watcher->deleteLater();
        m_workViews.reset();
        m_progress.reset();
        m_progressTimer->stop();
        m_stopAction->setEnabled(false);
        if (views == m_views && !std::exchange(m_stopped, false))
            finish(watcher->future().takeResult());
        else
            updateSummary();
        // What was saved meanwhile made anew, and what waits started.
        for (const QString &id : std::exchange(m_changedWhileWorking, {}))
            catalogChanged(id);
        startWork();
    });
    QFuture<T> future = QtConcurrent::run([views = m_views, work = std::move(work)] {
        return work(*views);
    });
    m_work = QFuture<void>(future);
    watcher->setFuture(future);
    m_stopAction->setEnabled(true);
    m_progressTimer->start();
}

bool GovernancePage::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT problem(Error(tr("Could not read %1: %2").arg(path, file.errorString())).at(path));
        return false;
    }
    m_currentFile = path;
    {
        const QSignalBlocker blocker(m_editor);
        m_editor->setPlainText(QString::fromUtf8(file.readAll()));
        m_editor->document()->setModified(false);
    }
    const QList<QListWidgetItem *> items = m_fileList->findItems(QFileInfo(path).fileName(), Qt::MatchExactly);
    if (!items.isEmpty()) {
        const QSignalBlocker blocker(m_fileList);
        m_fileList->setCurrentItem(items.first());
    }
    Q_EMIT titleChanged();
    refreshVersions();
    evaluate();
    return true;
}

PolicyDocument GovernancePage::draftPolicies() const
{
    PolicyDocument all;
    for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it) {
        const PolicyDocument doc
            = it.key() == m_currentFile ? Policies::parse(m_editor->toPlainText().toUtf8(), it.key()) : it.value();
        all.policies << doc.policies;
        all.errors << doc.errors;
    }
    return all;
}

void GovernancePage::evaluate()
{
    m_checkTimer->stop();
    if (!m_views) { // the files alone, while the catalog is read (or could not be)
        const PolicyDocument all = draftPolicies();
        showRun({{}, all.errors}, all.policies, {});
        return;
    }
    m_evaluationWaits = true;
    startWork();
}

void GovernancePage::startEvaluation()
{
    const PolicyDocument all = draftPolicies();
    // Quality policies on the datasets that have sample data (read through the store, here).
    QList<Error> qualityErrors;
    const QList<Violation> quality = QualityChecks::onSamples(all.policies, *m_store, &qualityErrors);
    m_progress = std::make_shared<EvaluationProgress>();
    struct Evaluated {
        PolicyRun run;
        ComplianceModel::Contents contents;
    };
    runOnViews<Evaluated>(
        [all, quality, qualityErrors, progress = m_progress, grouping = m_compliance->grouping()](const CatalogViews &views) {
            PolicyRun run = Standards::run(all, views, progress.get());
            run.report.violations << quality;
            run.errors << qualityErrors;
            ComplianceModel::Contents contents = ComplianceModel::arrange(run.report.violations, grouping);
            return Evaluated{std::move(run), std::move(contents)};
        },
        [this, policies = all.policies](Evaluated evaluated) {
            if (m_evaluationWaits)
                return; // the text changed meanwhile: the next run shows what it says
            showRun(std::move(evaluated.run), policies, std::move(evaluated.contents));
        });
}

void GovernancePage::regroup()
{
    // Arranged on another thread: a hundred thousand products take a moment.
    const int arrangement = ++m_arrangements;
    auto *watcher = new QFutureWatcher<ComplianceModel::Contents>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, arrangement] {
        watcher->deleteLater();
        if (arrangement == m_arrangements)
            showContents(watcher->future().takeResult());
    });
    watcher->setFuture(QtConcurrent::run(&ComplianceModel::arrange, m_compliance->violations(),
                                         ComplianceModel::Grouping(m_grouping->currentData().toInt())));
}

void GovernancePage::showContents(ComplianceModel::Contents contents)
{
    // Arranged by a grouping chosen since: shown as they are, and arranged anew.
    const bool regrouped = contents.grouping != ComplianceModel::Grouping(m_grouping->currentData().toInt());
    // The violations shown before let go of on another thread: hundreds of thousands take a while.
    ComplianceModel::Contents old = m_compliance->setContents(std::move(contents));
    if (old.violations.size() > 10'000)
        (void)QtConcurrent::run([old = std::move(old)] { });
    // Every group open, unless there are so many violations that a tree of them all would take
    // long to lay out: then the groups are opened one by one.
    if (m_compliance->violations().size() <= maxExpandedViolations)
        m_complianceView->expandAll();
    if (regrouped)
        regroup();
}

void GovernancePage::showProgress()
{
    if (!m_progress || m_stopped)
        return;
    m_summary->setText(tr("Evaluating the policies over the catalog… %1 of %2 conditions")
                           .arg(m_progress->done.load())
                           .arg(m_progress->total.load()));
}

void GovernancePage::showRun(PolicyRun run, const QList<Policy> &policies, ComplianceModel::Contents contents)
{
    ++m_arrangements; // a grouping arranged before is out of date
    const QList<Error> &errors = run.errors;
    m_policies = policies;
    m_diagnostics = errors;
    m_stoppedShown = false;
    QList<Error> here;
    for (const Error &e : std::as_const(errors)) {
        if (e.file == m_currentFile)
            here << e;
    }
    m_editor->setDiagnostics(here);
    showContents(std::move(contents));
    m_selectedViolation = -1;
    updateSummary();
    updateMasking();
    updatePublishedNote(); // the file as it stands against the version in force
    Q_EMIT diagnosticsChanged(errors);
    Q_EMIT detailsChanged();
}

void GovernancePage::updateSummary()
{
    if (m_reading) {
        m_summary->setText(tr("Reading the catalog for the policies…"));
        return;
    }
    if (m_stoppedShown) {
        m_summary->setText(tr("Stopped: the violations shown are from the last evaluation finished"));
        return;
    }
    QStringList parts{
        tr("%n policy(ies)", nullptr, int(m_policies.size())),
        tr("%n violation(s) in %1 products", nullptr, int(m_compliance->violations().size())).arg(m_compliance->productCount()),
        tr("%1 errors, %2 warnings, %3 notes")
            .arg(m_compliance->count(Severity::Error))
            .arg(m_compliance->count(Severity::Warning))
            .arg(m_compliance->count(Severity::Info))};
    if (!m_diagnostics.isEmpty())
        parts << tr("%n problem(s) in the policy files", nullptr, int(m_diagnostics.size()));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

void GovernancePage::fillMaskingChoices()
{
    const QString current = m_productChoice->currentData().toString();
    {
        const QSignalBlocker blocker(m_productChoice);
        m_productChoice->clear();
        for (const ProductSummary &p : std::as_const(m_summaries))
            m_productChoice->addItem(p.title.isEmpty() ? p.name : p.title, p.id);
    }
    const int at = m_productChoice->findData(current);
    m_productChoice->setCurrentIndex(-1);
    m_productChoice->setCurrentIndex(at >= 0 ? at : 0);
}

bool GovernancePage::showMasking(Role role, const QString &productId, const QString &dataset)
{
    const int product = m_productChoice->findData(productId);
    if (product < 0)
        return false;
    m_roleChoice->setCurrentIndex(m_roleChoice->findData(int(role)));
    m_productChoice->setCurrentIndex(product);
    const int d = m_datasetChoice->findText(dataset);
    if (d < 0)
        return false;
    m_datasetChoice->setCurrentIndex(d);
    m_results->setCurrentIndex(1);
    updateMasking();
    return true;
}

void GovernancePage::updateMasking()
{
    const QString dataset = m_datasetChoice->currentText();
    const std::optional<Product> &product = m_maskProduct;
    if (!product || dataset.isEmpty()) {
        m_maskPreview->setInput({}, Role::Analyst, Product(), QString(), {});
        m_maskingNote->clear();
        return;
    }
    // Sample values: the sample data shipped for the dataset, where there is some.
    const QHash<QString, QStringList> samples
        = SampleMesh::sample(product->domainId, dataset, MaskPreviewModel::samplesShown).columns();
    const Role role = Role(m_roleChoice->currentData().toInt());
    m_maskPreview->setInput(m_policies, role, *product, dataset, samples);
    QString note = tr("%1 of %2 columns masked for %3.")
                       .arg(m_maskPreview->maskedCount())
                       .arg(m_maskPreview->rowCount())
                       .arg(Roles::displayName(role));
    if (samples.isEmpty())
        note += QLatin1Char(' ') + tr("This dataset has no sample data, so no values are shown.");
    m_maskingNote->setText(note);
}

void GovernancePage::selectionChanged()
{
    const QModelIndex current = m_complianceView->currentIndex();
    m_selectedViolation = current.isValid() ? current.data(ComplianceModel::ViolationIndexRole).toInt() : -1;
    if (m_selectedViolation >= 0) {
        // Show the rule in the editor when it is in the file open.
        const Violation &v = m_compliance->violations().at(m_selectedViolation);
        if (v.file == m_currentFile && v.position.line > 0) {
            QTextCursor cursor(m_editor->document()->findBlockByNumber(v.position.line - 1));
            m_editor->setTextCursor(cursor);
            m_editor->centerCursor();
        }
    }
    Q_EMIT detailsChanged();
}

QString GovernancePage::documentTitle() const
{
    return m_currentFile.isEmpty() ? tr("Governance") : tr("Governance: %1").arg(QFileInfo(m_currentFile).fileName());
}

QIcon GovernancePage::documentIcon() const
{
    return Icons::get(QStringLiteral("governance"));
}

bool GovernancePage::isModified() const
{
    return m_editor->document()->isModified();
}

bool GovernancePage::save()
{
    if (m_currentFile.isEmpty())
        return false;
    QSaveFile file(m_currentFile);
    const QByteArray text = m_editor->toPlainText().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        // The text stays in the editor.
        Q_EMIT problem(Error(tr("Could not save %1: %2").arg(m_currentFile, file.errorString())).at(m_currentFile));
        return false;
    }
    m_editor->document()->setModified(false);
    m_saved.insert(m_currentFile, Policies::parse(text, m_currentFile));
    Q_EMIT titleChanged();
    Q_EMIT message(tr("Saved %1").arg(QFileInfo(m_currentFile).fileName()));
    return true;
}

void GovernancePage::discardChanges()
{
    m_editor->document()->setModified(false);
}

QString GovernancePage::detailsHtml() const
{
    if (m_selectedViolation < 0 || m_selectedViolation >= m_compliance->violations().size())
        return {};
    const Violation &v = m_compliance->violations().at(m_selectedViolation);
    QUrl product;
    product.setScheme(QStringLiteral("tessera"));
    product.setHost(QStringLiteral("product"));
    product.setPath(QLatin1Char('/') + v.productId);
    QString html = QStringLiteral("<h3>%1</h3>").arg(v.message.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> · <a href=\"%2\">%3</a> · %4</p>")
                .arg(ComplianceModel::severityText(v.severity).toHtmlEscaped(), product.toString(QUrl::FullyEncoded),
                     (v.productName.isEmpty() ? v.productId : v.productName).toHtmlEscaped(), v.domainName.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(v.explanation().toHtmlEscaped());
    html += QStringLiteral("<p>%1</p><pre>%2</pre>").arg(tr("Condition:").toHtmlEscaped(), v.condition.toHtmlEscaped());
    if (const QStringList facts = v.facts(); !facts.isEmpty()) {
        html += QStringLiteral("<p>%1</p><ul>").arg(tr("The product's values:").toHtmlEscaped());
        for (const QString &fact : facts)
            html += QStringLiteral("<li><code>%1</code></li>").arg(fact.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Policy %1, rule %2, in %3 at line %4")
                         .arg(v.policyId, v.ruleId, QFileInfo(v.file).fileName())
                         .arg(v.position.line)
                         .toHtmlEscaped());
    return html;
}

void GovernancePage::openDetailsLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("tessera") && url.host() == QLatin1String("product"))
        Q_EMIT openProductRequested(url.path().mid(1));
}

} // namespace Tessera
