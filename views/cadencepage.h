#pragma once

#include "apierror.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace cc {

class CadenceModel;
class MessageLabel;

// Sync cadence (platform admins): every connector type with the cadence in
// force and its default. A platform admin chooses a preset for the selected
// type, or resets it to the connector's default; the page says plainly that
// the change applies to every tenant. Everyone else sees it read-only, and
// the tooltips say why.
class CadencePage : public QWidget
{
    Q_OBJECT

public:
    explicit CadencePage(CadenceModel *model, QWidget *parent = nullptr);

    void setPlatformAdmin(bool platformAdmin);
    void setBusy(bool busy);
    void showMessage(const QString &text, bool error);
    QString message() const;
    void selectType(const QString &type);
    QString selectedType() const;

    QTableView *table() const { return m_table; }
    QComboBox *presetBox() const { return m_preset; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *resetButton() const { return m_reset; }
    QString permissionText() const;

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    // nullopt: the connector's default.
    void cadenceRequested(const QString &type, const std::optional<QString> &preset);

private:
    void updateEditor();

    CadenceModel *const m_model;
    bool m_platformAdmin = false;
    bool m_busy = false;
    QString m_lastType;
    QTableView *m_table = nullptr;
    QLabel *m_editorLabel = nullptr;
    QComboBox *m_preset = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_reset = nullptr;
    MessageLabel *m_permission = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace cc
