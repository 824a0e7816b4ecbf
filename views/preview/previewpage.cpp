#include "views/preview/previewpage.h"

#include "models/catalog/catalogstore.h"
#include "models/governance/catalogviews.h"
#include "models/preview/previewengine.h"
#include "models/preview/previewmasks.h"
#include "models/preview/previewprotocol.h"
#include "models/preview/previewresultmodel.h"
#include "models/preview/previewsamples.h"
#include "views/preview/sqleditor.h"
#include "views/shell/icons.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tessera {

namespace {

// A histogram as a line of block characters, tallest bin full.
QString sparkline(const QList<qint64> &bins)
{
    static const QString blocks = QStringLiteral("▁▂▃▄▅▆▇█");
    const qint64 top = bins.isEmpty() ? 0 : *std::max_element(bins.cbegin(), bins.cend());
    QString line;
    for (qint64 b : bins)
        line += top > 0 ? blocks.at(int((b * 7 + top - 1) / top)) : blocks.at(0);
    return line;
}

} // namespace

PreviewPage::PreviewPage(CatalogStore *store, QWidget *parent)
    : DocumentPage(parent)
    , m_store(store)
    , m_engine(new PreviewEngine(this))
    , m_model(new PreviewResultModel(m_engine, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    buildToolBar();
    layout->addWidget(findChild<QToolBar *>(u"previewToolBar"_s));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"previewSplitter"_s);
    m_splitter->addWidget(buildSidePanel());

    auto *centre = new QSplitter(Qt::Vertical, m_splitter);
    auto *top = new QWidget(centre);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(6, 6, 6, 0);
    m_editorTabs = new QTabWidget(top);
    m_editorTabs->setDocumentMode(true);
    m_sql = new SqlEditor(m_editorTabs);
    m_sql->setObjectName(u"previewSql"_s);
    m_sql->setAccessibleName(tr("SQL"));
    m_sql->setPlaceholderText(tr("SELECT * FROM orders WHERE total_amount > 100"));
    m_compiled = new SqlEditor(m_editorTabs);
    m_compiled->setObjectName(u"previewRecipeSql"_s);
    m_compiled->setAccessibleName(tr("The recipe's SQL"));
    m_compiled->setReadOnly(true);
    m_editorTabs->addTab(m_sql, tr("SQL"));
    m_editorTabs->addTab(m_compiled, tr("Recipe (as SQL)"));
    connect(m_editorTabs, &QTabWidget::currentChanged, this, [this] {
        updateActions();
    });
    topLayout->addWidget(m_editorTabs);
    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(top);
    m_progress->setObjectName(u"previewProgress"_s);
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status = new QLabel(top);
    m_status->setObjectName(u"previewStatus"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_status, 1);
    topLayout->addLayout(progressRow);

    m_bottom = new QTabWidget(centre);
    m_bottom->setObjectName(u"previewBottom"_s);
    m_bottom->setDocumentMode(true);
    m_grid = new QTableView(m_bottom);
    m_grid->setObjectName(u"previewGrid"_s);
    m_grid->setModel(m_model);
    m_grid->setAlternatingRowColors(true);
    m_grid->setWordWrap(false);
    m_grid->horizontalHeader()->setDefaultSectionSize(130);
    m_grid->verticalHeader()->setDefaultSectionSize(m_grid->fontMetrics().height() + 6);
    m_profile = new QTreeWidget(m_bottom);
    m_profile->setObjectName(u"previewProfile"_s);
    m_profile->setRootIsDecorated(false);
    m_profile->setHeaderLabels(
        {tr("Column"), tr("Nulls"), tr("Distinct"), tr("Min"), tr("Max"), tr("Mean"), tr("Histogram"), tr("Top values")});
    m_quality = new QTreeWidget(m_bottom);
    m_quality->setObjectName(u"previewQuality"_s);
    m_quality->setRootIsDecorated(false);
    m_quality->setHeaderLabels({tr("Rule"), tr("Column"), tr("Expected"), tr("Measured"), tr("Result"), tr("Dimension")});
    m_bottom->addTab(m_grid, tr("Results"));
    m_bottom->addTab(m_profile, tr("Profile"));
    m_bottom->addTab(m_quality, tr("Quality"));
    centre->addWidget(top);
    centre->addWidget(m_bottom);
    centre->setStretchFactor(1, 3);
    m_splitter->addWidget(centre);
    m_splitter->setStretchFactor(1, 3);
    layout->addWidget(m_splitter, 1);

    connect(m_engine, &PreviewEngine::finished, this, &PreviewPage::onFinished);
    connect(m_engine, &PreviewEngine::progress, this, [this](int id, double done) {
        if (m_loadIds.contains(id) || id == m_runId) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(done * 1000));
        }
    });
    connect(m_engine, &PreviewEngine::workerEnded, this, [this](const QString &reason) {
        setStatus(reason, true);
    });
    connect(m_model, &PreviewResultModel::totalRowsChanged, this, [this](qint64 rows) {
        if (m_runId != 0)
            setStatus(tr("%Ln row(s) so far…", nullptr, int(std::min<qint64>(rows, INT_MAX))));
    });
    connect(m_model, &PreviewResultModel::completed, this, &PreviewPage::onCompleted);
    connect(m_model, &PreviewResultModel::failed, this, [this](const QString &message) {
        m_runId = 0;
        setStatus(message, true);
        updateActions();
    });
    updateActions();
}

