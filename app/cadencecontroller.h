#pragma once

#include "records.h"

#include <QObject>
#include <QPointer>
#include <optional>

namespace cc {

class CadenceModel;
class CadencePage;
class ConnectorCatalogModel;
class HistoryController;
class PlatformClient;

// Feeds the Sync cadence page: GET /api/admin/connector-cadence when the page
// is first shown (and on F5), and for a platform admin the PUT of a preset or
// of null (the connector's default). After a change the table is read again
// and the Connections page's "next sync ≈" follows at once
// (HistoryController::loadCadences). A 403 (not a platform admin after all)
// is shown on the page with the platform's reason.
class CadenceController : public QObject
{
    Q_OBJECT

public:
    CadenceController(PlatformClient *client, CadenceModel *model, ConnectorCatalogModel *catalog,
        CadencePage *page, HistoryController *history, QObject *parent = nullptr);

    void setIdentity(const Me &me);
    void reset();
    void reload();
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void cadenceChanged(const QString &type, const QString &cadence);

private:
    void set(const QString &type, const std::optional<QString> &preset);

    PlatformClient *const m_client;
    CadenceModel *const m_model;
    ConnectorCatalogModel *const m_catalog;
    CadencePage *const m_page;
    HistoryController *const m_history;
    bool m_loaded = false;
    QPointer<QObject> m_loadContext;
    QPointer<QObject> m_setContext;
};

} // namespace cc
