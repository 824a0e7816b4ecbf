#include "views/catalog/productpage.h"

#include "models/catalog/historymodel.h"
#include "models/catalog/presentation.h"
#include "models/catalog/productedit.h"
#include "models/catalog/productmodels.h"
#include "models/core/isotime.h"
#include "models/federation/sync.h"
#include "models/governance/publishing.h"
#include "models/governance/standards.h"
#include "models/pipelines/pipelinestatus.h"
#include "views/catalog/badges.h"
#include "views/catalog/conflictdialog.h"
#include "views/catalog/documentationeditor.h"
#include "views/pipelines/runcolors.h"
#include "views/shell/icons.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace Tessera {

namespace {

// The five levels, "Unclassified" first, each with its key ("" for unclassified) as data.
void fillClassifications(QComboBox *box)
{
    box->addItem(Catalog::classificationName(Classification::Unspecified), QString());
    for (const QString &key : Catalog::classificationKeys())
        box->addItem(Catalog::classificationName(*Catalog::classificationFromKey(key)), key);
}

// Edits a column's classification with a list of the levels.
class ClassificationDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *box = new QComboBox(parent);
        fillClassifications(box);
        return box;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole).toString())));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData().toString(), Qt::EditRole);
    }
};

QTableView *makeTable(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                          | QAbstractItemView::AnyKeyPressed);
    return view;
}

QString productLink(const QString &id, const QString &text)
{
    return QStringLiteral("<a href=\"product:%1\">%2</a>")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(id)), text.toHtmlEscaped());
}

} // namespace

ProductPage::ProductPage(CatalogStore *store, DraftStore *drafts, const EditContext &context, QWidget *parent)
    : DocumentPage(parent)
    , m_store(store)
    , m_drafts(drafts)
    , m_context(context)
    , m_toolBar(new QToolBar(this))
    , m_banner(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_statusBadge(new QLabel(this))
    , m_classificationBadge(new QLabel(this))
    , m_tagsLabel(new QLabel(this))
    , m_teamLabel(new QLabel(this))
    , m_sourceLabel(new QLabel(this))
    , m_sections(new QTabWidget(this))
{
    setObjectName(QStringLiteral("productPage"));

    m_toolBar->setObjectName(QStringLiteral("productToolBar"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_backAction = m_toolBar->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"), this, &ProductPage::goBack);
    m_backAction->setObjectName(QStringLiteral("productBack"));
    m_backAction->setToolTip(tr("Back (%1)").arg(QKeySequence(QKeySequence::Back).toString(QKeySequence::NativeText)));
    m_forwardAction
        = m_toolBar->addAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("Forward"), this, &ProductPage::goForward);
    m_forwardAction->setObjectName(QStringLiteral("productForward"));
    m_forwardAction->setToolTip(tr("Forward (%1)").arg(QKeySequence(QKeySequence::Forward).toString(QKeySequence::NativeText)));
    m_toolBar->addSeparator();
    m_saveAction = m_toolBar->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Save"), this, [this] {
        save();
    });
    m_saveAction->setObjectName(QStringLiteral("productSave"));
    m_saveAction->setToolTip(
        tr("Save the changes (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_revertAction = m_toolBar->addAction(style()->standardIcon(QStyle::SP_DialogResetButton), tr("Revert"), this, [this] {
        if (m_edit)
            m_edit->revert();
    });
    m_revertAction->setObjectName(QStringLiteral("productRevert"));
    m_revertAction->setToolTip(tr("Drop the unsaved changes"));
    m_writeBackAction = m_toolBar->addAction(tr("Write Back to Folder"), this, [this] {
        if (Status written = writeBack(); !written)
            QMessageBox::warning(this, tr("Write Back"), written.error().toString());
    });
    m_writeBackAction->setObjectName(QStringLiteral("productWriteBack"));
    m_toolBar->addSeparator();
    QAction *lineage = m_toolBar->addAction(Icons::get(QStringLiteral("lineage")), tr("Lineage"), this, [this] {
        if (!productId().isEmpty())
            Q_EMIT lineageRequested(productId());
    });
    lineage->setObjectName(QStringLiteral("productLineage"));
    lineage->setToolTip(tr("Show where this product's data comes from and where it goes"));
    QAction *preview
        = m_toolBar->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("Preview Sample"), this, [this] {
              if (!productId().isEmpty())
                  Q_EMIT previewRequested(productId());
          });
    preview->setObjectName(QStringLiteral("productPreview"));
    preview->setToolTip(tr("Query and transform this product's sample data, masked for your role"));

    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::AlternateBase);
    m_banner->setTextFormat(Qt::RichText);

    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("productHeader"));
    buildHeader(header);

    m_sections->setObjectName(QStringLiteral("productSections"));
    m_sections->setDocumentMode(true);
    m_sections->addTab(buildOverview(), tr("Overview"));
    m_documentation = new DocumentationEditor(m_sections);
    m_sections->addTab(m_documentation, tr("Documentation"));
    m_sections->addTab(buildSchema(), tr("Schema"));
    m_sections->addTab(buildPorts(), tr("Ports"));
    m_sections->addTab(buildQuality(), tr("Quality"));
    m_policies = new QTextBrowser(m_sections);
    m_policies->setObjectName(QStringLiteral("policiesView"));
    m_policies->setAccessibleName(tr("Policies"));
    m_policies->document()->setDocumentMargin(12);
    m_sections->addTab(m_policies, tr("Policies"));
    m_sections->addTab(buildPipelines(), tr("Pipelines"));
    m_sections->addTab(buildHistory(), tr("History"));
    connect(m_sections, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == PipelinesSection && m_pipelinesStale)
            renderPipelines();
        if (index == PoliciesSection && m_policiesStale)
            renderPolicies();
    });
    connect(m_store, &CatalogStore::policiesPublished, this, [this] {
        m_policiesStale = true;
        if (m_sections->currentIndex() == PoliciesSection)
            renderPolicies();
    });
    m_history = new HistoryModel(m_store, QString(), this);
    m_historyView->setModel(m_history);
    connect(m_historyView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProductPage::updateHistoryDiff);
    connect(m_history, &QAbstractItemModel::modelReset, this, &ProductPage::updateHistoryDiff);
    connect(m_history, &HistoryModel::loadFailed, this, &ProductPage::problem);
    connect(m_documentation, &DocumentationEditor::markdownChanged, this, [this](const QString &text) {
        if (m_edit)
            m_edit->setDocumentation(text);
    });
    connect(m_documentation, &DocumentationEditor::linkActivated, this, &ProductPage::openLink);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_banner);
    layout->addWidget(header);
    layout->addWidget(m_sections, 1);
    updateActions();
}