PreviewPage::~PreviewPage() = default;

QString PreviewPage::documentTitle() const
{
    return m_product.id.isEmpty() ? tr("Preview")
                                  : tr("Preview: %1").arg(m_product.title.isEmpty() ? m_product.name : m_product.title);
}

QIcon PreviewPage::documentIcon() const
{
    return Icons::get(u"product"_s);
}

void PreviewPage::buildToolBar()
{
    auto *bar = new QToolBar(this);
    bar->setObjectName(u"previewToolBar"_s);
    bar->setIconSize(QSize(16, 16));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addWidget(new QLabel(tr("Input:"), bar));
    m_datasetBox = new QComboBox(bar);
    m_datasetBox->setObjectName(u"previewDataset"_s);
    m_datasetBox->setToolTip(tr("The dataset the recipe starts from and the comparison is made with"));
    m_datasetBox->setMinimumContentsLength(16);
    connect(m_datasetBox, &QComboBox::currentIndexChanged, this, [this] {
        m_recipe.input = inputTable();
        recompile();
        refreshTables();
    });
    bar->addWidget(m_datasetBox);
    bar->addWidget(new QLabel(tr(" View as:"), bar));
    m_roleBox = new QComboBox(bar);
    m_roleBox->setObjectName(u"previewRole"_s);
    for (Role r : {Role::Analyst, Role::Owner, Role::Steward})
        m_roleBox->addItem(Roles::displayName(r), Roles::key(r));
    m_roleBox->setToolTip(tr("Samples are masked as the masking policies decide for this role"));
    connect(m_roleBox, &QComboBox::activated, this, [this] {
        setRole(Roles::fromKey(m_roleBox->currentData().toString()).value_or(Role::Analyst));
    });
    bar->addWidget(m_roleBox);
    bar->addSeparator();
    m_runAction = bar->addAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("Run"), this, [this] {
        run();
    });
    m_runAction->setObjectName(u"previewRun"_s);
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_runAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_runAction->setToolTip(tr("Run the query or recipe on the samples (Ctrl+Return)"));
    m_cancelAction = bar->addAction(style()->standardIcon(QStyle::SP_MediaStop), tr("Cancel"), this, &PreviewPage::cancel);
    m_cancelAction->setObjectName(u"previewCancel"_s);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_compareAction = bar->addAction(tr("Compare with Input"));
    m_compareAction->setObjectName(u"previewCompare"_s);
    m_compareAction->setCheckable(true);
    m_compareAction->setToolTip(tr("Show the rows the result adds, removes and changes, before and after side by side"));
    connect(m_compareAction, &QAction::toggled, this, &PreviewPage::setComparing);
    bar->addSeparator();
    m_savedBox = new QComboBox(bar);
    m_savedBox->setObjectName(u"previewSaved"_s);
    m_savedBox->setToolTip(tr("Previews saved with the product"));
    m_savedBox->setMinimumContentsLength(12);
    connect(m_savedBox, &QComboBox::activated, this, &PreviewPage::openSaved);
    bar->addWidget(m_savedBox);
    m_saveAction
        = bar->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Save Preview…"), this, &PreviewPage::saveAs);
    m_saveAction->setObjectName(u"previewSave"_s);
    m_saveAction->setToolTip(tr("Keep the query or recipe with the product, under a name"));
    m_exportAction = bar->addAction(tr("Export CSV…"), this, &PreviewPage::exportCsv);
    m_exportAction->setObjectName(u"previewExport"_s);
    m_exportAction->setToolTip(tr("Write the result as CSV, masked as shown"));
    QAction *addFile = bar->addAction(tr("Add Sample File…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Add a Sample File"), QString(), sampleFilter());
        if (!path.isEmpty())
            addSampleFile(path);
    });
    addFile->setObjectName(u"previewAddFile"_s);
    QAction *attach = bar->addAction(tr("Attach Sample…"), this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Attach a Sample to %1").arg(inputTable()), QString(), sampleFilter());
        if (path.isEmpty())
            return;
        if (Status attached = attachSample(path); !attached)
            QMessageBox::warning(this, tr("Attach Sample"), attached.error().toString());
    });
    attach->setObjectName(u"previewAttach"_s);
    attach->setToolTip(tr("Keep a sample file with the chosen dataset in the catalog, for everyone who previews it"));
    addFile->setToolTip(tr("Load a CSV, JSON lines or SQLite file as one more table, to join or compare"));
}

