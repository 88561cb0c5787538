#include "cadencecontroller.h"

#include "cadencemodel.h"
#include "cadencepage.h"
#include "connectorcatalogmodel.h"
#include "historycontroller.h"
#include "platformclient.h"

namespace cc {

CadenceController::CadenceController(PlatformClient *client, CadenceModel *model,
    ConnectorCatalogModel *catalog, CadencePage *page, HistoryController *history, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_catalog(catalog)
    , m_page(page)
    , m_history(history)
{
    connect(page, &CadencePage::cadenceRequested, this, &CadenceController::set);
}

void CadenceController::setIdentity(const Me &me)
{
    reset();
    m_page->setPlatformAdmin(me.platformAdmin && me.canWrite());
}

void CadenceController::reset()
{
    delete m_loadContext.data();
    delete m_setContext.data();
    m_loaded = false;
    m_model->clear();
    m_page->setBusy(false);
    m_page->setPlatformAdmin(false);
}

void CadenceController::reload()
{
    m_loaded = true;
    delete m_loadContext.data();
    m_loadContext = new QObject(this);
    m_client->fetchCadenceTable(
        m_loadContext, [this](const CadenceTable &table, const ApiError &error) {
            if (error.isError()) {
                m_page->showMessage(
                    tr("The cadences could not be loaded: %1 Press F5 to try again.")
                        .arg(error.message()),
                    true);
                return;
            }
            const QString selected = m_page->selectedType();
            m_model->setTable(table, m_catalog->connectors());
            m_history->setCadences(table.current); // "next sync ≈" follows at once
            if (!selected.isEmpty())
                m_page->selectType(selected);
        });
}

void CadenceController::set(const QString &type, const std::optional<QString> &preset)
{
    delete m_setContext.data();
    m_setContext = new QObject(this);
    m_page->setBusy(true);
    const int row = m_model->rowOf(type);
    const QString name = row >= 0 ? m_model->nameAt(row) : type;
    m_client->setCadence(m_setContext, type, preset,
        [this, type, name, preset](const QString &cadence, const ApiError &error) {
            m_page->setBusy(false);
            if (error.isError()) {
                m_page->showMessage(
                    tr("The cadence of %1 was not changed: %2").arg(name, error.message()), true);
                return;
            }
            m_page->showMessage(preset ? tr("%1 now syncs %2, in every tenant.")
                                             .arg(name, CadenceModel::presetText(cadence))
                                       : tr("%1 is back to its default, %2, in every tenant.")
                                             .arg(name, CadenceModel::presetText(cadence)),
                false);
            reload(); // the table, and with it "next sync ≈"
            Q_EMIT cadenceChanged(type, cadence);
        });
}

} // namespace cc