ProductPage::~ProductPage() = default;

QString ProductPage::productKey(const QString &productId)
{
    return QStringLiteral("product:") + productId;
}

QString ProductPage::productId() const
{
    return m_edit ? m_edit->productId() : QString();
}

QString ProductPage::documentKey() const
{
    return productKey(productId());
}

QString ProductPage::documentTitle() const
{
    if (!m_edit)
        return tr("Product");
    return Catalog::displayTitle(m_edit->current());
}

QIcon ProductPage::documentIcon() const
{
    return Icons::get(QStringLiteral("product"));
}

bool ProductPage::isModified() const
{
    return m_edit && m_edit->isModified();
}

void ProductPage::buildHeader(QWidget *header)
{
    m_title->setObjectName(QStringLiteral("productTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setWeight(QFont::DemiBold);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(QStringLiteral("productSubtitle"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusBadge->setObjectName(QStringLiteral("statusBadge"));
    m_classificationBadge->setObjectName(QStringLiteral("classificationBadge"));
    m_tagsLabel->setObjectName(QStringLiteral("productTags"));
    m_tagsLabel->setTextFormat(Qt::RichText);
    m_teamLabel->setObjectName(QStringLiteral("productTeam"));
    m_teamLabel->setWordWrap(true);
    m_teamLabel->setTextFormat(Qt::RichText);
    m_sourceLabel->setObjectName(QStringLiteral("productSource"));
    m_sourceLabel->setForegroundRole(QPalette::PlaceholderText);
    m_sourceLabel->setWordWrap(true);

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(8);
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_statusBadge);
    titleRow->addWidget(m_classificationBadge);
    titleRow->addStretch(1);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(12, 8, 12, 6);
    layout->setSpacing(3);
    layout->addLayout(titleRow);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_teamLabel);
    layout->addWidget(m_tagsLabel);
    layout->addWidget(m_sourceLabel);
}

QWidget *ProductPage::buildOverview()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("overviewSection"));
    m_titleEdit = new QLineEdit(page);
    m_titleEdit->setObjectName(QStringLiteral("titleEdit"));
    m_descriptionEdit = new QPlainTextEdit(page);
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionEdit"));
    m_descriptionEdit->setTabChangesFocus(true);
    m_descriptionEdit->setMaximumHeight(m_descriptionEdit->fontMetrics().height() * 6);
    m_statusBox = new QComboBox(page);
    m_statusBox->setObjectName(QStringLiteral("statusBox"));
    for (const QString &key : Catalog::statusKeys())
        m_statusBox->addItem(Catalog::statusName(*Catalog::statusFromKey(key)), key);
    m_classificationBox = new QComboBox(page);
    m_classificationBox->setObjectName(QStringLiteral("classificationBox"));
    fillClassifications(m_classificationBox);
    m_tagsEdit = new QLineEdit(page);
    m_tagsEdit->setObjectName(QStringLiteral("tagsEdit"));
    m_tagsEdit->setPlaceholderText(tr("Comma-separated, e.g. finance, daily"));

    m_slaView = makeTable(QStringLiteral("slaView"), tr("Service levels"), page);
    m_slaView->horizontalHeader()->setStretchLastSection(true);
    m_addSla = new QPushButton(tr("Add Service Level"), page);
    m_addSla->setObjectName(QStringLiteral("addSla"));
    m_removeSla = new QPushButton(tr("Remove"), page);
    m_removeSla->setObjectName(QStringLiteral("removeSla"));
    connect(m_addSla, &QPushButton::clicked, this, [this] {
        if (!m_sla)
            return;
        const int row = m_sla->addRow();
        if (row >= 0) {
            m_slaView->setCurrentIndex(m_sla->index(row, SlaModel::PropertyColumn));
            m_slaView->edit(m_slaView->currentIndex());
        }
    });
    connect(m_removeSla, &QPushButton::clicked, this, [this] {
        if (m_sla && m_slaView->currentIndex().isValid())
            m_sla->removeRows(m_slaView->currentIndex().row(), 1);
    });

    // Edited fields go to the product as typed. Only textChanged also fires when the page itself
    // fills a field; the others fire for the person's edits alone.
    connect(m_titleEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_edit)
            m_edit->setTitle(text);
    });
    connect(m_descriptionEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating && m_edit)
            m_edit->setDescription(m_descriptionEdit->toPlainText());
    });
    connect(m_statusBox, &QComboBox::activated, this, [this] {
        if (m_edit)
            m_edit->setStatus(*Catalog::statusFromKey(m_statusBox->currentData().toString()));
    });
    connect(m_classificationBox, &QComboBox::activated, this, [this] {
        if (m_edit)
            m_edit->setClassification(*Catalog::classificationFromKey(m_classificationBox->currentData().toString()));
    });
    connect(m_tagsEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_edit)
            m_edit->setTags(Catalog::splitTags(text));
    });

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Title:"), m_titleEdit);
    form->addRow(tr("&Description:"), m_descriptionEdit);
    auto *row = new QHBoxLayout;
    row->addWidget(m_statusBox);
    row->addSpacing(16);
    auto *classificationLabel = new QLabel(tr("&Classification:"), page);
    classificationLabel->setBuddy(m_classificationBox);
    row->addWidget(classificationLabel);
    row->addWidget(m_classificationBox);
    row->addStretch(1);
    form->addRow(tr("&Status:"), row);
    static_cast<QLabel *>(form->labelForField(row))->setBuddy(m_statusBox);
    form->addRow(tr("T&ags:"), m_tagsEdit);

    auto *slaTitle = new QLabel(tr("<b>Service levels</b>"), page);
    auto *slaButtons = new QHBoxLayout;
    slaButtons->addWidget(slaTitle);
    slaButtons->addStretch(1);
    slaButtons->addWidget(m_addSla);
    slaButtons->addWidget(m_removeSla);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addLayout(slaButtons);
    layout->addWidget(m_slaView, 1);
    return page;
}