QString PreviewPage::sampleFilter() const
{
    return tr("Samples (%1)").arg(u"*."_s + PreviewSamples::extensions().join(u" *."_s));
}

void PreviewPage::showBusy(const QString &text)
{
    m_progress->setRange(0, 0);
    m_progress->show();
    setStatus(text);
}

QWidget *PreviewPage::buildSidePanel()
{
    auto *side = new QSplitter(Qt::Vertical, this);
    side->setObjectName(u"previewSide"_s);
    m_tablesTree = new QTreeWidget(side);
    m_tablesTree->setObjectName(u"previewTables"_s);
    m_tablesTree->setHeaderLabels({tr("Table"), tr("Type")});
    m_tablesTree->setAccessibleName(tr("Loaded tables"));
    connect(m_tablesTree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        m_sql->insertPlainText(item->text(0));
        m_sql->setFocus();
    });

    auto *recipeBox = new QWidget(side);
    auto *recipeLayout = new QVBoxLayout(recipeBox);
    recipeLayout->setContentsMargins(6, 6, 6, 6);
    auto *title = new QLabel(tr("<b>Recipe steps</b>"), recipeBox);
    recipeLayout->addWidget(title);
    m_steps = new QListWidget(recipeBox);
    m_steps->setObjectName(u"previewSteps"_s);
    m_steps->setAccessibleName(tr("Recipe steps"));
    m_steps->setDragDropMode(QAbstractItemView::NoDragDrop);
    recipeLayout->addWidget(m_steps, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QToolButton(recipeBox);
    add->setObjectName(u"previewAddStep"_s);
    add->setText(tr("Add Step"));
    add->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(add);
    for (const RecipeStepKind &kind : Recipes::kinds()) {
        menu->addAction(kind.title, this, [this, key = kind.key] {
            const int at = m_steps->currentRow() < 0 ? int(m_recipe.steps.size()) : m_steps->currentRow() + 1;
            m_recipe.steps.insert(at, Recipes::step(key));
            refreshSteps(at);
            showRecipeTab(true);
        });
    }
    add->setMenu(menu);
    auto button = [&](const QString &text, const QString &name, auto &&slot) {
        auto *b = new QPushButton(text, recipeBox);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
    };
    buttons->addWidget(add);
    button(tr("Remove"), u"previewRemoveStep"_s, [this] {
        const int row = m_steps->currentRow();
        if (row < 0)
            return;
        m_recipe.steps.removeAt(row);
        refreshSteps(std::min(row, int(m_recipe.steps.size()) - 1));
    });
    button(tr("Up"), u"previewStepUp"_s, [this] {
        const int row = m_steps->currentRow();
        if (row <= 0)
            return;
        m_recipe.steps.swapItemsAt(row, row - 1);
        refreshSteps(row - 1);
    });
    button(tr("Down"), u"previewStepDown"_s, [this] {
        const int row = m_steps->currentRow();
        if (row < 0 || row + 1 >= m_recipe.steps.size())
            return;
        m_recipe.steps.swapItemsAt(row, row + 1);
        refreshSteps(row + 1);
    });
    recipeLayout->addLayout(buttons);
    auto *scroll = new QScrollArea(recipeBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_formHost = new QWidget(scroll);
    m_formHost->setLayout(new QVBoxLayout);
    m_formHost->layout()->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(m_formHost);
    recipeLayout->addWidget(scroll, 1);
    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int row) {
        clearForm();
        if (row >= 0 && row < m_recipe.steps.size())
            m_formHost->layout()->addWidget(buildStepForm(row));
    });
    side->addWidget(m_tablesTree);
    side->addWidget(recipeBox);
    side->setStretchFactor(1, 2);
    return side;
}

QStringList PreviewPage::columnsBefore(int step) const
{
    Recipe head = m_recipe;
    head.steps = m_recipe.steps.mid(0, step);
    const auto compiled = Recipes::compile(head, tables());
    return compiled && !compiled->columns.isEmpty() ? compiled->columns.last() : tables().value(m_recipe.input);
}

