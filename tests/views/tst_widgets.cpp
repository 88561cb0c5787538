// Widgets one at a time, offscreen, found by objectName: the badge for every
// health value, the summary bar's counts and one-click filters, and the
// catalog picker's coming-soon entries.
#include "../models/modelfixtures.h"
#include "banner.h"
#include "catalogpickerdialog.h"
#include "connectionsfiltermodel.h"
#include "connectionsmodel.h"
#include "connectorcatalogmodel.h"
#include "connectoricons.h"
#include "healthbadge.h"
#include "healthbadgedelegate.h"
#include "healthsummarybar.h"
#include "messageboxes.h"
#include "statuspalette.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace cc;

class TestWidgets : public QObject
{
    Q_OBJECT

private slots:
    void bannerButtonsGoUnderTheTextWhenNarrow();
    void badgeTextForEveryHealthValue_data();
    void badgeTextForEveryHealthValue();
    void delegatePaintsColourGlyphAndText();
    void summaryCountsAndFilteringFromThem();
    void catalogComingSoonIsDisabled();
    void brandColoursComeFromTheResource();
    void statusPaletteHasLightAndDarkTones();
    void aQuestionLeadsWithItselfAndShowsNamesAsText();
};

void TestWidgets::bannerButtonsGoUnderTheTextWhenNarrow()
{
    Banner banner;
    banner.show(Banner::Kind::Error,
        QStringLiteral("The platform could not be reached, and the list shows what it had."),
        QStringLiteral("Try again"));
    QLabel *text = banner.findChild<QLabel *>(QStringLiteral("bannerText"));
    QPushButton *action = banner.actionButton();
    // Wide: the buttons beside the text, on its line.
    banner.resize(900, banner.heightForWidth(900) > 0 ? banner.heightForWidth(900) : 60);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(action->mapTo(&banner, QPoint()).x() > text->geometry().right());
    // Narrow: under the text, and the strip is no wider than it was made.
    banner.resize(260, 120);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY2(action->mapTo(&banner, QPoint()).y() > text->geometry().bottom(),
        qPrintable(QStringLiteral("action at %1, text ends at %2")
                       .arg(action->mapTo(&banner, QPoint()).y())
                       .arg(text->geometry().bottom())));
    QVERIFY(banner.minimumSizeHint().width() <= 260);
}

void TestWidgets::badgeTextForEveryHealthValue_data()
{
    QTest::addColumn<Health>("health");
    QTest::addColumn<QString>("text");
    QTest::newRow("healthy") << Health::Healthy << "Healthy";
    QTest::newRow("stale") << Health::Stale << "Stale";
    QTest::newRow("degraded") << Health::Degraded << "Degraded";
    QTest::newRow("error") << Health::Error << "Error";
    QTest::newRow("rate_limited") << Health::RateLimited << "Rate limited";
    QTest::newRow("syncing") << Health::Syncing << "Syncing";
    QTest::newRow("needs_reauth") << Health::NeedsReauth << "Needs re-auth";
    QTest::newRow("disconnected") << Health::Disconnected << "Disconnected";
    QTest::newRow("unknown") << Health::Unknown << "Unknown";
}

void TestWidgets::badgeTextForEveryHealthValue()
{
    QFETCH(Health, health);
    QFETCH(QString, text);
    const HealthBadge badge(health);
    QCOMPARE(badge.text(), text);
    QVERIFY(!badge.meaning().isEmpty());
    QVERIFY(badge.color().isValid());
    // Unknown platform values are shown as such, never dropped.
    QCOMPARE(healthFromString(healthToString(health)), health);
}

void TestWidgets::delegatePaintsColourGlyphAndText()
{
    ConnectionsModel model;
    cc::Connection c = fixtures::connection(3); // error
    model.applyConnections({c});
    HealthBadgeDelegate delegate;
    QStyleOptionViewItem option;
    option.rect = QRect(0, 0, 160, 28);
    option.font = QFont();
    option.palette = QPalette(Qt::white);
    QImage image(160, 28, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    delegate.paint(&p, option, model.index(0, ConnectionsModel::HealthColumn));
    p.end();
    const QColor red = HealthBadge(Health::Error).color();
    int colourPixels = 0;
    int darkPixels = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor px = image.pixelColor(x, y);
            colourPixels += px == red;
            darkPixels += px.lightness() < 90; // the text, in the palette's text colour
        }
    }
    QVERIFY2(colourPixels > 20, "the badge carries its colour");
    QVERIFY2(darkPixels > 20, "the badge carries its text");
}

void TestWidgets::summaryCountsAndFilteringFromThem()
{
    ConnectionsModel model;
    ConnectionsFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setConnectionsModel(&model);
    model.applyConnections(fixtures::connections(50));
    HealthSummaryBar bar;
    bar.setFilterModel(&proxy);
    QToolButton *error = bar.findChild<QToolButton *>(QStringLiteral("healthChip_error"));
    QVERIFY(error);
    QCOMPARE(error->text(), QStringLiteral("5 error"));
    QCOMPARE(bar.findChild<QToolButton *>(QStringLiteral("healthChip_healthy"))->text(),
        QStringLiteral("15 healthy"));
    QTest::mouseClick(error, Qt::LeftButton);
    QCOMPARE(proxy.healthFilter(), QSet<Health>{Health::Error});
    QCOMPARE(proxy.rowCount(), 5);
    QVERIFY(error->isChecked());
    QTest::mouseClick(bar.findChild<QToolButton *>(QStringLiteral("healthChip_stale")),
        Qt::LeftButton, Qt::ControlModifier);
    QCOMPARE(proxy.healthFilter(), (QSet<Health>{Health::Error, Health::Stale}));
    QCOMPARE(proxy.rowCount(), 10);
    QTest::mouseClick(
        bar.findChild<QToolButton *>(QStringLiteral("healthChip_stale")), Qt::LeftButton);
    QTest::mouseClick(
        bar.findChild<QToolButton *>(QStringLiteral("healthChip_stale")), Qt::LeftButton);
    QVERIFY(proxy.healthFilter().isEmpty());
    QCOMPARE(proxy.rowCount(), 50);
}