QWidget *ProductPage::buildSchema()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("schemaSection"));
    m_schemaFilter = new QLineEdit(page);
    m_schemaFilter->setObjectName(QStringLiteral("schemaFilter"));
    m_schemaFilter->setPlaceholderText(tr("Filter columns by name, type, description, tag…"));
    m_schemaFilter->setClearButtonEnabled(true);
    m_schemaFilter->setAccessibleName(tr("Filter columns"));
    m_schemaProxy = new QSortFilterProxyModel(this);
    m_schemaProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_schemaProxy->setFilterKeyColumn(-1);
    m_schemaProxy->setSortRole(SchemaModel::SortRole);
    m_schemaProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    connect(m_schemaFilter, &QLineEdit::textChanged, m_schemaProxy, &QSortFilterProxyModel::setFilterFixedString);
    m_schemaView = makeTable(QStringLiteral("schemaView"), tr("Columns"), page);
    m_schemaView->setModel(m_schemaProxy);
    m_schemaView->setSortingEnabled(true);
    m_schemaView->sortByColumn(-1, Qt::AscendingOrder);
    m_schemaView->setItemDelegateForColumn(SchemaModel::ClassificationColumn, new ClassificationDelegate(m_schemaView));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_schemaFilter);
    layout->addWidget(m_schemaView, 1);
    return page;
}

QWidget *ProductPage::buildPorts()
{
    m_ports = new QTextBrowser;
    m_ports->setObjectName(QStringLiteral("portsView"));
    m_ports->setOpenLinks(false);
    m_ports->document()->setDocumentMargin(12);
    connect(m_ports, &QTextBrowser::anchorClicked, this, &ProductPage::openLink);
    return m_ports;
}

QWidget *ProductPage::buildQuality()
{
    m_qualityView = makeTable(QStringLiteral("qualityView"), tr("Quality rules"), nullptr);
    m_qualityView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_qualityView->horizontalHeader()->setStretchLastSection(true);
    return m_qualityView;
}

QWidget *ProductPage::buildPipelines()
{
    m_pipelines = new QTextBrowser;
    m_pipelines->setObjectName(QStringLiteral("pipelinesView"));
    m_pipelines->setAccessibleName(tr("Pipelines"));
    m_pipelines->setOpenLinks(false);
    m_pipelines->document()->setDocumentMargin(12);
    connect(m_pipelines, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("pipelines"))
            Q_EMIT pipelinesRequested(productId());
        else
            openLink(url);
    });
    return m_pipelines;
}

void ProductPage::setReferenceTime(const QDateTime &time)
{
    m_referenceTime = time;
    m_pipelinesStale = true;
    if (m_sections->currentIndex() == PipelinesSection)
        renderPipelines();
}

