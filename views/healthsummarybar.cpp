#include "healthsummarybar.h"

#include "connectionsfiltermodel.h"
#include "flowlayout.h"
#include "healthbadge.h"
#include "healthbadgedelegate.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>

namespace cc {

namespace {
QIcon discIcon(const HealthBadge &badge)
{
    QIcon icon;
    for (const qreal dpr : {1.0, 2.0}) {
        QPixmap pm(int(14 * dpr), int(14 * dpr));
        pm.setDevicePixelRatio(dpr);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(badge.color());
        p.drawEllipse(QRectF(0.5, 0.5, 13, 13));
        HealthBadgeDelegate::paintGlyph(&p, QRectF(0.5, 0.5, 13, 13), badge.glyph());
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}
} // namespace

HealthSummaryBar::HealthSummaryBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new FlowLayout(this, 4))
    , m_total(new QLabel(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_total->setObjectName(QStringLiteral("summaryTotal"));
    m_layout->addWidget(m_total);
    for (Health h : allHealthValues()) {
        auto *chip = new QToolButton(this);
        const HealthBadge badge(h);
        chip->setObjectName(QStringLiteral("healthChip_") + healthToString(h));
        chip->setCheckable(true);
        chip->setAutoRaise(true);
        chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        chip->setIcon(discIcon(badge));
        chip->setToolTip(badge.meaning() + QStringLiteral("\n")
            + tr("Click to show only these; Ctrl+click to add to the filter."));
        chip->setFocusPolicy(Qt::TabFocus);
        connect(chip, &QToolButton::clicked, this, [this, h] { chipClicked(h); });
        m_chips.insert(h, chip);
        m_layout->addWidget(chip);
    }
}

void HealthSummaryBar::setFilterModel(ConnectionsFilterModel *model)
{
    m_model = model;
    connect(model, &ConnectionsFilterModel::countsChanged, this, &HealthSummaryBar::refresh);
    refresh();
}

QString HealthSummaryBar::chipText(Health health, int n)
{
    // One phrase per health, counted, so that every language can say it
    // its own way (never a badge word lower-cased into a sentence).
    switch (health) {
    case Health::Healthy:
        return tr("%n healthy", nullptr, n);
    case Health::Stale:
        return tr("%n stale", nullptr, n);
    case Health::Degraded:
        return tr("%n degraded", nullptr, n);
    case Health::Error:
        return tr("%n error", "connections in error", n);
    case Health::RateLimited:
        return tr("%n rate limited", nullptr, n);
    case Health::Syncing:
        return tr("%n syncing", nullptr, n);
    case Health::NeedsReauth:
        return tr("%n needs re-auth", nullptr, n);
    case Health::Disconnected:
        return tr("%n disconnected", nullptr, n);
    case Health::Unknown:
        break;
    }
    return tr("%n unknown", nullptr, n);
}

void HealthSummaryBar::refresh()
{
    if (!m_model)
        return;
    const QSet<Health> active = m_model->healthFilter();
    m_total->setText(tr("%n connections:", nullptr, m_model->countIgnoringHealth()));
    for (Health h : allHealthValues()) {
        QToolButton *chip = m_chips.value(h);
        const int n = m_model->countFor(h);
        chip->setText(chipText(h, n));
        chip->setAccessibleName(tr("%1: %n connection(s)", nullptr, n).arg(HealthBadge(h).text()));
        chip->setChecked(active.contains(h));
        chip->setVisible(n > 0 || active.contains(h));
    }
}

void HealthSummaryBar::chipClicked(Health health)
{
    if (!m_model)
        return;
    QSet<Health> filter = m_model->healthFilter();
    if (QApplication::keyboardModifiers() & Qt::ControlModifier) {
        if (filter.contains(health))
            filter.remove(health);
        else
            filter.insert(health);
    } else if (filter == QSet<Health>{health}) {
        filter.clear();
    } else {
        filter = {health};
    }
    m_model->setHealthFilter(filter);
}

} // namespace cc
