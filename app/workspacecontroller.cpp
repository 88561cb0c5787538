#include "workspacecontroller.h"

#include "convertenvironmentdialog.h"
#include "mainwindow.h"
#include "messageboxes.h"
#include "platformapiclient.h"
#include "workspacepage.h"

#include <QStatusBar>

namespace cc {

WorkspaceController::WorkspaceController(PlatformApiClient *api, WorkspacePage *page,
    MainWindow *window, MessageBoxes *dialogs, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_page(page)
    , m_window(window)
    , m_dialogs(dialogs)
{
    connect(page, &WorkspacePage::saveRequested, this, &WorkspaceController::save);
    connect(page, &WorkspacePage::provisionRequested, this, &WorkspaceController::provision);
    connect(page, &WorkspacePage::convertRequested, this, &WorkspaceController::openConvert);
    connect(page, &WorkspacePage::archiveRequested, this, &WorkspaceController::archive);
    connect(page, &WorkspacePage::testCallersSaveRequested, this,
        &WorkspaceController::saveTestCallers);
    connect(page, &WorkspacePage::retryRequested, this, &WorkspaceController::reload);
}

WorkspaceController::~WorkspaceController()
{
    delete m_convert.data();
}

QObject *WorkspaceController::renew(QPointer<QObject> *slot)
{
    delete slot->data();
    *slot = new QObject(this);
    return slot->data();
}

bool WorkspaceController::mayLeave(const QString &leaving)
{
    const bool settings = m_page->settingsEdited();
    const bool callers = m_page->testCallersEdited();
    if (!settings && !callers)
        return true;
    const QString name = m_workspace.name.isEmpty() ? m_workspace.slug : m_workspace.name;
    // Whole sentences, so that a translation can be grammatical.
    const QString text = settings && callers
        ? tr("You changed the settings and the test caller numbers of %1 and did not save them. "
             "%2 discards these changes.")
        : settings ? tr("You changed the settings of %1 and did not save them. %2 discards these "
                        "changes.")
                   : tr("You changed the test caller numbers of %1 and did not save them. %2 "
                        "discards these changes.");
    const QMessageBox::StandardButton answer
        = m_dialogs->question(m_window, tr("Discard unsaved changes?"),
            text.arg(name, leaving) + QStringLiteral("\n\n")
                + tr("Cancel to go back to the Workspace page and save them first."),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard) {
        m_window->showPage(m_page);
        return false;
    }
    return true;
}

void WorkspaceController::setIdentity(const Me &me)
{
    reset();
    m_workspaceId = me.workspaceId;
    m_canWrite = me.canWrite();
    m_page->setPermissions(m_canWrite, me.role == u"owner");
}

void WorkspaceController::reset()
{
    for (QPointer<QObject> *slot :
        {&m_loadContext, &m_callersContext, &m_saveContext, &m_actionContext}) {
        delete slot->data();
        *slot = nullptr;
    }
    delete m_convert.data();
    m_workspaceId.clear();
    m_canWrite = false;
    m_loaded = false;
    m_workspace = Workspace();
    m_page->clear();
    m_page->setPermissions(false, false);
}

void WorkspaceController::reload()
{
    if (m_workspaceId.isEmpty())
        return;
    m_loaded = true;
    if (m_workspace.id.isEmpty())
        m_page->showLoading();
    m_api->fetchWorkspace(renew(&m_loadContext), m_workspaceId,
        [this](const Workspace &workspace, const ApiError &error) {
            if (error.isError()) {
                m_page->showLoadError(error);
                return;
            }
            m_page->showNotice(QString(), false);
            m_workspace = workspace;
            m_page->showWorkspace(workspace, false);
            Q_EMIT workspaceChanged(workspace);
        });
    m_api->fetchTestCallers(renew(&m_callersContext), m_workspaceId,
        [this](const QStringList &numbers, const ApiError &error) {
            if (error.isError()) {
                m_page->showTestCallersError(error);
                return;
            }
            if (!m_page->testCallersEdited())
                m_page->showTestCallers(numbers);
            Q_EMIT testCallersLoaded(numbers);
        });
}

void WorkspaceController::adopt(const Workspace &workspace)
{
    m_workspace = workspace;
    m_page->showWorkspace(workspace, true);
    Q_EMIT workspaceChanged(workspace);
}

void WorkspaceController::save(const WorkspacePatch &patch)
{
    if (!m_canWrite || m_workspaceId.isEmpty())
        return;
    m_page->setSaving(true);
    m_api->updateWorkspace(renew(&m_saveContext), m_workspaceId, patch,
        [this](const Workspace &workspace, const ApiError &error) {
            if (error.isError()) {
                m_page->showSaveError(error);
                return;
            }
            m_page->setSaving(false);
            adopt(workspace);
            m_window->statusBar()->showMessage(tr("Workspace settings saved"), 8000);
        });
}

void WorkspaceController::provision()
{
    if (!m_canWrite || m_workspaceId.isEmpty())
        return;
    m_page->setProvisioning(true);
    m_api->provisionWorkspace(renew(&m_actionContext), m_workspaceId,
        [this](const Workspace &workspace, const ApiError &error) {
            if (error.isError()) {
                m_page->showProvisionError(error);
                return;
            }
            m_page->setProvisioning(false);
            adopt(workspace);
            m_page->showNotice(tr("%1 is provisioned.").arg(workspace.name), false);
        });
}

void WorkspaceController::openConvert()
{
    if (!m_canWrite || m_workspace.id.isEmpty())
        return;
    delete m_convert.data();
    auto *dialog = new ConvertEnvironmentDialog(m_workspace, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_convert = dialog;
    const QString id = m_workspaceId;
    connect(dialog, &ConvertEnvironmentDialog::checkRequested, this,
        [this, dialog, id](const QString &target) {
            dialog->setChecking(true);
            m_api->checkEnvironment(
                dialog, id, target, [dialog](const EnvironmentCheck &check, const ApiError &error) {
                    if (error.isError())
                        dialog->showError(error);
                    else
                        dialog->showCheck(check);
                });
        });
    connect(dialog, &ConvertEnvironmentDialog::convertSubmitted, this,
        [this, dialog, id](const QString &target, const QString &slug) {
            dialog->setConverting(true);
            m_api->convertEnvironment(dialog, id, target, slug,
                [this, dialog, id](const Workspace &workspace, const ApiError &error) {
                    if (error.isError()) {
                        dialog->showError(error);
                        return;
                    }
                    dialog->accept();
                    if (id != m_workspaceId)
                        return;
                    adopt(workspace);
                    m_page->showNotice(
                        tr("%1 is now in %2.")
                            .arg(workspace.name, environmentLabel(workspace.environment)),
                        false);
                });
        });
    dialog->open();
}

void WorkspaceController::archive()
{
    if (m_workspace.id.isEmpty())
        return;
    const Workspace ws = m_workspace;
    if (!m_dialogs->confirmByTyping(m_window, tr("Archive workspace"),
            tr("Archive the workspace %1 (%2)? Its API keys and sign-ins stop working, its "
               "connections and data sources stop syncing, and it leaves the workspace list. "
               "Its records and history are kept on the platform, but only platform support "
               "can bring it back. Type the workspace's slug to confirm.")
                .arg(ws.name, ws.slug),
            ws.slug, tr("&Archive")))
        return;
    m_api->archiveWorkspace(renew(&m_actionContext), ws.id, ws.slug,
        [this](const Workspace &workspace, const ApiError &error) {
            if (error.isError()) {
                m_page->showNotice(
                    tr("The workspace was not archived: %1").arg(error.message()), true);
                return;
            }
            m_window->statusBar()->showMessage(
                tr("Workspace %1 archived").arg(workspace.name), 15000);
            Q_EMIT archived(workspace);
        });
}

void WorkspaceController::saveTestCallers(const QStringList &numbers)
{
    if (!m_canWrite || m_workspaceId.isEmpty())
        return;
    m_page->setTestCallersSaving(true);
    m_api->updateTestCallers(renew(&m_callersContext), m_workspaceId, numbers,
        [this](const QStringList &saved, const ApiError &error) {
            if (error.isError()) {
                m_page->showTestCallersError(error);
                return;
            }
            m_page->setTestCallersSaving(false);
            m_page->showTestCallers(saved);
            m_page->showTestCallersSaved(tr("Saved: the platform now has %n test caller number(s).",
                nullptr, int(saved.size())));
        });
}

} // namespace cc
