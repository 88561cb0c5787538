#pragma once

#include "records.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QFrame;

namespace cc {

class MessageLabel;

// Track a public X / LinkedIn account: enter the handle, resolve it, confirm
// on a card (display name, followers, avatar), then connect.
class HandleDialog : public QDialog
{
    Q_OBJECT

public:
    HandleDialog(const QString &connectorName, QWidget *parent = nullptr);

    void showResolved(const ResolvedHandle &account, const QPixmap &avatar);
    void showError(const QString &message);
    QString handle() const;

Q_SIGNALS:
    void resolveRequested(const QString &handle);
    void confirmed(const QString &handle, const cc::ResolvedHandle &account);

private:
    QLineEdit *const m_handle;
    QPushButton *const m_resolve;
    QFrame *const m_card;
    QLabel *const m_avatar;
    QLabel *const m_display;
    QLabel *const m_followers;
    MessageLabel *const m_error;
    QPushButton *const m_confirm;
    ResolvedHandle m_account;
};

} // namespace cc
