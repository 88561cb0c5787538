#pragma once

#include "apierror.h"
#include "platformrecords.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cc {

class MessageLabel;

// Create or edit a data source: the enums as choices, a connection_config
// starter per source_type, JSON editors checked before sending (the error's
// line and column, the cursor put there), entity types as a checked tag list,
// and the server's 422 errors beside their fields. The dialog stays open
// until the controller says the platform accepted it; what was typed survives
// every error.
class DataSourceDialog : public QDialog
{
    Q_OBJECT

public:
    // Create.
    explicit DataSourceDialog(QWidget *parent = nullptr);
    // Edit `source` (name and type are fixed once created).
    explicit DataSourceDialog(const DataSource &source, QWidget *parent = nullptr);

    bool isCreate() const { return m_create; }
    QString editedId() const { return m_id; }
    // The server said no: 422 field errors go next to their fields, anything
    // else (409, 403, a network error) above the buttons.
    void showServerError(const ApiError &error);
    void setBusy(bool busy);

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *displayNameField() const { return m_displayName; }
    QComboBox *typeBox() const { return m_type; }
    QComboBox *strategyBox() const { return m_strategy; }
    QLineEdit *scheduleField() const { return m_schedule; }
    QLineEdit *entityTypesField() const { return m_entityTypes; }
    QPlainTextEdit *configEditor() const { return m_config; }
    QPlainTextEdit *mappingsEditor() const { return m_mappings; }
    QCheckBox *activeBox() const { return m_active; }
    // The error shown beside a field (wire name), empty when none.
    QString fieldError(const QString &field) const;
    QString generalError() const;

    // Checks everything locally; true when the request may be sent.
    bool validate();
    // Sends submitted*() when validate() passes (the OK button does this).
    void submit();

    // "a, b" → {"a", "b"}: empty entries dropped, each trimmed.
    static QStringList splitTags(const QString &text);

Q_SIGNALS:
    void createSubmitted(const cc::DataSourceCreate &request);
    void updateSubmitted(const QString &id, const cc::DataSourcePatch &patch);

private:
    void build();
    void setFieldError(const QString &field, const QString &message);
    void clearErrors();
    void applyTemplate();

    const bool m_create;
    QString m_id;
    DataSource m_original;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_displayName = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_strategy = nullptr;
    QLineEdit *m_schedule = nullptr;
    QLineEdit *m_entityTypes = nullptr;
    QPlainTextEdit *m_config = nullptr;
    QPlainTextEdit *m_mappings = nullptr;
    QCheckBox *m_active = nullptr;
    QLabel *m_typeHint = nullptr;
    QHash<QString, MessageLabel *> m_errors;
    MessageLabel *m_general = nullptr;
    QPushButton *m_ok = nullptr;
    QString m_lastTemplate;
};

} // namespace cc
