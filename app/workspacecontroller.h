#pragma once

#include "apierror.h"
#include "convertenvironmentdialog.h"
#include "platformrecords.h"
#include "records.h"

#include <QObject>
#include <QPointer>

namespace cc {

class MainWindow;
class MessageBoxes;
class PlatformApiClient;
class WorkspacePage;

// Feeds the Workspace page from platform-workspaces.openapi.json for the
// signed-in workspace: the workspace and its test caller numbers when the
// page is first shown (and on F5), the settings PATCH with its 422 beside
// the fields, Provision (idempotent), the two-step environment conversion,
// Archive (owners, the slug typed), and the test callers' PUT. Each kind of
// request has its own context: a newer one aborts the older, and nothing of
// a workspace that was left is ever shown.
class WorkspaceController : public QObject
{
    Q_OBJECT

public:
    WorkspaceController(PlatformApiClient *api, WorkspacePage *page, MainWindow *window,
        MessageBoxes *dialogs, QObject *parent = nullptr);
    ~WorkspaceController() override;

    void setIdentity(const Me &me);
    void reset();
    void reload();
    bool isLoaded() const { return m_loaded; }
    QString workspaceId() const { return m_workspaceId; }
    ConvertEnvironmentDialog *convertDialog() const { return m_convert; }
    // Before the console leaves this workspace (a switch, signing out): true
    // when nothing typed on the page is unsaved, or the user chose to discard
    // it; false (and the page kept as typed) when they cancelled. `leaving`
    // says what would happen ("Switching to Staging").
    bool mayLeave(const QString &leaving);

Q_SIGNALS:
    // The workspace as the platform now has it (after a load or a change).
    void workspaceChanged(const cc::Workspace &workspace);
    // The signed-in workspace was archived: its credential no longer works.
    void archived(const cc::Workspace &workspace);
    void testCallersLoaded(const QStringList &numbers);

private:
    void save(const WorkspacePatch &patch);
    void provision();
    void openConvert();
    void archive();
    void saveTestCallers(const QStringList &numbers);
    void adopt(const Workspace &workspace);
    QObject *renew(QPointer<QObject> *slot);

    PlatformApiClient *const m_api;
    WorkspacePage *const m_page;
    MainWindow *const m_window;
    MessageBoxes *const m_dialogs;
    QString m_workspaceId;
    bool m_canWrite = false;
    bool m_loaded = false;
    Workspace m_workspace;
    QPointer<QObject> m_loadContext;
    QPointer<QObject> m_callersContext;
    QPointer<QObject> m_saveContext;
    QPointer<QObject> m_actionContext;
    QPointer<ConvertEnvironmentDialog> m_convert;
};

} // namespace cc
