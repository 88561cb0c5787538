#include "catalogpickerdialog.h"

#include "connectorcatalogmodel.h"
#include "connectoricons.h"
#include "statuspalette.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace cc {

namespace {

using R = ConnectorCatalogModel;

// Two lines per connector: icon, name and tags; then the description.
class CatalogDelegate : public QStyledItemDelegate
{
public:
    CatalogDelegate(const ConnectorIcons *icons, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_icons(icons)
    { }

    static QStringList tags(const QModelIndex &index)
    {
        QStringList t{index.data(R::ConnectMethodTextRole).toString()};
        if (scopeFromString(index.data(R::ScopeRole).toString()) == Scope::Personal)
            t << CatalogPickerDialog::tr("Personal");
        if (index.data(R::DirectionRole).toString() == u"outbound")
            t << CatalogPickerDialog::tr("Outbound");
        if (!index.data(R::ConnectableRole).toBool())
            t << CatalogPickerDialog::tr("Coming soon");
        return t;
    }

    void paint(
        QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.data(R::IsCategoryRole).toBool()) {
            QStyleOptionViewItem opt = option;
            initStyleOption(&opt, index);
            opt.font.setBold(true);
            opt.state &= ~QStyle::State_Selected;
            QStyledItemDelegate::paint(p, opt, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString name = opt.text;
        opt.text.clear();
        const QWidget *w = option.widget;
        (w ? w->style() : QApplication::style())->drawControl(QStyle::CE_ItemViewItem, &opt, p, w);
        const bool enabled = index.flags() & Qt::ItemIsEnabled;
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = enabled ? QPalette::Normal : QPalette::Disabled;
        const QColor text
            = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        const QRect r = option.rect.adjusted(6, 4, -6, -4);
        const QIcon icon = m_icons->icon(index.data(R::TypeRole).toString(), name);
        icon.paint(p, QRect(r.left(), r.top() + 2, 32, 32), Qt::AlignCenter,
            enabled ? QIcon::Normal : QIcon::Disabled);
        p->save();
        QFont bold = option.font;
        bold.setBold(true);
        p->setFont(bold);
        p->setPen(text);
        const QFontMetrics bfm(bold);
        const int x = r.left() + 42;
        p->drawText(QPoint(x, r.top() + bfm.ascent()), name);
        int tx = x + bfm.horizontalAdvance(name) + 10;
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.85);
        p->setFont(small);
        const QFontMetrics sfm(small);
        for (const QString &tag : tags(index)) {
            const QRect pill(tx, r.top() + 1, sfm.horizontalAdvance(tag) + 12, sfm.height() + 2);
            const bool soon = tag == CatalogPickerDialog::tr("Coming soon");
            const QColor soonColor
                = StatusPalette::forPalette(option.palette).color(StatusPalette::Tone::Warning);
            p->setPen(soon ? soonColor : option.palette.color(group, QPalette::Mid));
            p->setBrush(Qt::NoBrush);
            p->setRenderHint(QPainter::Antialiasing);
            p->drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
            p->setPen(soon ? soonColor : text);
            p->drawText(pill, Qt::AlignCenter, tag);
            tx = pill.right() + 6;
        }
        p->setFont(option.font);
        QColor dim = text;
        dim.setAlpha(170);
        p->setPen(dim);
        const QFontMetrics fm(option.font);
        const QString desc = fm.elidedText(
            index.data(R::DescriptionRole).toString(), Qt::ElideRight, r.right() - x);
        p->drawText(QPoint(x, r.top() + bfm.height() + 4 + fm.ascent()), desc);
        p->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        if (!index.data(R::IsCategoryRole).toBool())
            s.setHeight(qMax(44, QFontMetrics(option.font).height() * 2 + 14));
        else
            s.setHeight(s.height() + 8);
        return s;
    }

private:
    const ConnectorIcons *const m_icons;
};

// Matches a connector's name, type, method or description; keeps categories
// that have a match (recursive filtering).
class CatalogFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setNeedle(const QString &needle)
    {
        m_needle = needle.trimmed();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_needle.isEmpty())
            return true;
        const QModelIndex i = sourceModel()->index(row, 0, parent);
        if (i.data(R::IsCategoryRole).toBool())
            return false; // shown through its children
        for (int role : {int(Qt::DisplayRole), int(R::TypeRole), int(R::ConnectMethodTextRole),
                 int(R::DescriptionRole)}) {
            if (i.data(role).toString().contains(m_needle, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private:
    QString m_needle;
};

} // namespace

CatalogPickerDialog::CatalogPickerDialog(
    ConnectorCatalogModel *catalog, const ConnectorIcons *icons, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_filter(new CatalogFilter(this))
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_details(new QLabel(this))
    , m_connect(new QPushButton(tr("Connect…"), this))
{
    setObjectName(QStringLiteral("catalogPicker"));
    setWindowTitle(tr("Add a connection"));
    resize(760, 560);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Pick a provider. The connect method decides what you need: OAuth opens your browser, "
           "API key asks for a key, a handle is resolved to a public account."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_search->setObjectName(QStringLiteral("catalogSearch"));
    m_search->setAccessibleName(tr("Search connectors"));
    m_search->setPlaceholderText(tr("Search connectors"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_filter->setSourceModel(catalog);
    m_filter->setRecursiveFilteringEnabled(true);
    m_tree->setObjectName(QStringLiteral("catalogTree"));
    m_tree->setAccessibleName(tr("Connectors"));
    m_tree->setModel(m_filter);
    m_tree->setHeaderHidden(true);
    m_tree->setItemDelegate(new CatalogDelegate(icons, m_tree));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(false);
    m_tree->expandAll();
    m_tree->setIndentation(8);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_tree, 3);
    m_details->setObjectName(QStringLiteral("catalogDetails"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumWidth(220);
    m_details->setTextFormat(Qt::RichText);
    middle->addWidget(m_details, 2);
    layout->addLayout(middle, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect->setObjectName(QStringLiteral("catalogConnect"));
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        const QString type = selectedType();
        if (type.isEmpty())
            return;
        Q_EMIT connectorChosen(type);
        accept();
    });
    connect(m_tree, &QTreeView::activated, m_connect, &QPushButton::click);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) {
        static_cast<CatalogFilter *>(m_filter)->setNeedle(t);
        m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &CatalogPickerDialog::currentChanged);
    connect(catalog, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    currentChanged();
    m_search->setFocus();
}

QString CatalogPickerDialog::selectedType() const
{
    const QModelIndex i = m_tree->currentIndex();
    if (!i.isValid() || !(i.flags() & Qt::ItemIsEnabled) || i.data(R::IsCategoryRole).toBool())
        return {};
    return i.data(R::TypeRole).toString();
}

void CatalogPickerDialog::currentChanged()
{
    const QModelIndex i = m_tree->currentIndex();
    m_connect->setEnabled(!selectedType().isEmpty());
    if (!i.isValid() || i.data(R::IsCategoryRole).toBool()) {
        m_details->setText(tr("<p>Select a connector to see what it brings in.</p>"));
        return;
    }
    QString html
        = QStringLiteral("<h3>%1</h3><p>%2</p><p><b>%3</b> %4</p>")
              .arg(i.data().toString().toHtmlEscaped(),
                  i.data(R::DescriptionRole).toString().toHtmlEscaped(), tr("Connect method:"),
                  i.data(R::ConnectMethodTextRole).toString().toHtmlEscaped());
    if (scopeFromString(i.data(R::ScopeRole).toString()) == Scope::Personal)
        html += tr("<p><b>Personal:</b> each member connects their own account.</p>");
    const QStringList streams = i.data(R::StreamsRole).toStringList();
    if (!streams.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Data streams:"), streams.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!i.data(R::ConnectableRole).toBool())
        html += tr("<p><b>Coming soon.</b> This connector cannot be connected yet.</p>");
    m_details->setText(html);
}

} // namespace cc
