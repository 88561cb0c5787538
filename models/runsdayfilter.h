#pragma once

#include <QDate>
#include <QSortFilterProxyModel>
#include <QTimeZone>

namespace cc {

// In front of RunsModel for the History table: the newest 100 runs, or every
// run of one chosen day (clicked in the chart), in the display time zone.
class RunsDayFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RunsDayFilter(QObject *parent = nullptr);
    void setDay(const QDate &day);
    QDate day() const { return m_day; }
    void setTimeZone(const QTimeZone &zone);
    static constexpr int kDefaultRows = 100;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QDate m_day;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace cc
