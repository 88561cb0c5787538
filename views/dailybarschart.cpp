#include "dailybarschart.h"

#include "statuspalette.h"

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QToolTip>

namespace cc {

namespace {

QBrush brushFor(DailyChartLayout::Segment s, const QPalette &palette)
{
    // Colour and pattern, never colour alone.
    using Tone = StatusPalette::Tone;
    const StatusPalette &tones = StatusPalette::forPalette(palette);
    switch (s) {
    case DailyChartLayout::Segment::Completed:
        return QBrush(tones.color(Tone::Success), Qt::SolidPattern);
    case DailyChartLayout::Segment::Partial:
        return QBrush(tones.color(Tone::Warning), Qt::BDiagPattern);
    case DailyChartLayout::Segment::Failed:
        return QBrush(tones.color(Tone::Error), Qt::Dense3Pattern);
    case DailyChartLayout::Segment::RateLimited:
        return QBrush(tones.color(Tone::RateLimited), Qt::DiagCrossPattern);
    }
    return {};
}

QColor outlineFor(DailyChartLayout::Segment s, const QPalette &palette)
{
    return brushFor(s, palette).color();
}

} // namespace

DailyBarsChart::DailyBarsChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dailyBarsChart"));
    setMouseTracking(true);
    setMinimumHeight(120);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Runs per day"));
}

void DailyBarsChart::setModel(DailyBucketsModel *model)
{
    if (m_model)
        QObject::disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    connect(model, &QAbstractItemModel::modelReset, this, &DailyBarsChart::reload);
    connect(model, &QAbstractItemModel::dataChanged, this, &DailyBarsChart::reload);
    reload();
}

void DailyBarsChart::setLoadedFrom(const QDate &day)
{
    m_loadedFrom = day;
    m_cache = QPixmap();
    update();
}

void DailyBarsChart::reload()
{
    m_days = m_model ? m_model->buckets() : QVector<DayBucket>();
    m_cache = QPixmap();
    setAccessibleDescription(DailyChartLayout::summary(m_days, m_series));
    update();
}

DailyChartLayout DailyBarsChart::layout() const
{
    const QFontMetricsF fm(font());
    return DailyChartLayout::compute(
        m_days, QSizeF(size()), m_loadedFrom,
        [&fm](const QString &t) { return fm.horizontalAdvance(t); }, m_series);
}

void DailyBarsChart::setSelectedDay(const QDate &day)
{
    m_selected = day;
    update();
}

void DailyBarsChart::paintEvent(QPaintEvent *)
{
    const qreal dpr = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * dpr).toSize();
    if (m_cache.size() != pixels || m_cachePaletteKey != palette().cacheKey()) {
        m_cache = QPixmap(pixels);
        m_cache.setDevicePixelRatio(dpr);
        m_cache.fill(Qt::transparent);
        QPainter cache(&m_cache);
        renderStatic(&cache, layout());
        m_cachePaletteKey = palette().cacheKey();
    }
    QPainter p(this);
    p.drawPixmap(0, 0, m_cache);
    if (m_selected.isValid()) {
        for (const auto &b : layout().bars) {
            if (b.date == m_selected) {
                QColor sel = palette().color(QPalette::Highlight);
                p.setPen(QPen(sel, 1.5));
                sel.setAlpha(60);
                p.setBrush(sel);
                p.drawRect(b.slot.adjusted(0.75, 0.75, -0.75, -0.75));
            }
        }
    }
    // Focus is always visible: the style's focus frame around the chart
    // (the arrow keys then walk its days).
    if (hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.rect = rect().adjusted(1, 1, -1, -1);
        focus.backgroundColor = palette().color(QPalette::Window);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &p, this);
    }
}

