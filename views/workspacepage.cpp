#include "workspacepage.h"

#include "connectionsmodel.h"
#include "messagelabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cc {

namespace {

constexpr int kErrorRole = Qt::UserRole + 1; // the server's message for a row

QString timeText(qint64 ms)
{
    return ms > 0 ? ConnectionsModel::exactTime(ms, false) : WorkspacePage::tr("—");
}

QLabel *wrapping(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void selectData(QComboBox *box, const QString &value)
{
    const int i = box->findData(value);
    box->setCurrentIndex(i >= 0 ? i : 0);
}

} // namespace

WorkspacePage::WorkspacePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("workspacePage"));
    build();
    setPermissions(false, false);
}

void WorkspacePage::build()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    // Not a Tab stop of its own (it showed no focus): Tab goes to what it
    // holds, and the window scrolls that into view.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setAccessibleName(tr("Workspace"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);
    auto *body = new QWidget(scroll);
    scroll->setWidget(body);
    // A field reached by its mnemonic or by Tab comes into view (MainWindow
    // does it for every scroll area).
    auto *layout = new QVBoxLayout(body);

    auto *head = new QHBoxLayout;
    m_title = new QLabel(body);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    m_environmentBadge = new MessageLabel(body);
    m_environmentBadge->setAccessibleName(tr("Environment"));
    head->addWidget(m_title, 1);
    head->addWidget(m_environmentBadge);
    layout->addLayout(head);
    m_notice = new MessageLabel(body);
    m_notice->setWordWrap(true);
    m_notice->hide();
    layout->addWidget(m_notice);

    // Settings.
    auto *settings = new QGroupBox(tr("Settings"), body);
    auto *form = new QFormLayout(settings);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto addError = [this, settings, form](const QString &field) {
        auto *error = new MessageLabel(settings);
        error->setWordWrap(true);
        error->hide();
        m_errors.insert(field, error);
        form->addRow(QString(), error);
    };
    m_name = new QLineEdit(settings);
    m_name->setAccessibleName(tr("Workspace name"));
    form->addRow(tr("&Name:"), m_name);
    addError(QStringLiteral("name"));
    m_environment = new QComboBox(settings);
    m_environment->setAccessibleName(tr("Environment"));
    for (const QString &e : workspaceenums::environments())
        m_environment->addItem(environmentLabel(Workspace::environmentFrom(e)), e);
    form->addRow(tr("&Environment:"), m_environment);
    addError(QStringLiteral("environment"));
    m_region = new QComboBox(settings);
    m_region->setAccessibleName(tr("Region"));
    for (const QString &r : workspaceenums::regions())
        m_region->addItem(r, r);
    form->addRow(tr("Re&gion:"), m_region);
    addError(QStringLiteral("region"));
    m_connector = new QComboBox(settings);
    m_connector->setAccessibleName(tr("EHR connector"));
    m_connector->addItem(tr("None"), QString());
    for (const QString &c : workspaceenums::connectorTypes())
        m_connector->addItem(c, c);
    form->addRow(tr("EHR connec&tor:"), m_connector);
    addError(QStringLiteral("connector_type"));
    const QList<QPair<QString, QString>> readOnly{
        {QStringLiteral("slug"), tr("Slug:")},
        {QStringLiteral("id"), tr("ID:")},
        {QStringLiteral("backend_org_id"), tr("Backend organisation:")},
        {QStringLiteral("provisioned_at"), tr("Provisioned:")},
        {QStringLiteral("created_at"), tr("Created:")},
        {QStringLiteral("updated_at"), tr("Updated:")},
    };
    for (const auto &[wire, label] : readOnly) {
        auto *value = wrapping(QString(), settings);
        value->setAccessibleName(QString(label).remove(u':'));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_values.insert(wire, value);
        form->addRow(label, value);
    }
    m_saveError = new MessageLabel(settings);
    m_saveError->setWordWrap(true);
    m_saveError->hide();
    form->addRow(m_saveError);
    auto *saveRow = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save settings"), settings);
    m_revert = new QPushButton(tr("&Revert"), settings);
    m_revert->setToolTip(tr("Put back the settings as the platform has them"));
    saveRow->addStretch();
    saveRow->addWidget(m_revert);
    saveRow->addWidget(m_save);
    form->addRow(saveRow);
    layout->addWidget(settings);
    m_writeWidgets << m_name << m_environment << m_region << m_connector;

    // Provisioning.
    auto *provision = new QGroupBox(tr("Provisioning"), body);
    auto *provisionLayout = new QVBoxLayout(provision);
    m_provisionText = wrapping(QString(), provision);
    m_provision = new QPushButton(tr("&Provision workspace"), provision);
    provisionLayout->addWidget(m_provisionText);
    auto *provisionRow = new QHBoxLayout;
    provisionRow->addWidget(m_provision);
    provisionRow->addStretch();
    provisionLayout->addLayout(provisionRow);
    layout->addWidget(provision);

    // Environment conversion.
    auto *convert = new QGroupBox(tr("Environment conversion"), body);
    auto *convertLayout = new QVBoxLayout(convert);
    m_environmentText = wrapping(QString(), convert);
    m_convert = new QPushButton(tr("C&onvert environment…"), convert);
    convertLayout->addWidget(m_environmentText);
    auto *convertRow = new QHBoxLayout;
    convertRow->addWidget(m_convert);
    convertRow->addStretch();
    convertLayout->addLayout(convertRow);
    layout->addWidget(convert);

    // Test caller numbers.
    auto *callers = new QGroupBox(tr("Test caller numbers"), body);
    auto *callersLayout = new QVBoxLayout(callers);
    callersLayout->addWidget(wrapping(tr("Calls from these numbers are treated as test calls. "
                                         "Each is an E.164 number: a + and 2 to 15 digits, the "
                                         "first not 0, such as +15555550100. Double-click a "
                                         "number to edit it."),
        callers));
    m_callers = new QListWidget(callers);
    m_callers->setAccessibleName(tr("Test caller numbers"));
    m_callers->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::SelectedClicked);
    // F2 edits the row and Delete removes it here, not the window's
    // Connection ▸ Edit… (F2) shortcut.
    m_callers->installEventFilter(this);
    m_callers->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_callers->setMaximumHeight(m_callers->fontMetrics().height() * 9);
    callersLayout->addWidget(m_callers);
    auto *addRow = new QHBoxLayout;
    m_newCaller = new QLineEdit(callers);
    m_newCaller->setPlaceholderText(QStringLiteral("+15555550100"));
    m_newCaller->setAccessibleName(tr("New test caller number"));
    auto *newLabel = new QLabel(tr("Ne&w number:"), callers);
    newLabel->setBuddy(m_newCaller);
    m_addCaller = new QPushButton(tr("A&dd"), callers);
    m_removeCaller = new QPushButton(tr("Re&move"), callers);
    m_removeCaller->setToolTip(tr("Remove the selected numbers (Delete)"));
    addRow->addWidget(newLabel);
    addRow->addWidget(m_newCaller, 1);
    addRow->addWidget(m_addCaller);
    addRow->addWidget(m_removeCaller);
    callersLayout->addLayout(addRow);
    m_callerError = new MessageLabel(callers);
    m_callerError->setWordWrap(true);
    m_callerError->hide();
    callersLayout->addWidget(m_callerError);
    auto *callerButtons = new QHBoxLayout;
    m_revertCallers = new QPushButton(tr("Revert test caller l&ist"), callers);
    m_revertCallers->setToolTip(tr("Put back the numbers as the platform has them"));
    m_saveCallers = new QPushButton(tr("Save test ca&llers"), callers);
    callerButtons->addStretch();
    callerButtons->addWidget(m_revertCallers);
    callerButtons->addWidget(m_saveCallers);
    callersLayout->addLayout(callerButtons);
    layout->addWidget(callers);
    m_writeWidgets << m_callers << m_newCaller;

    // Archive.
    auto *archive = new QGroupBox(tr("Archive"), body);
    auto *archiveLayout = new QVBoxLayout(archive);
    m_archiveText = wrapping(tr("Archiving takes the workspace out of service: its API keys "
                                "and sign-ins stop working and it leaves the workspace list. "
                                "Its connections, data sources, integrations and history are "
                                "kept on the platform."),
        archive);
    m_archive = new QPushButton(tr("&Archive workspace…"), archive);
    archiveLayout->addWidget(m_archiveText);
    auto *archiveRow = new QHBoxLayout;
    archiveRow->addWidget(m_archive);
    archiveRow->addStretch();
    archiveLayout->addLayout(archiveRow);
    layout->addWidget(archive);
    layout->addStretch();

    connect(m_name, &QLineEdit::textEdited, this, &WorkspacePage::updateButtons);
    for (QComboBox *box : {m_environment, m_region, m_connector})
        connect(box, &QComboBox::activated, this, &WorkspacePage::updateButtons);
    connect(m_save, &QPushButton::clicked, this, &WorkspacePage::submitSettings);
    connect(m_name, &QLineEdit::returnPressed, this, &WorkspacePage::submitSettings);
    connect(m_revert, &QPushButton::clicked, this, &WorkspacePage::revertSettings);
    connect(m_provision, &QPushButton::clicked, this, &WorkspacePage::provisionRequested);
    connect(m_convert, &QPushButton::clicked, this, &WorkspacePage::convertRequested);
    connect(m_archive, &QPushButton::clicked, this, &WorkspacePage::archiveRequested);
    connect(m_newCaller, &QLineEdit::textChanged, this, &WorkspacePage::checkNewCaller);
    connect(m_newCaller, &QLineEdit::returnPressed, this, &WorkspacePage::addCaller);
    connect(m_addCaller, &QPushButton::clicked, this, &WorkspacePage::addCaller);
    connect(m_removeCaller, &QPushButton::clicked, this, &WorkspacePage::removeCaller);
    connect(m_callers, &QListWidget::itemChanged, this, &WorkspacePage::checkCaller);
    connect(m_callers, &QListWidget::itemSelectionChanged, this, &WorkspacePage::updateButtons);
    connect(m_saveCallers, &QPushButton::clicked, this, &WorkspacePage::submitCallers);
    connect(m_revertCallers, &QPushButton::clicked, this, &WorkspacePage::revertCallers);
}