void ProductPage::renderPipelines()
{
    if (!m_edit)
        return;
    m_pipelinesStale = false;
    const QString id = productId();
    const QDateTime now = m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTimeUtc();
    const QDateTime since = now.addDays(-7);
    const auto pipelines = PipelineOverview::ofProduct(*m_store, id, now, since);
    if (!pipelines) {
        m_pipelines->setPlainText(pipelines.error().toString());
        return;
    }
    const PipelineOverview &overview = pipelines->overview;
    const QList<Run> &runs = pipelines->runs;
    const ProductPipelineStatus *p = overview.product(id);
    const QPalette palette = m_pipelines->palette();
    const QString muted = Badges::muted(palette).name();
    const auto time = localTimeText;
    auto badge = [](RunState state) {
        const QColor c = RunColors::state(state);
        return QStringLiteral("<span style=\"background:%1; color:%2\">&nbsp;%3&nbsp;</span>")
            .arg(c.name(), Badges::textColorOn(c).name(), Runs::stateText(state).toHtmlEscaped());
    };
    QString html;
    if (!p) {
        html
            = QStringLiteral("<p>%1</p><p style=\"color:%2\">%3</p>")
                  .arg(tr("No pipeline run of this product is known.").toHtmlEscaped(), muted,
                       tr("Runs come from OpenLineage events: a domain folder's lineage files, File ▸ Import Run Events, or the "
                          "receiver (File ▸ Receive Run Events). They attach to the product through the datasets its jobs write.")
                           .toHtmlEscaped());
        m_pipelines->setHtml(html);
        return;
    }
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    auto row = [&html](const QString &label, const QString &valueHtml) {
        html += QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>").arg(label.toHtmlEscaped(), valueHtml);
    };
    row(tr("State"), p->state ? badge(*p->state) : tr("no runs").toHtmlEscaped());
    const QString freshness = PipelineOverview::freshnessText(*p).toHtmlEscaped();
    row(tr("Freshness"),
        p->freshness == Freshness::Late
            ? QStringLiteral("<b style=\"color:%1\">%2</b>").arg(RunColors::late().darker(140).name(), freshness)
            : freshness);
    row(tr("Last success"), time(p->lastSuccess).toHtmlEscaped());
    row(tr("Failures"), tr("%1 of %2 runs in the last 7 days").arg(p->failures).arg(p->runs).toHtmlEscaped());
    html += QStringLiteral("</table><h4>%1</h4><table cellspacing=\"0\" cellpadding=\"3\">").arg(tr("Jobs").toHtmlEscaped());
    html += QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th><th "
                           "align=\"left\">%4</th></tr>")
                .arg(tr("Job").toHtmlEscaped(), tr("Latest").toHtmlEscaped(), tr("Last success").toHtmlEscaped(),
                     tr("Duration").toHtmlEscaped());
    for (int j : p->jobs) {
        const JobStatus &job = overview.jobs.at(j);
        const auto last = job.latest ? job.latest->durationMs(now) : std::nullopt;
        html += QStringLiteral(
                    "<tr><td title=\"%1\">%2&nbsp;&nbsp;</td><td>%3&nbsp;&nbsp;</td><td>%4&nbsp;&nbsp;</td><td>%5</td></tr>")
                    .arg(job.key().toHtmlEscaped(), job.name.toHtmlEscaped(), job.latest ? badge(job.latest->state) : QString(),
                         time(job.lastSuccess).toHtmlEscaped(),
                         last ? PipelineOverview::durationText(*last).toHtmlEscaped() : QString());
    }
    html += QStringLiteral("</table><h4>%1</h4><table cellspacing=\"0\" cellpadding=\"3\">")
                .arg(tr("Recent runs").toHtmlEscaped());
    for (qsizetype i = 0; i < std::min<qsizetype>(runs.size(), 10); ++i) {
        const Run &run = runs.at(i);
        const auto d = run.durationMs(now);
        html += QStringLiteral("<tr><td>%1&nbsp;&nbsp;</td><td>%2&nbsp;&nbsp;</td><td>%3&nbsp;&nbsp;</td><td>%4&nbsp;&nbsp;</"
                               "td><td style=\"color:%5\">%6</td></tr>")
                    .arg(time(run.time()).toHtmlEscaped(), run.jobName.toHtmlEscaped(), badge(run.state),
                         d ? PipelineOverview::durationText(*d).toHtmlEscaped() : QString(), muted,
                         run.errorMessage.toHtmlEscaped());
    }
    html += QStringLiteral("</table><p><a href=\"pipelines:%1\">%2</a></p>")
                .arg(id.toHtmlEscaped(), tr("Open in the pipelines dashboard").toHtmlEscaped());
    m_pipelines->setHtml(html);
}

QWidget *ProductPage::buildHistory()
{
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("historySection"));
    auto *top = new QWidget(splitter);
    auto *hint = new QLabel(tr("Select one change to see what it did, or two to compare those versions."), top);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_historyView = makeTable(QStringLiteral("historyView"), tr("History"), top);
    m_historyView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(8, 8, 8, 0);
    topLayout->addWidget(hint);
    topLayout->addWidget(m_historyView, 1);
    m_historyDiff = new QTextBrowser(splitter);
    m_historyDiff->setObjectName(QStringLiteral("historyDiff"));
    m_historyDiff->setAccessibleName(tr("Differences between the selected versions"));
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    return splitter;
}

