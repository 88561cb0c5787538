#include "cadencepage.h"

#include "cadencemodel.h"
#include "messagelabel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cc {

namespace {
QString notAdmin()
{
    return CadencePage::tr("Only platform admins can change sync cadences. You can see them.");
}
} // namespace

CadencePage::CadencePage(CadenceModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("cadencePage"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Sync cadence"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);
    auto *intro = new QLabel(
        tr("How often the platform syncs each connector type. The cadence is set for the whole "
           "platform: a change applies to that connector's connections in every tenant's "
           "workspace, not only this one, and their next sync moves at once."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_permission = new MessageLabel(this);
    m_permission->setWordWrap(true);
    layout->addWidget(m_permission);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("cadenceTable"));
    m_table->setAccessibleName(tr("Sync cadence per connector type"));
    m_table->setTabKeyNavigation(false); // Tab goes on to the chooser; arrows move in the table
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    auto *editor = new QHBoxLayout;
    m_editorLabel = new QLabel(this);
    m_preset = new QComboBox(this);
    m_preset->setAccessibleName(tr("Cadence"));
    for (const QString &p : CadenceTable::presets())
        m_preset->addItem(CadenceModel::presetText(p), p);
    m_editorLabel->setBuddy(m_preset);
    m_apply = new QPushButton(tr("A&pply"), this);
    m_reset = new QPushButton(tr("Reset to &default"), this);
    editor->addWidget(m_editorLabel);
    editor->addWidget(m_preset);
    editor->addWidget(m_apply);
    editor->addWidget(m_reset);
    editor->addStretch();
    layout->addLayout(editor);
    m_message = new MessageLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    // The type chosen before stays chosen when the table is read again (after
    // a change); the first time, the first type, so the keyboard can start there.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_table->selectionModel()->currentIndex().isValid() && m_model->rowCount() > 0) {
            const int before = m_model->rowOf(m_lastType);
            m_table->selectRow(before >= 0 ? before : 0);
        }
        updateEditor();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        // Another type: the last change's message goes (the table read
        // again after a change keeps it).
        if (selectedType() != m_lastType)
            m_message->hide();
        m_lastType = selectedType();
        updateEditor();
    });
    connect(m_preset, &QComboBox::currentIndexChanged, this, &CadencePage::updateEditor);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        const QString type = selectedType();
        if (!type.isEmpty() && m_apply->isEnabled())
            Q_EMIT cadenceRequested(type, m_preset->currentData().toString());
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        const QString type = selectedType();
        if (!type.isEmpty() && m_reset->isEnabled())
            Q_EMIT cadenceRequested(type, std::nullopt);
    });
    setPlatformAdmin(false);
}

void CadencePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_table->setFocus(Qt::OtherFocusReason);
}

void CadencePage::setPlatformAdmin(bool platformAdmin)
{
    m_platformAdmin = platformAdmin;
    if (platformAdmin)
        m_permission->showMessage(
            tr("You are a platform admin: what you set here applies to every tenant."),
            StatusPalette::Tone::Warning);
    else
        m_permission->showMessage(notAdmin(), StatusPalette::Tone::Neutral);
    updateEditor();
}

QString CadencePage::permissionText() const
{
    return m_permission->text();
}

void CadencePage::setBusy(bool busy)
{
    m_busy = busy;
    updateEditor();
}

void CadencePage::showMessage(const QString &text, bool error)
{
    m_message->showMessage(text, error ? StatusPalette::Tone::Error : StatusPalette::Tone::Success);
}

QString CadencePage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString CadencePage::selectedType() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->typeAt(current.row()) : QString();
}

void CadencePage::selectType(const QString &type)
{
    const int row = m_model->rowOf(type);
    if (row >= 0)
        m_table->selectRow(row);
}

void CadencePage::updateEditor()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const int row = current.isValid() ? current.row() : -1;
    if (row >= 0) {
        m_editorLabel->setText(tr("Cade&nce for %1:").arg(m_model->nameAt(row)));
        if (sender() != m_preset) {
            const QSignalBlocker block(m_preset);
            const int i = m_preset->findData(m_model->currentAt(row));
            if (i >= 0)
                m_preset->setCurrentIndex(i);
        }
    } else {
        m_editorLabel->setText(tr("Choose a connector type above."));
    }
    const QString why = !m_platformAdmin ? notAdmin()
        : row < 0                        ? tr("Choose a connector type first")
                                         : QString();
    const bool may = why.isEmpty() && !m_busy;
    m_preset->setEnabled(may);
    m_preset->setToolTip(why);
    const bool changed = row >= 0 && m_preset->currentData().toString() != m_model->currentAt(row);
    m_apply->setEnabled(may && changed);
    m_apply->setToolTip(!why.isEmpty() ? why
            : changed                  ? tr("Set this cadence for every tenant")
                                       : tr("That is the cadence in force already"));
    const bool overridden = row >= 0 && m_model->overriddenAt(row);
    m_reset->setEnabled(may && overridden);
    m_reset->setToolTip(!why.isEmpty() ? why
            : overridden               ? tr("Back to the connector's default, %1, for every tenant")
                               .arg(CadenceModel::presetText(m_model->defaultAt(row)))
                         : tr("This type already syncs at its connector's default"));
}

} // namespace cc
