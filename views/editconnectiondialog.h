#pragma once

#include "records.h"
#include "requests.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QLabel;

namespace cc {

class MessageLabel;

// Rename a connection and, for a personal connector, reassign its owner with a
// member picker fed by /members, including "No owner".
class EditConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    EditConnectionDialog(
        const Connection &connection, const QVector<Member> &members, QWidget *parent = nullptr);
    void showError(const QString &message);

Q_SIGNALS:
    // Only the fields that changed are set.
    void submitted(const cc::ConnectionPatch &changes);

private:
    QLineEdit *const m_name;
    QComboBox *const m_owner;
    MessageLabel *const m_error;
};

} // namespace cc