Status ProductPage::load(const QString &productId)
{
    auto loaded = ProductEdit::load(m_store, productId, m_drafts);
    if (!loaded)
        return loaded.error();
    // New models follow the new product; the old ones go once no view shows them.
    std::unique_ptr<ProductEdit> previous = std::exchange(m_edit, std::move(loaded).value());
    auto replace = [](QAbstractItemView *view, QAbstractItemModel *model) {
        QItemSelectionModel *old = view->selectionModel();
        view->setModel(model);
        delete old;
    };
    SlaModel *sla = std::exchange(m_sla, new SlaModel(m_edit.get(), this));
    SchemaModel *schema = std::exchange(m_schema, new SchemaModel(m_edit.get(), this));
    QualityModel *quality = std::exchange(m_quality, new QualityModel(m_edit.get(), this));
    replace(m_slaView, m_sla);
    m_schemaProxy->setSourceModel(m_schema);
    replace(m_qualityView, m_quality);
    delete sla;
    delete schema;
    delete quality;
    m_history->setProductId(productId);

    for (QTableView *view : {m_slaView, m_schemaView, m_qualityView, m_historyView})
        view->resizeColumnsToContents();
    m_schemaView->setColumnWidth(SchemaModel::DescriptionColumn,
                                 std::min(m_schemaView->columnWidth(SchemaModel::DescriptionColumn), 320));
    // One dataset: its name on every row says nothing.
    m_schemaView->setColumnHidden(SchemaModel::DatasetColumn, m_edit->current().datasets.size() <= 1);
    m_slaView->horizontalHeader()->setStretchLastSection(true);

    connect(m_edit.get(), &ProductEdit::changed, this, &ProductPage::updateFromEdit);
    connect(m_edit.get(), &ProductEdit::modifiedChanged, this, [this] {
        updateActions();
        Q_EMIT titleChanged();
    });
    connect(m_edit.get(), &ProductEdit::reloaded, this, [this] {
        Q_EMIT message(tr("%1 was changed elsewhere and has been reloaded.").arg(documentTitle()));
    });
    connect(m_edit.get(), &ProductEdit::removedElsewhere, this, [this] {
        m_removed = true;
        updateEditability();
        Q_EMIT message(tr("%1 was removed from the catalog by someone else.").arg(documentTitle()));
    });
    connect(m_edit.get(), &ProductEdit::draftFailed, this, &ProductPage::problem);
    m_removed = false;
    updateFromEdit();
    updateEditability();
    return Ok{};
}

Status ProductPage::showProduct(const QString &productId)
{
    if (Status loaded = load(productId); !loaded)
        return loaded;
    // Forward history is dropped when going somewhere new, as in a browser.
    if (m_visitedIndex < 0 || m_visited.value(m_visitedIndex) != productId) {
        m_visited = m_visited.mid(0, m_visitedIndex + 1);
        m_visited.append(productId);
        m_visitedIndex = int(m_visited.size()) - 1;
    }
    updateActions();
    Q_EMIT navigationChanged();
    return Ok{};
}

void ProductPage::navigate(const QString &productId)
{
    if (productId == this->productId())
        return;
    if (isModified()) {
        Q_EMIT openProductRequested(productId);
        return;
    }
    if (Status shown = showProduct(productId); !shown)
        Q_EMIT problem(shown.error());
}

bool ProductPage::canGoBack() const
{
    return m_visitedIndex > 0;
}

bool ProductPage::canGoForward() const
{
    return m_visitedIndex >= 0 && m_visitedIndex < m_visited.size() - 1;
}

void ProductPage::goBack()
{
    if (canGoBack())
        goTo(m_visitedIndex - 1);
}

void ProductPage::goForward()
{
    if (canGoForward())
        goTo(m_visitedIndex + 1);
}

void ProductPage::goTo(int visited)
{
    // Unsaved changes stay in this tab; the other product opens in one of its own.
    if (isModified()) {
        Q_EMIT openProductRequested(m_visited.at(visited));
        return;
    }
    if (Status shown = load(m_visited.at(visited)); !shown) {
        Q_EMIT problem(shown.error());
        return;
    }
    m_visitedIndex = visited;
    updateActions();
    Q_EMIT navigationChanged();
}

void ProductPage::openLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("product")) {
        navigate(QUrl::fromPercentEncoding(url.path(QUrl::FullyEncoded).toUtf8()));
        return;
    }
    Q_EMIT message(tr("Links outside the catalog are not opened from here: %1").arg(url.toDisplayString()));
}

void ProductPage::setContext(const EditContext &context)
{
    m_context = context;
    updateEditability();
}

void ProductPage::restoreDraft(const Draft &draft)
{
    if (m_edit && draft.productId == m_edit->productId())
        m_edit->restoreDraft(draft);
}

void ProductPage::showSection(Section section)
{
    m_sections->setCurrentIndex(section);
}

void ProductPage::showColumn(const QString &dataset, const QString &column)
{
    showSection(SchemaSection);
    m_schemaFilter->setText(column);
    for (int row = 0; row < m_schemaProxy->rowCount(); ++row) {
        const QModelIndex name = m_schemaProxy->index(row, SchemaModel::NameColumn);
        if (name.data().toString() == column
            && m_schemaProxy->index(row, SchemaModel::DatasetColumn).data().toString() == dataset) {
            m_schemaView->setCurrentIndex(name);
            m_schemaView->scrollTo(name);
            break;
        }
    }
}

