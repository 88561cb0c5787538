#include "healthsummarybar.h"

#include "connectionsfiltermodel.h"
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
    , m_layout(new QHBoxLayout(this))
    , m_total(new QLabel(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
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
    m_layout->addStretch(1);
}

void HealthSummaryBar::setFilterModel(ConnectionsFilterModel *model)
{
    m_model = model;
    connect(model, &ConnectionsFilterModel::countsChanged, this, &HealthSummaryBar::refresh);
    refresh();
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
        chip->setText(QStringLiteral("%1 %2").arg(n).arg(HealthBadge(h).text().toLower()));
        chip->setAccessibleName(tr("%1: %2 connections").arg(HealthBadge(h).text()).arg(n));
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