QWidget *PreviewPage::buildStepForm(int index)
{
    auto *form = new QWidget;
    auto *layout = new QFormLayout(form);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setRowWrapPolicy(QFormLayout::WrapAllRows); // the side panel is narrow
    const RecipeStep &step = m_recipe.steps.at(index);
    const RecipeStepKind *kind = Recipes::kind(step.kind);
    if (!kind)
        return form;
    const QStringList columns = columnsBefore(index);
    auto changed = [this, index] {
        m_steps->item(index)->setText(stepLabel(index));
        recompile();
    };
    for (const RecipeFieldInfo &f : kind->fields) {
        QWidget *editor = nullptr;
        switch (f.type) {
        case RecipeField::Column:
        case RecipeField::Choice:
        case RecipeField::Table: {
            auto *box = new QComboBox(form);
            box->setEditable(f.type == RecipeField::Column);
            box->addItems(f.type == RecipeField::Column      ? columns
                              : f.type == RecipeField::Table ? QStringList(m_loaded.keys())
                                                             : f.choices);
            box->setCurrentText(step.text(f.key));
            if (!f.required && f.type == RecipeField::Choice && step.text(f.key).isEmpty())
                box->setCurrentIndex(0);
            connect(box, &QComboBox::currentTextChanged, this, [this, index, key = f.key, changed](const QString &text) {
                m_recipe.steps[index].texts.insert(key, text);
                changed();
            });
            if (step.text(f.key).isEmpty() && box->count() > 0)
                m_recipe.steps[index].texts.insert(f.key, box->currentText());
            editor = box;
            break;
        }
        case RecipeField::Mapping: {
            auto *text = new QPlainTextEdit(Recipes::mappingText(step.mappings.value(f.key)), form);
            text->setPlaceholderText(f.key == u"measures"_s ? tr("orders: count(*)\nrevenue: sum(total_amount)")
                                                            : tr("old_name: new_name"));
            text->setMaximumHeight(text->fontMetrics().height() * 5);
            connect(text, &QPlainTextEdit::textChanged, this, [this, index, key = f.key, text, changed] {
                m_recipe.steps[index].mappings.insert(key, Recipes::mappingFrom(text->toPlainText()));
                changed();
            });
            editor = text;
            break;
        }
        case RecipeField::Columns:
        case RecipeField::Names:
        case RecipeField::TableColumns: {
            auto *line = new QLineEdit(step.list(f.key).join(u", "_s), form);
            line->setPlaceholderText(f.type == RecipeField::Columns ? columns.mid(0, 3).join(u", "_s) : tr("a, b"));
            line->setToolTip(f.type == RecipeField::Columns ? tr("Columns here: %1").arg(columns.join(u", "_s)) : QString());
            connect(line, &QLineEdit::textEdited, this, [this, index, key = f.key, changed](const QString &text) {
                m_recipe.steps[index].lists.insert(key, Recipes::listFrom(text));
                changed();
            });
            editor = line;
            break;
        }
        default: {
            auto *line = new QLineEdit(step.text(f.key), form);
            connect(line, &QLineEdit::textEdited, this, [this, index, key = f.key, changed](const QString &text) {
                m_recipe.steps[index].texts.insert(key, text);
                changed();
            });
            editor = line;
        }
        }
        editor->setObjectName(u"stepField_"_s + f.key);
        layout->addRow(f.label + (f.required ? QString() : tr(" (optional)")), editor);
    }
    return form;
}

void PreviewPage::setPolicyFolder(const QString &folder)
{
    m_policies.clear();
    if (!folder.isEmpty()) {
        const PolicyDocument document = Policies::readAll({folder});
        m_policies = document.policies;
        for (const Error &e : document.errors)
            Q_EMIT problem(e);
    }
    if (!m_loaded.isEmpty())
        reloadAll(); // masked as the new policies decide
}

void PreviewPage::setRole(Role role)
{
    const bool changed = role != m_role;
    m_role = role;
    m_roleBox->setCurrentIndex(m_roleBox->findData(Roles::key(role)));
    if (changed)
        reloadAll();
}