void ProductPage::updateEditability()
{
    if (!m_edit)
        return;
    m_right = m_removed ? EditRight{false,
                                    tr("This product is no longer in the catalog; your changes can be copied "
                                       "but not saved here.")}
                        : Permissions::product(m_context, m_edit->base(), m_team, m_domainName);
    const bool editable = m_right.allowed;
    m_banner->setVisible(!editable);
    m_banner->setText(QStringLiteral("<b>%1</b> %2").arg(tr("Read only.").toHtmlEscaped(), m_right.reason.toHtmlEscaped()));
    m_banner->setAccessibleName(tr("Read only"));
    m_banner->setAccessibleDescription(m_right.reason);
    const QString why = editable ? QString() : m_right.reason;
    for (QLineEdit *edit : {m_titleEdit, m_tagsEdit}) {
        edit->setReadOnly(!editable);
        edit->setToolTip(why);
    }
    m_descriptionEdit->setReadOnly(!editable);
    m_descriptionEdit->setToolTip(why);
    for (QComboBox *box : {m_statusBox, m_classificationBox}) {
        box->setEnabled(editable);
        box->setToolTip(why);
    }
    m_addSla->setVisible(editable);
    m_removeSla->setVisible(editable);
    m_sla->setEditable(editable);
    m_schema->setEditable(editable);
    m_schemaView->setToolTip(editable ? tr("Double-click a description, classification or tags to edit it") : why);
    m_documentation->setReadOnly(!editable);
    updateActions();
}

void ProductPage::updateActions()
{
    const bool editable = m_edit && m_right.allowed;
    m_backAction->setEnabled(canGoBack());
    m_forwardAction->setEnabled(canGoForward());
    m_saveAction->setEnabled(editable && isModified());
    m_revertAction->setEnabled(isModified());
    m_saveAction->setVisible(editable);
    m_revertAction->setVisible(editable || isModified());
    const bool fromFolder = m_edit && !m_edit->base().provenance.sourceId.isEmpty();
    m_writeBackAction->setVisible(fromFolder && editable);
    m_writeBackAction->setEnabled(fromFolder && editable && !isModified());
    m_writeBackAction->setToolTip(isModified() ? tr("Save first: the saved product is what is written")
                                               : tr("Write this product to the files of the folder it came from"));
}

void ProductPage::updateFromEdit()
{
    if (!m_edit)
        return;
    const Product &p = m_edit->current();
    m_updating = true;
    if (m_titleEdit->text() != p.title)
        m_titleEdit->setText(p.title);
    if (m_descriptionEdit->toPlainText() != p.description)
        m_descriptionEdit->setPlainText(p.description);
    m_statusBox->setCurrentIndex(m_statusBox->findData(Catalog::statusKey(p.status)));
    m_classificationBox->setCurrentIndex(
        std::max(0, m_classificationBox->findData(Catalog::classificationKey(p.classification))));
    if (Catalog::splitTags(m_tagsEdit->text()) != p.tags)
        m_tagsEdit->setText(p.tags.join(QLatin1String(", ")));
    m_documentation->setMarkdown(p.documentation);
    m_updating = false;
    // What comes from elsewhere in the catalog (team, domain, source folder, linked products) only
    // changes with the stored product, not with every key typed.
    const std::pair<QString, int> stored{m_edit->base().id, m_edit->base().revision};
    if (stored != m_contextShownFor) {
        m_contextShownFor = stored;
        updateContext();
    }
    updateHeader();
    updateActions();
    Q_EMIT titleChanged();
}

void ProductPage::updateHeader()
{
    const Product &p = m_edit->current();
    m_title->setText(documentTitle());
    QStringList subtitle{p.id};
    if (!p.version.isEmpty())
        subtitle << tr("version %1").arg(p.version);
    subtitle << tr("%1 domain").arg(m_domainName);
    subtitle << tr("revision %1").arg(p.revision);
    if (p.updatedAt.isValid())
        subtitle << tr("saved %1 by %2").arg(QLocale().toString(p.updatedAt.toLocalTime(), QLocale::ShortFormat), p.updatedBy);
    m_subtitle->setText(subtitle.join(QStringLiteral("  ·  ")));
    Badges::setLabel(m_statusBadge, Catalog::statusName(p.status), Badges::statusColor(p.status));
    Badges::setLabel(m_classificationBadge, Catalog::classificationName(p.classification),
                     Badges::classificationColor(p.classification));
    QStringList tags;
    for (const QString &tag : p.tags)
        tags << QStringLiteral("<span style=\"background-color: %1;\">&nbsp;%2&nbsp;</span>")
                    .arg(Badges::chip(palette()).name(), tag.toHtmlEscaped());
    m_tagsLabel->setText(tags.isEmpty() ? tr("<i>No tags</i>") : tr("<b>Tags:</b> %1").arg(tags.join(QLatin1Char(' '))));
}

