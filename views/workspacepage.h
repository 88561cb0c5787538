#pragma once

#include "apierror.h"
#include "platformrecords.h"
#include "workspacesmodel.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace cc {

class MessageLabel;

// The Workspace page: every field of the signed-in workspace
// (platform-workspaces.openapi.json's WorkspaceResponse), its settings form
// (name, environment, region, EHR connector, the enums as choices; the 422
// errors beside their fields, typed input kept), Provision, Convert
// environment…, Archive… (owners only), and the test caller numbers (checked
// as E.164 while typed; Save / Revert). What the user may not do is disabled,
// and its tooltip says why. The page builds no request: it says what the user
// asked for, and the controller asks the platform.
class WorkspacePage : public QWidget
{
    Q_OBJECT

public:
    explicit WorkspacePage(QWidget *parent = nullptr);

    // What the signed-in identity may do here (from /me's role).
    void setPermissions(bool canWrite, bool isOwner);
    void showLoading();
    void showLoadError(const ApiError &error);
    // The workspace as the platform has it now. Settings the user has typed
    // and not saved are kept unless `replaceEdits`.
    void showWorkspace(const Workspace &workspace, bool replaceEdits = true);
    const Workspace &workspace() const { return m_workspace; }
    void clear();

    void setSaving(bool saving);
    // 422 errors beside their fields; anything else above the buttons.
    void showSaveError(const ApiError &error);
    void setProvisioning(bool busy);
    void showProvisionError(const ApiError &error);

    void showTestCallers(const QStringList &numbers);
    // Under the list, until the next edit.
    void showTestCallersSaved(const QString &message);
    void setTestCallersSaving(bool saving);
    // A 422 for ["body","numbers",i] marks row i with the server's message.
    void showTestCallersError(const ApiError &error);
    // The list as edited (trimmed, in order).
    QStringList editedTestCallers() const;
    bool testCallersEdited() const;
    bool settingsEdited() const;

    // A message about the whole page (saved, provisioned, an error).
    void showNotice(const QString &text, bool error);
    QString notice() const;

    // E.164: a + and 2 to 15 digits, the first not 0 (what the platform checks).
    static bool isE164(const QString &number);

    // The parts, for tests and for keyboard walks.
    QLineEdit *nameField() const { return m_name; }
    QComboBox *environmentBox() const { return m_environment; }
    QComboBox *regionBox() const { return m_region; }
    QComboBox *connectorBox() const { return m_connector; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }
    QPushButton *provisionButton() const { return m_provision; }
    QPushButton *convertButton() const { return m_convert; }
    QPushButton *archiveButton() const { return m_archive; }
    QListWidget *testCallerList() const { return m_callers; }
    QLineEdit *newCallerField() const { return m_newCaller; }
    QPushButton *addCallerButton() const { return m_addCaller; }
    QPushButton *removeCallerButton() const { return m_removeCaller; }
    QPushButton *saveCallersButton() const { return m_saveCallers; }
    QPushButton *revertCallersButton() const { return m_revertCallers; }
    QString fieldError(const QString &field) const;
    QString callerError() const;
    QString provisionText() const;
    QString fieldValue(const QString &wireName) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void saveRequested(const cc::WorkspacePatch &patch);
    void provisionRequested();
    void convertRequested();
    void archiveRequested();
    void testCallersSaveRequested(const QStringList &numbers);
    void retryRequested();

private:
    void build();
    void updateButtons();
    void clearFieldErrors();
    void setFieldError(const QString &field, const QString &message);
    void addCaller();
    void removeCaller();
    void checkCaller(QListWidgetItem *item);
    void checkNewCaller();
    void submitSettings();
    void submitCallers();
    void revertSettings();
    void revertCallers();
    QString whyNot(bool ownerOnly) const;

    Workspace m_workspace;
    bool m_loaded = false;
    bool m_canWrite = false;
    bool m_isOwner = false;
    bool m_saving = false;
    bool m_provisioning = false;
    bool m_callersSaving = false;
    bool m_fillingCallers = false;
    QStringList m_savedCallers;

    QLabel *m_title = nullptr;
    MessageLabel *m_environmentBadge = nullptr;
    MessageLabel *m_notice = nullptr;
    QHash<QString, QLabel *> m_values; // read-only fields by wire name
    QLineEdit *m_name = nullptr;
    QComboBox *m_environment = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_connector = nullptr;
    QHash<QString, MessageLabel *> m_errors;
    MessageLabel *m_saveError = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QLabel *m_provisionText = nullptr;
    QPushButton *m_provision = nullptr;
    QLabel *m_environmentText = nullptr;
    QPushButton *m_convert = nullptr;
    QLabel *m_archiveText = nullptr;
    QPushButton *m_archive = nullptr;
    QListWidget *m_callers = nullptr;
    QLineEdit *m_newCaller = nullptr;
    QPushButton *m_addCaller = nullptr;
    QPushButton *m_removeCaller = nullptr;
    QPushButton *m_saveCallers = nullptr;
    QPushButton *m_revertCallers = nullptr;
    MessageLabel *m_callerError = nullptr;
    QList<QWidget *> m_writeWidgets;
};

} // namespace cc
