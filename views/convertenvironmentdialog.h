#pragma once

#include "apierror.h"
#include "platformrecords.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace cc {

class MessageLabel;

// Environment conversion in two steps:
//  1. choose the target and Check: the platform's environment-check lists
//     what the change affects, and the user ticks that they have read the
//     warnings (with none, the dialog says so);
//  2. type the workspace's slug, and Convert.
// A changed target checks again. The platform's refusal (a 422, a 403)
// keeps the dialog open with the reason; the controller closes it once the
// platform has converted the workspace.
class ConvertEnvironmentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConvertEnvironmentDialog(const Workspace &workspace, QWidget *parent = nullptr);

    QString target() const;
    void setChecking(bool busy);
    void showCheck(const EnvironmentCheck &check);
    void showError(const ApiError &error);
    void setConverting(bool busy);

    QComboBox *targetBox() const { return m_target; }
    QPushButton *checkButton() const { return m_check; }
    QListWidget *warningList() const { return m_warnings; }
    QCheckBox *readBox() const { return m_read; }
    QLineEdit *slugField() const { return m_slug; }
    QPushButton *convertButton() const { return m_convert; }
    QString checkSummary() const;
    QString error() const;

Q_SIGNALS:
    void checkRequested(const QString &target);
    void convertSubmitted(const QString &target, const QString &slug);

private:
    void resetCheck();
    void updateButtons();

    const Workspace m_workspace;
    QString m_checkedTarget;
    bool m_hasWarnings = false;
    bool m_busy = false;
    QComboBox *m_target = nullptr;
    QPushButton *m_check = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_warnings = nullptr;
    QCheckBox *m_read = nullptr;
    QLabel *m_slugLabel = nullptr;
    QLineEdit *m_slug = nullptr;
    MessageLabel *m_error = nullptr;
    QPushButton *m_convert = nullptr;
};

} // namespace cc
