#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cc {

class MessageLabel;

// Connect (or reconnect) an API-key connector: a masked key field with a show
// toggle, provider-specific hints, and inline verification errors. The typed
// key survives an error and is never stored locally.
class ApiKeyDialog : public QDialog
{
    Q_OBJECT

public:
    ApiKeyDialog(const QString &connectorType, const QString &connectorName, bool reconnect,
        QWidget *parent = nullptr);

    void showError(const QString &message);
    void setBusy(bool busy);
    QString key() const;
    QString name() const;
    static QString hintFor(const QString &connectorType);

Q_SIGNALS:
    void submitted(const QString &key, const QString &name);

private:
    QLineEdit *const m_key;
    QLineEdit *const m_name;
    MessageLabel *const m_error;
    QPushButton *const m_submit;
};

} // namespace cc