Status PreviewPage::openProduct(const QString &productId, const QString &dataset)
{
    const auto found = m_store->product(productId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error(tr("There is no product %1 in the catalog.").arg(productId));
    m_product = *found.value();
    m_samples = PreviewSamples::ofProduct(*m_store, m_product);
    refreshSaved();
    QString chosen = dataset;
    for (const auto &[name, path] : std::as_const(m_samples)) {
        if (chosen.isEmpty() && !path.isEmpty())
            chosen = name;
    }
    {
        const QSignalBlocker blocker(m_datasetBox); // filled once, followed once below
        m_datasetBox->clear();
        for (const auto &[name, path] : std::as_const(m_samples))
            m_datasetBox->addItem(path.isEmpty() ? tr("%1 (no sample)").arg(name) : name, name);
        m_datasetBox->setCurrentIndex(std::max(0, m_datasetBox->findData(chosen)));
    }
    m_recipe = {};
    m_recipe.name = tr("Untitled");
    m_recipe.input = chosen;
    reloadAll();
    refreshSteps(-1);
    if (m_sql->toPlainText().isEmpty() && !chosen.isEmpty())
        m_sql->setPlainText(QStringLiteral("SELECT *\nFROM %1\nLIMIT 1000").arg(CatalogViews::sqlName(chosen)));
    Q_EMIT titleChanged();
    if (chosen.isEmpty())
        return Error(tr("No dataset of %1 has sample data; attach a sample file to preview it.").arg(productId));
    return Ok{};
}

void PreviewPage::refreshSaved()
{
    const auto saved = m_store->previews(m_product.id);
    m_saved = saved ? saved.value() : QList<SavedPreview>();
    m_savedBox->clear();
    m_savedBox->addItem(m_saved.isEmpty() ? tr("No saved previews") : tr("Saved previews…"));
    for (const SavedPreview &p : std::as_const(m_saved))
        m_savedBox->addItem(p.kind == u"recipe"_s ? tr("%1 (recipe)").arg(p.name) : p.name);
}

void PreviewPage::reloadAll()
{
    for (const auto &[name, path] : std::as_const(m_samples)) {
        if (!path.isEmpty())
            loadDataset(name, path);
    }
    for (const QString &file : std::as_const(m_extraFiles))
        loadDataset(QString(), file);
}

void PreviewPage::loadDataset(const QString &dataset, const QString &path)
{
    LoadOptions options;
    options.table = dataset.isEmpty() ? QFileInfo(path).completeBaseName() : dataset;
    options.masks
        = PreviewMasks::masks(PreviewMasks::of(m_policies, m_role, dataset.isEmpty() ? nullptr : &m_product, options.table));
    m_loadIds.insert(m_engine->load(path, options), {options.table, path});
    showBusy(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    updateActions();
}

Status PreviewPage::attachSample(const QString &path)
{
    const QString dataset = inputTable();
    if (m_product.id.isEmpty() || dataset.isEmpty())
        return Error(tr("Choose a dataset of a product to attach a sample to."));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo(absolute).isFile())
        return Error(tr("There is no file %1.").arg(QDir::toNativeSeparators(absolute)));
    if (Status attached = m_store->attachSample(m_product.id, dataset, absolute); !attached)
        return attached;
    Q_EMIT message(tr("%1 is now the sample of %2.").arg(QDir::toNativeSeparators(absolute), dataset));
    for (auto &[name, path] : m_samples) {
        if (name == dataset)
            path = absolute;
    }
    m_datasetBox->setItemText(m_datasetBox->currentIndex(), dataset);
    m_recipe.input = dataset;
    loadDataset(dataset, absolute);
    return Ok{};
}

void PreviewPage::addSampleFile(const QString &path)
{
    if (!m_extraFiles.contains(path))
        m_extraFiles << path;
    loadDataset(QString(), path);
}

QHash<QString, QStringList> PreviewPage::tables() const
{
    return Recipes::tablesOf(m_loaded.values());
}

QString PreviewPage::inputTable() const
{
    return m_datasetBox->currentData().toString();
}

const Dataset *PreviewPage::inputDataset() const
{
    for (const Dataset &d : m_product.datasets) {
        if (d.name == inputTable())
            return &d;
    }
    return nullptr;
}

void PreviewPage::setSql(const QString &sql)
{
    m_sql->setPlainText(sql);
    showRecipeTab(false);
}

void PreviewPage::setRecipe(const Recipe &recipe)
{
    m_recipe = recipe;
    if (const int i = m_datasetBox->findData(recipe.input); i >= 0)
        m_datasetBox->setCurrentIndex(i);
    refreshSteps(recipe.steps.isEmpty() ? -1 : 0);
    showRecipeTab(true);
}

void PreviewPage::showRecipeTab(bool recipe)
{
    m_editorTabs->setCurrentIndex(recipe ? 1 : 0);
}

QString PreviewPage::stepLabel(int step) const
{
    return QStringLiteral("%1. %2").arg(step + 1).arg(Recipes::summary(m_recipe.steps.at(step)));
}

void PreviewPage::clearForm()
{
    QLayoutItem *old;
    while ((old = m_formHost->layout()->takeAt(0))) {
        delete old->widget();
        delete old;
    }
}

void PreviewPage::refreshSteps(int select)
{
    {
        const QSignalBlocker blocker(m_steps);
        m_steps->clear();
        for (int i = 0; i < m_recipe.steps.size(); ++i)
            m_steps->addItem(stepLabel(i));
        m_steps->setCurrentRow(-1);
    }
    clearForm();
    recompile();
    if (select >= 0 && select < m_steps->count())
        m_steps->setCurrentRow(select); // builds the step's form
}

void PreviewPage::recompile()
{
    const auto compiled = Recipes::compile(m_recipe, tables());
    if (compiled) {
        m_compiled->setPlainText(compiled->sql);
        if (m_editorTabs->currentIndex() == 1 && m_runId == 0)
            setStatus(tr("The recipe compiles to one query of %Ln step(s).", nullptr, int(m_recipe.steps.size())));
    } else {
        m_compiled->setPlainText(u"-- "_s + compiled.error().message);
        if (m_editorTabs->currentIndex() == 1)
            setStatus(compiled.error().message, true);
    }
}

void PreviewPage::refreshTables()
{
    m_tablesTree->clear();
    QStringList names;
    QStringList tables = m_loaded.keys();
    tables.sort(Qt::CaseInsensitive);
    for (const QString &t : std::as_const(tables)) {
        const LoadedTable &loaded = m_loaded.value(t);
        auto *item
            = new QTreeWidgetItem(m_tablesTree, {t, tr("%Ln row(s)", nullptr, int(std::min<qint64>(loaded.rows, INT_MAX)))});
        item->setToolTip(0, QDir::toNativeSeparators(loaded.file));
        QFont bold = item->font(0);
        bold.setBold(t == inputTable());
        item->setFont(0, bold);
        names << t;
        for (int i = 0; i < loaded.columns.size(); ++i) {
            const SampleColumn &c = loaded.columns.at(i);
            const MaskType mask = loaded.masks.value(i, MaskType::None);
            auto *column = new QTreeWidgetItem(
                item,
                {c.identifier,
                 mask == MaskType::None ? SampleData::typeName(c.type)
                                        : tr("%1, masked (%2)").arg(SampleData::typeName(c.type), Policies::maskKey(mask))});
            if (mask != MaskType::None)
                column->setForeground(1, palette().brush(QPalette::Disabled, QPalette::Text));
            names << c.identifier;
        }
        item->setExpanded(t == inputTable());
    }
    m_tablesTree->resizeColumnToContents(0);
    names.removeDuplicates();
    m_sql->setNames(names);
}

bool PreviewPage::run()
{
    if (m_runId != 0 || !m_loadIds.isEmpty())
        return false;
    QString sql = m_sql->toPlainText();
    if (m_editorTabs->currentIndex() == 1) {
        const auto compiled = Recipes::compile(m_recipe, tables());
        if (!compiled) {
            setStatus(compiled.error().message, true);
            return false;
        }
        sql = compiled->sql;
    }
    if (sql.trimmed().isEmpty()) {
        setStatus(tr("Write a query, or add recipe steps, to run."), true);
        return false;
    }
    m_result = {}; // nothing to show again when the comparison is turned off
    m_compareAction->setChecked(false);
    m_comparing = false;
    m_profile->clear();
    m_quality->clear();
    m_runId = m_engine->run(sql, 500);
    m_model->follow(m_runId);
    showBusy(tr("Running…"));
    updateActions();
    return true;
}

void PreviewPage::cancel()
{
    if (m_runId != 0)
        m_engine->cancel(m_runId);
    for (auto it = m_loadIds.cbegin(); it != m_loadIds.cend(); ++it)
        m_engine->cancel(it.key());
}

void PreviewPage::onCompleted(const QueryResult &result)
{
    m_runId = 0;
    m_result = result;
    m_progress->hide();
    setStatus(tr("%Ln row(s) in %1 ms", nullptr, int(std::min<qint64>(result.rows, INT_MAX)))
                  .arg(QLocale().toString(result.milliseconds, 'f', 1)));
    m_profileId = m_engine->profile(result.id, 12);
    m_rules.clear();
    if (const Dataset *dataset = inputDataset())
        m_rules = ResultQuality::rulesOf(*dataset);
    m_measureId = m_rules.isEmpty() ? 0 : m_engine->measure(result.id, ResultQuality::measures(m_rules));
    if (m_rules.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_quality, {tr("The input dataset has no quality rules in its contract.")});
        none->setFirstColumnSpanned(true);
    }
    updateActions();
}

