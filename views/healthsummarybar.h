#pragma once

#include "records.h"

#include <QHash>
#include <QWidget>

class QHBoxLayout;
class QToolButton;
class QLabel;

namespace cc {

class FlowLayout;

class ConnectionsFilterModel;

// "12 healthy · 3 stale · 2 error …": one checkable chip per health value that
// has rows. Clicking a chip filters the inventory to it; Ctrl-click adds it
// to the filter; clicking the only active chip again clears the filter.
class HealthSummaryBar : public QWidget
{
    Q_OBJECT

public:
    explicit HealthSummaryBar(QWidget *parent = nullptr);
    void setFilterModel(ConnectionsFilterModel *model);
    QToolButton *chip(Health health) const { return m_chips.value(health); }
    // "3 needs re-auth": a chip's words for n connections of that health.
    static QString chipText(Health health, int n);

private:
    void refresh();
    void chipClicked(Health health);

    ConnectionsFilterModel *m_model = nullptr;
    // The chips wrap onto a second row when a narrow window (or a long
    // translation) has no room for them on one.
    FlowLayout *const m_layout;
    QLabel *const m_total;
    QHash<Health, QToolButton *> m_chips;
};

} // namespace cc
