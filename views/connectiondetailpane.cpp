#include "connectiondetailpane.h"

#include "connectionhistoryview.h"
#include "connectionoverview.h"
#include "connectionsmodel.h"

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cc {

ConnectionDetailPane::ConnectionDetailPane(
    ConnectionsModel *model, RunsModel *runs, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_title(new QLabel(this))
    , m_placeholder(new QLabel(tr("Select a connection to see its details."), this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new ConnectionOverview(model, this))
    , m_history(new ConnectionHistoryView(runs, this))
{
    setObjectName(QStringLiteral("detailPane"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 8, 12, 8);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    outer->addWidget(m_title);
    outer->addWidget(m_placeholder, 1);

    // The overview scrolls vertically only: everything in it wraps.
    auto *scroll = new QScrollArea(this);
    // Not a Tab stop of its own (it showed no focus): Tab goes to what it
    // holds, and the window scrolls that into view.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setAccessibleName(tr("Connection overview"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_overview);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setAccessibleName(tr("Connection details"));
    m_tabs->addTab(scroll, tr("Overview"));
    m_tabs->addTab(m_history, tr("History"));
    outer->addWidget(m_tabs, 1);

    const auto forward = [this](auto tabSignal, auto paneSignal) {
        connect(m_overview, tabSignal, this, [this, paneSignal] {
            Q_EMIT(this->*paneSignal)(m_id);
        });
    };
    forward(&ConnectionOverview::reconnectRequested, &ConnectionDetailPane::reconnectRequested);
    forward(&ConnectionOverview::syncRequested, &ConnectionDetailPane::syncRequested);
    forward(&ConnectionOverview::editRequested, &ConnectionDetailPane::editRequested);
    forward(&ConnectionOverview::disconnectRequested, &ConnectionDetailPane::disconnectRequested);
    forward(&ConnectionOverview::exportRequested, &ConnectionDetailPane::exportRequested);
    showConnection(QString());
}

void ConnectionDetailPane::showConnection(const QString &id)
{
    // Another connection is read from its top.
    if (id != m_id) {
        if (auto *scroll = findChild<QScrollArea *>())
            scroll->verticalScrollBar()->setValue(0);
    }
    m_id = id;
    refresh();
}

void ConnectionDetailPane::refresh()
{
    const int row = m_id.isEmpty() ? -1 : m_model->rowOf(m_id);
    m_placeholder->setVisible(row < 0);
    m_tabs->setVisible(row >= 0);
    m_title->setVisible(row >= 0);
    if (row < 0) {
        m_title->clear();
        return;
    }
    const Connection &c = m_model->connectionAt(row);
    m_title->setText(c.name);
    m_history->setConnectionName(c.name);
    m_overview->setConnection(c);
}

void ConnectionDetailPane::setCanWrite(bool canWrite, const QString &reason)
{
    m_overview->setCanWrite(canWrite, reason);
}

void ConnectionDetailPane::startSyncCooldown(int seconds)
{
    m_overview->startSyncCooldown(seconds);
}

void ConnectionDetailPane::setCadences(const QHash<QString, qint64> &secondsByType)
{
    m_overview->setCadences(secondsByType);
    refresh();
}

void ConnectionDetailPane::showHistory()
{
    m_tabs->setCurrentWidget(m_history);
}

void ConnectionDetailPane::selectRun(const QString &runId, bool showTab)
{
    if (showTab)
        showHistory();
    m_history->selectRun(runId);
}

void ConnectionDetailPane::focusRuns()
{
    m_history->focusRuns();
}

QString ConnectionDetailPane::selectedRunDetails() const
{
    return m_history->selectedRunDetails();
}

void ConnectionDetailPane::setHistoryLoadedFrom(const QDate &day)
{
    m_history->setHistoryLoadedFrom(day);
}

void ConnectionDetailPane::setUtc(bool utc)
{
    m_history->setUtc(utc);
}

DailyBarsChart *ConnectionDetailPane::chart() const
{
    return m_history->chart();
}

} // namespace cc
