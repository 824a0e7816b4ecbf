#include "views/catalog/quickopendialog.h"

#include "models/catalog/facetmodel.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QVBoxLayout>

namespace Tessera {

namespace {

// Two lines per hit: its name, and where it is.
class HitDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString title = opt.text;
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const bool selected = opt.state & QStyle::State_Selected;
        const QRect r = opt.rect.adjusted(8, 2, -8, -2);
        QFont bold = opt.font;
        bold.setWeight(QFont::DemiBold);
        painter->save();
        painter->setFont(bold);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const QFontMetrics fm(bold);
        painter->drawText(QRect(r.left(), r.top(), r.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(title, Qt::ElideRight, r.width()));
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        const QString detail = index.data(QuickOpenModel::DetailRole).toString();
        painter->drawText(QRect(r.left(), r.top() + fm.height(), r.width(), opt.fontMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, opt.fontMetrics.elidedText(detail, Qt::ElideRight, r.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {200, option.fontMetrics.height() * 2 + 8};
    }
};

} // namespace

QuickOpenDialog::QuickOpenDialog(CatalogStore *store, QWidget *parent)
    : QDialog(parent, Qt::Popup | Qt::FramelessWindowHint)
    , m_field(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_model(new QuickOpenModel(store, this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("quickOpenDialog"));
    setWindowTitle(tr("Quick Open"));
    m_field->setObjectName(QStringLiteral("quickOpenField"));
    m_field->setPlaceholderText(tr("Go to a product, dataset or column…"));
    m_field->setAccessibleName(tr("Quick open"));
    m_field->installEventFilter(this);
    m_list->setObjectName(QStringLiteral("quickOpenList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new HitDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("Matches"));
    m_list->setFocusPolicy(Qt::NoFocus);
    auto *hint = new QLabel(tr("↑↓ to choose · Enter to open · Esc to close"), this);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_timer->setSingleShot(true);
    m_timer->setInterval(80);
    connect(m_timer, &QTimer::timeout, this, &QuickOpenDialog::search);
    connect(m_field, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_list, &QListView::activated, this, &QuickOpenDialog::choose);
    connect(m_list, &QListView::clicked, this, &QuickOpenDialog::choose);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_field);
    layout->addWidget(m_list, 1);
    layout->addWidget(hint);
    resize(560, 420);
}

void QuickOpenDialog::search()
{
    m_timer->stop();
    if (Status found = m_model->setText(m_field->text()); !found)
        m_field->setToolTip(found.error().toString());
    else
        m_field->setToolTip(QString());
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
}

void QuickOpenDialog::choose(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const NameHit hit = m_model->hit(index.row());
    accept();
    Q_EMIT chosen(hit);
}

bool QuickOpenDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            QApplication::sendEvent(m_list, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_timer->isActive())
                search(); // typed fast: find first, then open
            choose(m_list->currentIndex());
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Tessera