void TestWidgets::catalogComingSoonIsDisabled()
{
    ConnectorCatalogModel catalog;
    cc::Connector soon;
    soon.type = QStringLiteral("circleback");
    soon.name = QStringLiteral("Circleback");
    soon.category = QStringLiteral("calls");
    soon.authMethod = AuthMethod::ApiKey;
    soon.connectable = false;
    soon.notConnectableReason = QStringLiteral("coming_soon");
    cc::Connector fathom = soon;
    fathom.type = QStringLiteral("fathom");
    fathom.name = QStringLiteral("Fathom");
    fathom.connectable = true;
    cc::Connector gmail = fathom;
    gmail.type = QStringLiteral("gmail");
    gmail.name = QStringLiteral("Gmail");
    gmail.category = QStringLiteral("comms");
    gmail.scope = cc::Scope::Personal;
    catalog.setConnectors({soon, fathom, gmail});
    ConnectorIcons icons;
    CatalogPickerDialog dialog(&catalog, &icons);
    QTreeView *tree = dialog.findChild<QTreeView *>(QStringLiteral("catalogTree"));
    QPushButton *connect = dialog.findChild<QPushButton *>(QStringLiteral("catalogConnect"));
    const QModelIndex calls = tree->model()->index(0, 0);
    const QModelIndex circleback = tree->model()->index(1, 0, calls);
    QCOMPARE(circleback.data().toString(), QStringLiteral("Circleback"));
    QVERIFY(!(circleback.flags() & Qt::ItemIsEnabled));
    tree->setCurrentIndex(circleback);
    QVERIFY(!connect->isEnabled());
    QVERIFY(dialog.selectedType().isEmpty());
    const QModelIndex fathomIndex = tree->model()->index(0, 0, calls);
    tree->setCurrentIndex(fathomIndex);
    QVERIFY(connect->isEnabled());
    QCOMPARE(dialog.selectedType(), QStringLiteral("fathom"));
    // Personal connectors say so; the picker has its own search.
    QLineEdit *search = dialog.findChild<QLineEdit *>(QStringLiteral("catalogSearch"));
    search->setText(QStringLiteral("gmail"));
    QCOMPARE(tree->model()->rowCount(), 1);
    QCOMPARE(tree->model()
                 ->index(0, 0, tree->model()->index(0, 0))
                 .data(ConnectorCatalogModel::ScopeRole)
                 .toString(),
        QStringLiteral("personal"));
    search->setText(QStringLiteral("circle"));
    QCOMPARE(tree->model()->rowCount(), 1); // coming soon stays findable
}

void TestWidgets::brandColoursComeFromTheResource()
{
    ConnectorIcons icons;
    // resources/connector-brands.ini lists HubSpot's orange.
    QCOMPARE(icons.colour(QStringLiteral("hubspot")), QColor(QStringLiteral("#ff7a59")));
    // A connector the file does not list still gets a colour, the same every time.
    const QColor unlisted = icons.colour(QStringLiteral("brand_new_connector"));
    QVERIFY(unlisted.isValid());
    QCOMPARE(ConnectorIcons().colour(QStringLiteral("brand_new_connector")), unlisted);
    QVERIFY(!icons.icon(QStringLiteral("twitter"), QStringLiteral("X / Twitter")).isNull());
}

void TestWidgets::statusPaletteHasLightAndDarkTones()
{
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    QVERIFY(!StatusPalette::isDark(light));
    QVERIFY(StatusPalette::isDark(dark));
    using Tone = StatusPalette::Tone;
    for (Tone t : {Tone::Success, Tone::Stale, Tone::Warning, Tone::Error, Tone::RateLimited,
             Tone::Running, Tone::NeedsReauth, Tone::Neutral}) {
        const QColor l = StatusPalette::light().color(t);
        const QColor d = StatusPalette::dark().color(t);
        // Dark tones are lighter, so they read on a dark window.
        QVERIFY2(d.lightness() > l.lightness(), qPrintable(QString::number(int(t))));
    }
    // The badge takes the tone of its palette's scheme.
    QCOMPARE(HealthBadge(Health::Error).color(dark), StatusPalette::dark().color(Tone::Error));
    QCOMPARE(HealthBadge(Health::Error).color(light), StatusPalette::light().color(Tone::Error));
}

// The real question box (tests elsewhere script it): the question is its
// text as well as its title, the explanation follows, and a name with markup
// in it is shown as typed.
void TestWidgets::aQuestionLeadsWithItselfAndShowsNamesAsText()
{
    MessageBoxes boxes;
    QString text;
    QString informative;
    QTimer::singleShot(0, this, [&] {
        const auto windows = QApplication::topLevelWidgets();
        for (QWidget *w : windows) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                text = box->text();
                informative = box->informativeText();
                box->button(QMessageBox::Cancel)->click();
            }
        }
    });
    const QMessageBox::StandardButton answer
        = boxes.question(nullptr, QStringLiteral("Disconnect “<b>Acme</b>”?"),
            QStringLiteral("Disconnecting <b>Acme</b> & co stops its syncs."),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    QCOMPARE(answer, QMessageBox::Cancel);
    QCOMPARE(text, QStringLiteral("Disconnect “<b>Acme</b>”?"));
    QVERIFY2(informative.contains(QStringLiteral("Disconnecting &lt;b&gt;Acme&lt;/b&gt; &amp; co")),
        qPrintable(informative));
}

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