bool WorkspacePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_callers && event->type() == QEvent::ShortcutOverride) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_F2 || key == Qt::Key_Delete) {
            event->accept();
            return true;
        }
    }
    if (watched == m_callers && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete) {
        // (While a row is edited, its editor has the keys, not the list.)
        removeCaller();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool WorkspacePage::isE164(const QString &number)
{
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{1,14}$"));
    return e164.match(number.trimmed()).hasMatch();
}

QString WorkspacePage::whyNot(bool ownerOnly) const
{
    if (!m_loaded)
        return tr("The workspace has not loaded yet.");
    if (ownerOnly && !m_isOwner)
        return tr("Only the workspace owner may archive it. You are signed in with another role.");
    if (!m_canWrite)
        return tr("You are signed in as a viewer: you can see the workspace but not change it.");
    return QString();
}

void WorkspacePage::setPermissions(bool canWrite, bool isOwner)
{
    m_canWrite = canWrite;
    m_isOwner = isOwner;
    updateButtons();
}

void WorkspacePage::updateButtons()
{
    const QString why = whyNot(false);
    const bool may = why.isEmpty();
    for (QWidget *w : std::as_const(m_writeWidgets)) {
        w->setEnabled(may);
        w->setToolTip(why);
    }
    const bool dirty = settingsEdited();
    m_save->setEnabled(may && dirty && !m_saving);
    m_save->setToolTip(
        may ? (dirty ? QString() : tr("Nothing to save: no setting has changed")) : why);
    m_revert->setEnabled(m_loaded && dirty && !m_saving);

    const bool provisioned = m_workspace.provisionedAtMs > 0;
    m_provision->setEnabled(may && !provisioned && !m_provisioning);
    m_provision->setToolTip(provisioned
            ? tr("Already provisioned on %1").arg(timeText(m_workspace.provisionedAtMs))
            : why);
    m_convert->setEnabled(may);
    m_convert->setToolTip(why);
    const QString archiveWhy = whyNot(true);
    m_archive->setEnabled(archiveWhy.isEmpty());
    m_archive->setToolTip(archiveWhy);

    bool allValid = true;
    for (int i = 0; i < m_callers->count(); ++i)
        allValid = allValid && isE164(m_callers->item(i)->text());
    const bool callersDirty = testCallersEdited();
    m_saveCallers->setEnabled(may && callersDirty && allValid && !m_callersSaving);
    m_saveCallers->setToolTip(!may ? why
            : !allValid            ? tr("Correct the numbers marked as not E.164 first")
            : !callersDirty        ? tr("Nothing to save: the list has not changed")
                                   : QString());
    m_revertCallers->setEnabled(m_loaded && callersDirty && !m_callersSaving);
    const QString typed = m_newCaller->text().trimmed();
    m_addCaller->setEnabled(may && isE164(typed) && !editedTestCallers().contains(typed));
    m_removeCaller->setEnabled(may && !m_callers->selectedItems().isEmpty());
}

void WorkspacePage::showLoading()
{
    m_title->setText(tr("Loading the workspace…"));
}

void WorkspacePage::showLoadError(const ApiError &error)
{
    if (!m_loaded)
        m_title->setText(tr("The workspace could not be loaded"));
    showNotice(tr("%1 Press F5 to try again.").arg(error.message()), true);
}

void WorkspacePage::clear()
{
    m_workspace = Workspace();
    m_loaded = false;
    m_title->clear();
    m_environmentBadge->clear();
    m_notice->hide();
    m_name->clear();
    for (QLabel *value : std::as_const(m_values))
        value->clear();
    m_fillingCallers = true;
    m_callers->clear();
    m_fillingCallers = false;
    m_savedCallers.clear();
    m_newCaller->clear();
    clearFieldErrors();
    m_callerError->hide();
    updateButtons();
}

void WorkspacePage::showWorkspace(const Workspace &workspace, bool replaceEdits)
{
    const bool keepEdits = !replaceEdits && m_loaded && settingsEdited();
    m_workspace = workspace;
    m_loaded = true;
    m_title->setText(workspace.name);
    m_environmentBadge->showMessage(
        environmentLabel(workspace.environment), environmentTone(workspace.environment));
    if (!keepEdits) {
        m_name->setText(workspace.name);
        selectData(m_environment, workspace.rawEnvironment);
        selectData(m_region, workspace.region);
        selectData(m_connector, workspace.connectorType);
        clearFieldErrors();
    }
    m_values.value(QStringLiteral("slug"))->setText(workspace.slug);
    m_values.value(QStringLiteral("id"))->setText(workspace.id);
    m_values.value(QStringLiteral("backend_org_id"))
        ->setText(workspace.backendOrgId.isEmpty() ? tr("None yet") : workspace.backendOrgId);
    m_values.value(QStringLiteral("provisioned_at"))
        ->setText(workspace.provisionedAtMs > 0 ? timeText(workspace.provisionedAtMs)
                                                : tr("Not provisioned"));
    m_values.value(QStringLiteral("created_at"))->setText(timeText(workspace.createdAtMs));
    m_values.value(QStringLiteral("updated_at"))->setText(timeText(workspace.updatedAtMs));
    if (workspace.provisionedAtMs > 0) {
        m_provisionText->setText(
            tr("Provisioned on %1. The backend organisation is %2; provisioning again "
               "changes nothing.")
                .arg(timeText(workspace.provisionedAtMs),
                    workspace.backendOrgId.isEmpty() ? tr("not named") : workspace.backendOrgId));
    } else {
        m_provisionText->setText(
            tr("Not provisioned yet. Provisioning creates the workspace's backend organisation "
               "and its built-in integrations. It is safe to repeat: a provisioned workspace "
               "stays as it is."));
    }
    m_environmentText->setText(
        tr("This workspace is in %1. Converting it first checks what the change affects and "
           "lists the warnings; you read them, then confirm with the workspace's slug.")
            .arg(environmentLabel(workspace.environment)));
    updateButtons();
}

bool WorkspacePage::settingsEdited() const
{
    if (!m_loaded)
        return false;
    return m_name->text().trimmed() != m_workspace.name
        || m_environment->currentData().toString() != m_workspace.rawEnvironment
        || m_region->currentData().toString() != m_workspace.region
        || m_connector->currentData().toString() != m_workspace.connectorType;
}

void WorkspacePage::submitSettings()
{
    if (!m_save->isEnabled())
        return;
    clearFieldErrors();
    // A blank name is sent too: the platform says why it refuses it, beside
    // the field, and what was typed stays.
    const QString name = m_name->text().trimmed();
    WorkspacePatch patch;
    if (name != m_workspace.name)
        patch.name = m_name->text();
    if (const QString e = m_environment->currentData().toString(); e != m_workspace.rawEnvironment)
        patch.environment = e;
    if (const QString r = m_region->currentData().toString(); r != m_workspace.region)
        patch.region = r;
    if (const QString c = m_connector->currentData().toString(); c != m_workspace.connectorType)
        patch.connectorType = c;
    Q_EMIT saveRequested(patch);
}

void WorkspacePage::revertSettings()
{
    if (m_loaded)
        showWorkspace(m_workspace, true);
    m_saveError->hide();
}

void WorkspacePage::setSaving(bool saving)
{
    m_saving = saving;
    m_save->setText(saving ? tr("Saving…") : tr("&Save settings"));
    updateButtons();
}

void WorkspacePage::clearFieldErrors()
{
    for (MessageLabel *e : std::as_const(m_errors))
        e->hide();
    m_saveError->hide();
}

void WorkspacePage::setFieldError(const QString &field, const QString &message)
{
    if (MessageLabel *e = m_errors.value(field))
        e->showMessage(message);
    else
        m_saveError->showMessage(tr("%1: %2").arg(field, message));
}

QString WorkspacePage::fieldError(const QString &field) const
{
    const MessageLabel *e = m_errors.value(field);
    return e && !e->isHidden() ? e->text() : QString();
}

void WorkspacePage::showSaveError(const ApiError &error)
{
    setSaving(false);
    if (error.kind == ApiError::Kind::Validation && !error.fields.isEmpty()) {
        QWidget *first = nullptr;
        for (const ApiError::FieldError &f : error.fields) {
            const QString field = f.location.size() >= 2 ? f.location.at(1) : f.field;
            setFieldError(field, f.message);
            if (!first) {
                first = field == u"name"         ? static_cast<QWidget *>(m_name)
                    : field == u"environment"    ? m_environment
                    : field == u"region"         ? m_region
                    : field == u"connector_type" ? m_connector
                                                 : nullptr;
            }
        }
        if (first)
            first->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_saveError->showMessage(error.message());
}

void WorkspacePage::setProvisioning(bool busy)
{
    m_provisioning = busy;
    m_provision->setText(busy ? tr("Provisioning…") : tr("&Provision workspace"));
    updateButtons();
}

void WorkspacePage::showProvisionError(const ApiError &error)
{
    setProvisioning(false);
    showNotice(tr("Provisioning failed: %1").arg(error.message()), true);
}

QString WorkspacePage::provisionText() const
{
    return m_provisionText->text();
}

QString WorkspacePage::fieldValue(const QString &wireName) const
{
    if (const QLabel *value = m_values.value(wireName))
        return value->text();
    return QString();
}

void WorkspacePage::showTestCallers(const QStringList &numbers)
{
    m_savedCallers = numbers;
    m_fillingCallers = true;
    m_callers->clear();
    for (const QString &n : numbers) {
        auto *item = new QListWidgetItem(n, m_callers);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_fillingCallers = false;
    m_callerError->hide();
    updateButtons();
}

void WorkspacePage::showTestCallersSaved(const QString &message)
{
    m_callerError->showMessage(message, StatusPalette::Tone::Success);
}

QStringList WorkspacePage::editedTestCallers() const
{
    QStringList numbers;
    for (int i = 0; i < m_callers->count(); ++i)
        numbers << m_callers->item(i)->text().trimmed();
    return numbers;
}

bool WorkspacePage::testCallersEdited() const
{
    return m_loaded && editedTestCallers() != m_savedCallers;
}

void WorkspacePage::checkCaller(QListWidgetItem *item)
{
    if (m_fillingCallers)
        return;
    m_fillingCallers = true; // the marks below change the item again
    const QString text = item->text().trimmed();
    if (!isE164(text)) {
        item->setData(
            kErrorRole, tr("Not an E.164 number: a + and 2 to 15 digits, the first not 0."));
        item->setToolTip(item->data(kErrorRole).toString());
        item->setForeground(StatusPalette::forPalette(palette()).color(StatusPalette::Tone::Error));
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        m_callerError->showMessage(tr("“%1” is not an E.164 number: a + and 2 to 15 digits, the "
                                      "first not 0.")
                                       .arg(text));
    } else {
        item->setData(kErrorRole, QVariant());
        item->setToolTip(QString());
        item->setData(Qt::ForegroundRole, QVariant());
        item->setIcon(QIcon());
        m_callerError->hide();
    }
    m_fillingCallers = false;
    updateButtons();
}

void WorkspacePage::checkNewCaller()
{
    const QString text = m_newCaller->text().trimmed();
    if (isE164(text) && editedTestCallers().contains(text)) {
        m_callerError->showMessage(
            tr("%1 is already in the list.").arg(text), StatusPalette::Tone::Warning);
    } else if (text.isEmpty() || isE164(text)) {
        // Only this field's own hint goes; a marked row's message stays.
        if (m_callerError->tone() != StatusPalette::Tone::Error)
            m_callerError->hide();
    } else if (!text.startsWith(u'+')) {
        m_callerError->showMessage(tr("Start with + and the country code, such as +1 or +44."),
            StatusPalette::Tone::Warning);
    } else {
        m_callerError->showMessage(
            tr("Not yet an E.164 number: a + and 2 to 15 digits, the first not 0."),
            StatusPalette::Tone::Warning);
    }
    updateButtons();
}

void WorkspacePage::addCaller()
{
    const QString text = m_newCaller->text().trimmed();
    if (!m_addCaller->isEnabled() || !isE164(text))
        return;
    if (editedTestCallers().contains(text)) {
        m_callerError->showMessage(
            tr("%1 is already in the list.").arg(text), StatusPalette::Tone::Warning);
        return;
    }
    m_fillingCallers = true;
    auto *item = new QListWidgetItem(text, m_callers);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_fillingCallers = false;
    m_callers->setCurrentItem(item);
    m_newCaller->clear();
    m_callerError->hide();
    updateButtons();
}

void WorkspacePage::removeCaller()
{
    if (!m_canWrite)
        return;
    const QList<QListWidgetItem *> selected = m_callers->selectedItems();
    if (selected.isEmpty())
        return;
    // The row after the last one removed becomes the selection, so Delete
    // can go on down the list.
    int next = 0;
    for (QListWidgetItem *item : selected)
        next = qMax(next, m_callers->row(item) + 1);
    next -= int(selected.size());
    for (QListWidgetItem *item : selected)
        delete item;
    if (m_callers->count() > 0)
        m_callers->setCurrentRow(qMin(next, m_callers->count() - 1));
    updateButtons();
}

void WorkspacePage::submitCallers()
{
    if (!m_saveCallers->isEnabled())
        return;
    Q_EMIT testCallersSaveRequested(editedTestCallers());
}

void WorkspacePage::revertCallers()
{
    showTestCallers(m_savedCallers);
}

void WorkspacePage::setTestCallersSaving(bool saving)
{
    m_callersSaving = saving;
    updateButtons();
}

void WorkspacePage::showTestCallersError(const ApiError &error)
{
    setTestCallersSaving(false);
    if (error.kind == ApiError::Kind::Validation && !error.fields.isEmpty()) {
        QStringList messages;
        for (const ApiError::FieldError &f : error.fields) {
            bool ok = false;
            const int row = f.location.size() >= 3 ? f.location.at(2).toInt(&ok) : -1;
            if (ok && row >= 0 && row < m_callers->count()) {
                QListWidgetItem *item = m_callers->item(row);
                m_fillingCallers = true;
                item->setData(kErrorRole, f.message);
                item->setToolTip(f.message);
                item->setForeground(
                    StatusPalette::forPalette(palette()).color(StatusPalette::Tone::Error));
                item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
                m_fillingCallers = false;
                m_callers->setCurrentItem(item);
                messages << tr("%1: %2").arg(item->text(), f.message);
            } else {
                messages << f.message;
            }
        }
        m_callerError->showMessage(
            tr("The platform refused the list. %1").arg(messages.join(u' ')));
        m_callers->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_callerError->showMessage(error.message());
}

QString WorkspacePage::callerError() const
{
    return m_callerError->isHidden() ? QString() : m_callerError->text();
}

void WorkspacePage::showNotice(const QString &text, bool error)
{
    if (text.isEmpty()) {
        m_notice->hide();
        return;
    }
    m_notice->showMessage(text, error ? StatusPalette::Tone::Error : StatusPalette::Tone::Success);
}

QString WorkspacePage::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

} // namespace cc