void PreviewPage::onFinished(int id, const QCborMap &reply)
{
    const bool failed = reply.contains(u"error"_s);
    const Error error = failed ? PreviewProtocol::toError(reply.value(u"error"_s).toMap()) : Error();
    if (m_loadIds.contains(id)) {
        m_loadIds.remove(id);
        if (failed) {
            Q_EMIT problem(error); // placed at its file by the engine
            setStatus(error.toString(), true);
        } else {
            const LoadedTable loaded = PreviewProtocol::toLoaded(reply.value(u"table"_s).toMap());
            m_loaded.insert(loaded.table, loaded);
            if (m_loadIds.isEmpty()) {
                setStatus(loaded.skipped > 0
                              ? tr("Samples read; %Ln bad row(s) left out of %1.", nullptr, int(loaded.skipped)).arg(loaded.table)
                              : tr("Samples read. Write a query or add recipe steps, then run."));
            }
        }
        if (m_loadIds.isEmpty())
            m_progress->hide();
        refreshTables();
        recompile();
        updateActions();
    } else if (id == m_profileId) {
        m_profileId = 0;
        if (!failed)
            showProfiles(PreviewProtocol::toProfiles(reply.value(u"profiles"_s).toArray()));
    } else if (id == m_measureId) {
        m_measureId = 0;
        if (!failed)
            showQuality(ResultQuality::judge(m_rules, PreviewProtocol::toMeasured(reply.value(u"measured"_s).toArray())));
        else
            setStatus(error.toString(), true);
    } else if (id == m_compareId) {
        m_compareId = 0;
        m_progress->hide();
        if (failed) {
            setStatus(error.toString(), true);
            m_compareAction->setChecked(false);
            return;
        }
        const Comparison c = PreviewProtocol::toComparison(reply.value(u"comparison"_s).toMap());
        if (!m_comparing)
            return;
        m_model->show(c.diff);
        m_model->fetchMore({});
        const QString by = c.keys.isEmpty() ? tr("whole rows") : tr("key %1").arg(c.keys.join(u", "_s));
        setStatus(tr("Against %1 (by %2): %L3 added · %L4 removed · %L5 changed · %L6 the same")
                      .arg(inputTable(), by)
                      .arg(c.added)
                      .arg(c.removed)
                      .arg(c.changed)
                      .arg(c.same));
        updateActions();
    } else if (id == m_exportId) {
        m_exportId = 0;
        setStatus(failed ? error.toString()
                         : tr("Written to %1.").arg(QDir::toNativeSeparators(reply.value(u"path"_s).toString())),
                  failed);
    } else if (id == m_runId && failed) {
        m_runId = 0; // the model says why
        m_progress->hide();
        updateActions();
    }
}