void ProductPage::updateContext()
{
    const Product &p = m_edit->base();
    m_domainName = m_store->domainName(p.domainId);
    m_team = m_store->team(p.ownerTeamId);
    if (m_team) {
        QStringList members;
        for (const TeamMember &m : m_team->members) {
            const QString name = (m.name.isEmpty() ? m.username : m.name).toHtmlEscaped();
            members << (m.role.isEmpty() ? name : tr("%1 (%2)").arg(name, m.role.toHtmlEscaped()));
        }
        m_teamLabel->setText(tr("<b>Owner:</b> %1").arg(m_team->name.toHtmlEscaped())
                             + (members.isEmpty() ? QString() : QStringLiteral(" — ") + members.join(QStringLiteral(", "))));
    } else {
        m_teamLabel->setText(p.ownerTeamId.isEmpty() ? tr("<b>Owner:</b> none recorded")
                                                     : tr("<b>Owner:</b> %1").arg(p.ownerTeamId.toHtmlEscaped()));
    }
    m_statusBadge->setToolTip(tr("Status"));
    m_classificationBadge->setToolTip(
        tr("Classification (the most sensitive column: %1)").arg(Catalog::classificationName(Catalog::highestClassification(p))));

    const Provenance &from = p.provenance;
    if (from.sourceId.isEmpty()) {
        m_sourceLabel->setText(tr("Kept in this catalog (not from a domain folder)."));
        m_sourceLabel->setToolTip(QString());
    } else {
        const auto source = m_store->source(from.sourceId);
        const QString folder = source && source.value() ? source.value()->path : from.sourceId;
        m_sourceLabel->setText(
            tr("From the domain folder “%1” (%2, file %3), synced %4.")
                .arg(from.sourceId, folder, from.file, QLocale().toString(from.syncedAt.toLocalTime(), QLocale::ShortFormat)));
        m_sourceLabel->setToolTip(folder);
    }

    // The products this one reads and those that read it, for the Ports section.
    QStringList inputIds;
    for (const InputPort &in : p.inputs) {
        if (!in.sourceProductId.isEmpty())
            inputIds << in.sourceProductId;
    }
    m_inputTitles.clear();
    if (const auto inputs = m_store->summariesOf(inputIds)) {
        for (const ProductSummary &s : inputs.value())
            m_inputTitles.insert(s.id, Catalog::displayTitle(s));
    }
    m_consumers = m_store->consumers(p.id);
    renderPorts();
    updateEditability();
    m_pipelinesStale = true;
    if (m_sections->currentIndex() == PipelinesSection)
        renderPipelines();
    m_policiesStale = true;
    if (m_sections->currentIndex() == PoliciesSection)
        renderPolicies();
}

void ProductPage::setPolicyFolder(const QString &folder)
{
    m_policyFolder = folder;
    m_policiesStale = true;
    if (m_sections->currentIndex() == PoliciesSection)
        renderPolicies();
}

void ProductPage::renderPolicies()
{
    if (!m_edit)
        return;
    m_policiesStale = false;
    const QString muted = Badges::muted(m_policies->palette()).name();
    auto note = [&muted](const QString &text) {
        return QStringLiteral("<p style=\"color:%1\">%2</p>").arg(muted, text.toHtmlEscaped());
    };
    // The policies in force: the catalog's published ones, or else the governance tab's drafts.
    const auto published = m_store->publishedPolicies();
    if (!published) {
        m_policies->setPlainText(published.error().toString());
        return;
    }
    if (published->isEmpty() && m_policyFolder.isEmpty()) {
        m_policies->setHtml(note(tr("No governance policies are chosen yet: View ▸ Governance starts with the sample ones.")));
        return;
    }
    const PolicyDocument policies
        = published->isEmpty() ? Policies::readAll({m_policyFolder}) : Publishing::inForce(published.value());
    // The product as saved: the policies judge what is stored, not the edit at hand.
    const auto run = Standards::ofProduct(*m_store, productId(), policies);
    if (!run) {
        m_policies->setPlainText(run.error().toString());
        return;
    }
    // The worst first, each severity in the policies' order.
    QList<Violation> violations = run->report.violations;
    std::stable_sort(violations.begin(), violations.end(), [](const Violation &a, const Violation &b) {
        return int(a.severity) > int(b.severity);
    });
    QStringList versions;
    for (const PolicyVersion &v : published.value())
        versions << tr("%1 version %2").arg(v.file).arg(v.version);
    m_policies->setToolTip(published->isEmpty() ? tr("Policy files: %1").arg(QDir::toNativeSeparators(m_policyFolder))
                                                : tr("Published policies: %1").arg(versions.join(QStringLiteral(", "))));
    QString html
        = QStringLiteral("<p>%1</p>")
              .arg((violations.isEmpty() ? tr("Meets all %n standard policy(ies).", nullptr, run->report.policies)
                                         : tr("Fails %n rule(s) of the standard policies:", nullptr, int(violations.size())))
                       .toHtmlEscaped());
    for (const Violation &v : violations) {
        const QColor colour = v.severity == Severity::Error ? QColor(0xc0, 0x39, 0x2b)
            : v.severity == Severity::Warning               ? QColor(0xb9, 0x77, 0x0e)
                                                            : QColor(0x2e, 0x6d, 0xb4);
        html += QStringLiteral("<p><span style=\"background:%1; color:%2\">&nbsp;%3&nbsp;</span> <b>%4</b><br>%5<br>"
                               "<span style=\"color:%6\">%7</span></p>")
                    .arg(colour.name(), Badges::textColorOn(colour).name(), Policies::severityKey(v.severity).toHtmlEscaped(),
                         v.message.toHtmlEscaped(), v.explanation().toHtmlEscaped(), muted,
                         tr("%1, rule %2 in %3, line %4")
                             .arg(v.policyId, v.ruleId, QFileInfo(v.file).fileName())
                             .arg(v.position.line)
                             .toHtmlEscaped());
    }
    if (!run->errors.isEmpty())
        html += note(tr("%n problem(s) in the policy files: the governance tab shows them.", nullptr, int(run->errors.size())));
    m_policies->setHtml(html);
}