void DailyBarsChart::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void DailyBarsChart::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void DailyBarsChart::renderStatic(QPainter *painter, const DailyChartLayout &l) const
{
    QPainter &p = *painter;
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlpha(40);
    // Legend.
    for (const auto &e : l.legend) {
        p.fillRect(e.swatch, pal.color(QPalette::Base));
        p.setPen(outlineFor(e.segment, palette()));
        p.setBrush(brushFor(e.segment, palette()));
        p.drawRect(e.swatch);
        p.setPen(text);
        p.drawText(QPointF(e.swatch.right() + 5, e.swatch.bottom() - 1), e.label);
    }
    p.setPen(grid);
    if (l.recordsBand.height() > 0)
        p.drawLine(l.recordsBand.bottomLeft(), l.recordsBand.bottomRight());
    p.drawLine(l.runsBand.bottomLeft(), l.runsBand.bottomRight());
    QColor recordsColor = pal.color(QPalette::Highlight);
    recordsColor.setAlpha(170);
    for (const auto &b : l.bars) {
        if (b.notLoaded) {
            p.fillRect(b.slot.adjusted(1, 0, -1, 0), QBrush(grid, Qt::FDiagPattern));
            continue;
        }
        if (b.empty) {
            // Visibly empty: a dotted outline where the runs would be.
            p.setPen(QPen(grid, 1, Qt::DotLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRectF(b.slot.left() + b.slot.width() * 0.1, l.runsBand.bottom() - 6,
                b.slot.width() * 0.8, 6));
            continue;
        }
        if (!b.records.isNull())
            p.fillRect(b.records, recordsColor);
        for (const auto &[segment, rect] : b.outcomes) {
            p.fillRect(rect, pal.color(QPalette::Base));
            p.setPen(Qt::NoPen);
            p.setBrush(brushFor(segment, palette()));
            p.drawRect(rect);
        }
    }
    // Captions in the rows the layout keeps free above each band.
    p.setPen(text);
    QFont small = p.font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    const qreal row = DailyChartLayout::kLabelRow;
    if (l.recordsBand.height() > 0)
        p.drawText(
            QRectF(l.recordsBand.left(), l.recordsBand.top() - row, l.recordsBand.width(), row),
            Qt::AlignLeft | Qt::AlignVCenter, l.bandCaption(true));
    p.drawText(QRectF(l.runsBand.left(), l.runsBand.top() - row, l.runsBand.width(), row),
        Qt::AlignLeft | Qt::AlignVCenter, l.bandCaption(false));
    // The day ticks under the bars, each centred on its day and kept inside.
    const qreal axisTop = l.runsBand.bottom() + 1;
    const QFontMetricsF metrics(small);
    for (const DailyChartLayout::Tick &t : l.ticks) {
        p.drawLine(QPointF(t.x, axisTop), QPointF(t.x, axisTop + 3));
        const qreal w = metrics.horizontalAdvance(t.label);
        const qreal left = qBound<qreal>(0, t.x - w / 2, width() - w);
        p.drawText(QRectF(left, axisTop + 3, w, DailyChartLayout::kAxisRow - 3),
            Qt::AlignHCenter | Qt::AlignTop, t.label);
    }
}

void DailyBarsChart::setSeries(DailyChartLayout::Series series)
{
    m_series = series;
    setAccessibleName(
        series == DailyChartLayout::Series::Events ? tr("Events per day") : tr("Runs per day"));
    reload();
}

void DailyBarsChart::keyPressEvent(QKeyEvent *event)
{
    // The keyboard's way to pick a day: arrows walk the days, Home / End
    // jump, Escape clears (each emits daySelected like a click).
    if (m_days.isEmpty())
        return QWidget::keyPressEvent(event);
    int at = -1;
    for (int i = 0; i < m_days.size(); ++i) {
        if (m_days.at(i).date == m_selected)
            at = i;
    }
    int next = at;
    switch (event->key()) {
    case Qt::Key_Left:
        next = at < 0 ? int(m_days.size()) - 1 : qMax(0, at - 1);
        break;
    case Qt::Key_Right:
        next = at < 0 ? int(m_days.size()) - 1 : qMin(int(m_days.size()) - 1, at + 1);
        break;
    case Qt::Key_Home:
        next = 0;
        break;
    case Qt::Key_End:
        next = int(m_days.size()) - 1;
        break;
    case Qt::Key_Escape:
        if (!m_selected.isValid())
            return QWidget::keyPressEvent(event);
        next = -1;
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    m_selected = next < 0 ? QDate() : m_days.at(next).date;
    update();
    Q_EMIT daySelected(m_selected);
}

void DailyBarsChart::mousePressEvent(QMouseEvent *event)
{
    const int i = layout().barAt(event->position());
    if (i < 0)
        return;
    const QDate day = m_days.at(i).date;
    m_selected = day == m_selected ? QDate() : day;
    update();
    Q_EMIT daySelected(m_selected);
}

bool DailyBarsChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = layout().barAt(help->pos());
        if (i >= 0) {
            const DailyChartLayout::Bar &b = layout().bars.at(i);
            QToolTip::showText(help->globalPos(),
                b.notLoaded ? tr("%1: history not loaded")
                                  .arg(QLocale().toString(b.date, QLocale::ShortFormat))
                            : DailyChartLayout::dayText(m_days.at(i), m_series),
                this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace cc