void PreviewPage::setComparing(bool on)
{
    if (on == m_comparing)
        return;
    m_comparing = on;
    if (m_compareAction->isChecked() != on)
        m_compareAction->setChecked(on);
    if (m_result.id == 0)
        return;
    if (!on) {
        m_model->show(m_result);
        m_model->fetchMore({});
        setStatus(tr("%Ln row(s)", nullptr, int(std::min<qint64>(m_result.rows, INT_MAX))));
        return;
    }
    // Matched by the input's primary key when the result keeps it, else row by row.
    const Dataset *dataset = inputDataset();
    const QStringList keys = dataset ? ResultQuality::comparisonKeys(*dataset, m_result.columns) : QStringList();
    m_compareId = m_engine->compare(inputTable(), m_result.id, keys);
    showBusy(tr("Comparing with %1…").arg(inputTable()));
}

void PreviewPage::showProfiles(const QList<ColumnProfile> &profiles)
{
    m_profile->clear();
    for (const ColumnProfile &p : profiles) {
        QStringList top;
        for (const auto &[value, count] : p.top)
            top << tr("%1 (%L2)").arg(PreviewResultModel::displayText(value).left(40)).arg(count);
        auto *item = new QTreeWidgetItem(
            m_profile,
            {p.column, QLocale().toString(p.nulls), QLocale().toString(p.distinct),
             PreviewResultModel::displayText(p.min).left(40), PreviewResultModel::displayText(p.max).left(40),
             p.mean ? QLocale().toString(*p.mean, 'g', 6) : QString(), sparkline(p.histogram), top.join(u", "_s)});
        for (int c : {1, 2, 5})
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        if (!p.histogram.isEmpty()) {
            QStringList bins;
            for (qint64 b : p.histogram)
                bins << QLocale().toString(b);
            item->setToolTip(
                6,
                tr("%1 bins from %2 to %3: %4")
                    .arg(p.histogram.size())
                    .arg(PreviewResultModel::displayText(p.min), PreviewResultModel::displayText(p.max), bins.join(u", "_s)));
        }
    }
    for (int c = 0; c < m_profile->columnCount() - 1; ++c)
        m_profile->resizeColumnToContents(c);
}