void ProductPage::renderPorts()
{
    const Product &p = m_edit->base();
    const QString muted = Badges::muted(palette()).name();
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Output ports").toHtmlEscaped());
    if (p.datasets.isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("None.").toHtmlEscaped());
    } else {
        html += QStringLiteral("<table cellpadding=\"3\"><tr><th align=\"left\">%1</th><th align=\"left\">%2</th>"
                               "<th align=\"left\">%3</th><th align=\"left\">%4</th><th align=\"left\">%5</th></tr>")
                    .arg(tr("Dataset").toHtmlEscaped(), tr("Kind").toHtmlEscaped(), tr("Physical name").toHtmlEscaped(),
                         tr("Columns").toHtmlEscaped(), tr("Contract").toHtmlEscaped());
        for (const Dataset &d : p.datasets) {
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td><code>%3</code></td><td>%4</td><td>%5</td></tr>")
                        .arg(d.name.toHtmlEscaped(), d.physicalType.toHtmlEscaped(),
                             (d.server.isEmpty() ? d.physicalName : d.server + QLatin1Char('/') + d.physicalName).toHtmlEscaped())
                        .arg(d.columns.size())
                        .arg(d.contractId.toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Input ports").toHtmlEscaped());
    if (p.inputs.isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("None: this product reads no other product.").toHtmlEscaped());
    } else {
        html += QStringLiteral("<ul>");
        for (const InputPort &in : p.inputs) {
            QString from;
            if (in.sourceProductId.isEmpty())
                from = tr("%1 (outside the catalog)").arg(in.name).toHtmlEscaped();
            else if (const auto title = m_inputTitles.constFind(in.sourceProductId); title != m_inputTitles.cend())
                from = productLink(in.sourceProductId, *title);
            else
                from = tr("%1 (not in this catalog)").arg(in.sourceProductId).toHtmlEscaped();
            if (!in.sourceDataset.isEmpty())
                from += QStringLiteral(" › ") + in.sourceDataset.toHtmlEscaped();
            if (!in.contractId.isEmpty())
                from += QStringLiteral(" <span style=\"color: %1;\">%2</span>")
                            .arg(muted, tr("contract %1").arg(in.contractId).toHtmlEscaped());
            html += QStringLiteral("<li>%1</li>").arg(from);
        }
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Used by").toHtmlEscaped());
    if (!m_consumers) {
        html += QStringLiteral("<p>%1</p>").arg(m_consumers.error().toString().toHtmlEscaped());
    } else if (m_consumers->isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("No product in this catalog reads this one.").toHtmlEscaped());
    } else {
        html += QStringLiteral("<ul>");
        for (const ProductSummary &s : m_consumers.value())
            html += QStringLiteral("<li>%1 <span style=\"color: %2;\">%3</span></li>")
                        .arg(productLink(s.id, Catalog::displayTitle(s)), muted, s.id.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_ports->setHtml(html);
}

void ProductPage::updateHistoryDiff()
{
    if (!m_history)
        return;
    QList<int> rows;
    for (const QModelIndex &index : m_historyView->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty() && m_history->rowCount() > 0)
        rows << 0; // the latest change
    if (rows.isEmpty()) {
        m_historyDiff->setPlainText(tr("No recorded changes."));
        return;
    }
    const int a = rows.first();
    const int b = rows.size() > 1 ? rows.last() : rows.first();
    m_historyDiff->setHtml(Badges::diffHtml(m_history->diff(a, b), palette()));
}

bool ProductPage::save()
{
    if (!m_edit || !m_edit->isModified())
        return true;
    if (!m_right.allowed) {
        QMessageBox::information(this, tr("Save"), m_right.reason);
        return false;
    }
    SaveResult result = m_edit->save();
    switch (result.status) {
    case SaveResult::Status::Saved:
        Q_EMIT message(tr("Saved %1 (revision %2).").arg(documentTitle()).arg(result.saved.revision));
        return true;
    case SaveResult::Status::Failed:
        QMessageBox::warning(this, tr("Save"),
                             tr("Nothing was saved; your changes are still here.\n\n%1").arg(result.error.toString()));
        return false;
    case SaveResult::Status::Conflict:
        break;
    }
    ConflictDialog dialog(result.mine, result.theirs, this);
    dialog.exec();
    switch (dialog.choice()) {
    case ConflictDialog::Reload:
        if (Status reloaded = m_edit->reload(); !reloaded)
            Q_EMIT problem(reloaded.error());
        return false;
    case ConflictDialog::Overwrite: {
        const SaveResult over = m_edit->overwrite();
        if (over.ok()) {
            Q_EMIT message(tr("Saved %1 over the other change (revision %2).").arg(documentTitle()).arg(over.saved.revision));
            return true;
        }
        QMessageBox::warning(this, tr("Save"),
                             tr("Nothing was saved; your changes are still here.\n\n%1").arg(over.error.toString()));
        return false;
    }
    case ConflictDialog::KeepEditing:
        break;
    }
    return false;
}

void ProductPage::discardChanges()
{
    if (m_edit)
        m_edit->revert();
}

void ProductPage::changeEvent(QEvent *event)
{
    // Rich text carries colours from the palette: draw it again in the new one.
    if (event->type() == QEvent::PaletteChange && m_edit) {
        updateHeader();
        renderPorts();
        updateHistoryDiff();
    }
    DocumentPage::changeEvent(event);
}

Status ProductPage::writeBack()
{
    if (!m_edit)
        return Ok{};
    const auto written = Sync::writeBack(*m_store, m_edit->productId());
    if (!written)
        return written.error();
    Q_EMIT message(tr("Wrote %1 back to %n file(s): %2", nullptr, int(written->size()))
                       .arg(documentTitle(), written->join(QLatin1String(", "))));
    return Ok{};
}

} // namespace Tessera
