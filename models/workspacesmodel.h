#pragma once

#include "platformrecords.h"
#include "statuspalette.h"

#include <QAbstractListModel>
#include <QSet>

namespace cc {

// "Production", "Staging", "Development" (translated), for badges and choices.
QString environmentLabel(Workspace::Environment environment);
// The badge's tone: production red (changes there reach real data), staging
// amber, development green.
StatusPalette::Tone environmentTone(Workspace::Environment environment);

// The workspaces the signed-in identity can reach (GET /v1/workspaces, every
// page), in the platform's order, for the switcher in the identity bar: the
// name shown, the environment as a badge (EnvironmentRole), which one is
// current, and which ones this console holds a credential for (switching to
// those needs no sign-in).
class WorkspacesModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        SlugRole,
        EnvironmentRole, // Workspace::Environment as an int
        EnvironmentLabelRole,
        CurrentRole,
        HeldRole, // a credential is held: switching is instant
    };

    explicit WorkspacesModel(QObject *parent = nullptr);

    void setWorkspaces(const QVector<Workspace> &workspaces, const QString &currentId);
    void setHeld(const QSet<QString> &ids);
    void clear();
    QString currentId() const { return m_current; }
    int rowOf(const QString &id) const;
    const Workspace &at(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVector<Workspace> m_rows;
    QString m_current;
    QSet<QString> m_held;
};

} // namespace cc