void PreviewPage::showQuality(const QList<QualityVerdict> &verdicts)
{
    m_quality->clear();
    int failed = 0;
    for (const QualityVerdict &v : verdicts) {
        const QString result = v.measured ? (v.passed ? tr("pass") : tr("fail")) : tr("not measured");
        auto *item
            = new QTreeWidgetItem(m_quality,
                                  {v.title, v.column, v.expectation,
                                   v.measured ? QLocale().toString(*v.measured, 'g', 10) : QString(), result, v.dimension});
        item->setToolTip(4, v.problem);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        if (v.measured && !v.passed) {
            ++failed;
            item->setForeground(4, QColor(0xc6, 0x28, 0x28));
            QFont bold = item->font(4);
            bold.setBold(true);
            item->setFont(4, bold);
        } else if (v.measured) {
            item->setForeground(4, QColor(0x2e, 0x7d, 0x32));
        }
    }
    for (int c = 0; c < m_quality->columnCount(); ++c)
        m_quality->resizeColumnToContents(c);
    m_bottom->setTabText(2, failed > 0 ? tr("Quality (%Ln failing)", nullptr, failed) : tr("Quality"));
}

void PreviewPage::saveAs()
{
    if (m_product.id.isEmpty())
        return;
    const bool recipe = m_editorTabs->currentIndex() == 1;
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("Save Preview"), tr("Name of the preview, kept with %1:").arg(m_product.id),
                                QLineEdit::Normal, recipe ? m_recipe.name : QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    Recipe kept = m_recipe;
    kept.name = name.trimmed();
    const SavedPreview preview{m_product.id,
                               name.trimmed(),
                               inputTable(),
                               recipe ? u"recipe"_s : u"sql"_s,
                               recipe ? QString::fromUtf8(Recipes::toYaml(kept)) : m_sql->toPlainText(),
                               {},
                               {}};
    if (Status saved = m_store->savePreview(preview); !saved) {
        QMessageBox::warning(this, tr("Save Preview"), saved.error().toString());
        return;
    }
    m_recipe.name = kept.name;
    refreshSaved();
    Q_EMIT message(tr("Saved the preview “%1” with %2.").arg(name.trimmed(), m_product.id));
}

void PreviewPage::openSaved(int index)
{
    if (index <= 0 || index > m_saved.size())
        return;
    const SavedPreview &p = m_saved.at(index - 1);
    if (p.kind == u"recipe"_s) {
        const RecipeRead read = Recipes::parse(p.text.toUtf8(), tr("saved preview “%1”").arg(p.name));
        if (!read.errors.isEmpty()) {
            setStatus(read.errors.first().toString(), true);
            return;
        }
        setRecipe(read.recipe);
    } else {
        if (const int i = m_datasetBox->findData(p.dataset); i >= 0)
            m_datasetBox->setCurrentIndex(i);
        setSql(p.text);
    }
    m_savedBox->setCurrentIndex(0);
    setStatus(tr("Opened “%1”, saved by %2.").arg(p.name, p.savedBy));
}

void PreviewPage::exportCsv()
{
    if (m_result.id == 0)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the Result"), tr("preview.csv"), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    m_exportId = m_engine->exportCsv(m_model->resultId(), path); // what is shown: the result or its comparison
}

void PreviewPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, error ? QColor(0xc6, 0x28, 0x28) : palette().color(QPalette::WindowText));
    m_status->setPalette(p);
    m_status->setForegroundRole(QPalette::WindowText);
}

void PreviewPage::updateActions()
{
    const bool busy = m_runId != 0;
    m_runAction->setEnabled(!busy && m_loadIds.isEmpty() && !m_loaded.isEmpty());
    m_cancelAction->setEnabled(busy || !m_loadIds.isEmpty());
    m_compareAction->setEnabled(!busy && m_result.id != 0 && !inputTable().isEmpty());
    m_exportAction->setEnabled(!busy && m_result.id != 0);
    m_saveAction->setEnabled(!m_product.id.isEmpty());
}

bool PreviewPage::waitUntilIdle(int milliseconds)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < milliseconds) {
        if (m_loadIds.isEmpty() && m_runId == 0 && m_profileId == 0 && m_measureId == 0 && m_compareId == 0)
            return true;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return false;
}

} // namespace Tessera
