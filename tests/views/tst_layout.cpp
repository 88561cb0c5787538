// The console as it ships (built through the composition root), against the
// sandbox's demo seed, in English, German and French (the languages it ships),
// at its first-start size and at 1366×768: on every main
// page, with a connection and a data source selected, no visible label or
// button is narrower than its text needs (nothing clipped), no wrapping
// label is shorter than its text needs at its width, and the connection
// detail pane never needs to scroll sideways; no table column is narrower
// than its header, no table cell on screen is cut (but the inventory's last
// error), and no page list entry is cut.
#include "connectiondetailpane.h"
#include "connectionsmodel.h"
#include "connectionspage.h"
#include "datasourcesmodel.h"
#include "datasourcespage.h"
#include "mainwindow.h"
#include "sandboxprocess.h"
#include "testconsole.h"
#include "workspacepage.h"

#include <QAbstractButton>
#include <QAbstractItemDelegate>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScrollArea>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

namespace {
const QString kAdmin = QStringLiteral("layout-admin-key");

QString describe(const QWidget *w)
{
    QStringList chain;
    for (const QWidget *p = w; p && chain.size() < 3; p = p->parentWidget())
        chain << QStringLiteral("%1(%2)").arg(
            QLatin1String(p->metaObject()->className()), p->objectName());
    return chain.join(QStringLiteral(" < "));
}

// The widgets of `root` whose text does not fit them.
QStringList clipped(QWidget *root)
{
    QStringList out;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || w->width() <= 0)
            continue;
        // Inside a view (a delegate's editor, a header) is the view's business.
        if (qobject_cast<QAbstractScrollArea *>(w->parentWidget())
            && !qobject_cast<QScrollArea *>(w->parentWidget()))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->text().isEmpty())
                continue;
            if (label->wordWrap()) {
                if (label->hasHeightForWidth()
                    && label->height() < label->heightForWidth(label->width()))
                    out << QStringLiteral("%1 \"%2\": %3 px high, needs %4")
                               .arg(describe(w), label->text().left(40))
                               .arg(label->height())
                               .arg(label->heightForWidth(label->width()));
            } else if (label->width() < label->sizeHint().width()) {
                out << QStringLiteral("%1 \"%2\": %3 px wide, needs %4")
                           .arg(describe(w), label->text().left(40))
                           .arg(label->width())
                           .arg(label->sizeHint().width());
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (!button->text().isEmpty() && button->width() < button->sizeHint().width())
                out << QStringLiteral("%1 \"%2\": %3 px wide, needs %4")
                           .arg(describe(w), button->text())
                           .arg(button->width())
                           .arg(button->sizeHint().width());
        }
    }
    // Item views: every visible column at least as wide as its header's
    // text (and sort indicator), and every page list entry whole.
    const auto headers = root->findChildren<QHeaderView *>();
    for (QHeaderView *h : headers) {
        if (!h->isVisible() || h->orientation() != Qt::Horizontal)
            continue;
        for (int c = 0; c < h->count(); ++c) {
            if (h->isSectionHidden(c))
                continue;
            if (h->sectionSize(c) < h->sectionSizeHint(c))
                out << QStringLiteral("%1 column \"%2\": %3 px wide, its header needs %4")
                           .arg(describe(h->parentWidget()),
                               h->model()->headerData(c, Qt::Horizontal).toString())
                           .arg(h->sectionSize(c))
                           .arg(h->sectionSizeHint(c));
        }
    }
    // Table cells on screen: each text whole, on one line, or wrapped into a
    // row high enough for it. The inventory's last error is the one column
    // that elides, by design: it is one line per row of 100,000, its tooltip
    // and the detail pane show it whole.
    const auto tables = root->findChildren<QTableView *>();
    for (QTableView *table : tables) {
        if (!table->isVisible() || !table->model())
            continue;
        const int elides = table->objectName() == u"connectionsTable"
            ? int(ConnectionsModel::LastErrorColumn)
            : -1;
        const QRect shown = table->viewport()->rect();
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            for (int c = 0; c < table->model()->columnCount(); ++c) {
                const QModelIndex index = table->model()->index(r, c);
                const QRect rect = table->visualRect(index);
                if (c == elides || table->isColumnHidden(c) || !rect.isValid()
                    || !shown.contains(rect) || index.data().toString().isEmpty())
                    continue;
                QStyleOptionViewItem opt;
                opt.initFrom(table->viewport());
                opt.widget = table;
                opt.font = table->font();
                opt.fontMetrics = QFontMetrics(opt.font);
                opt.rect = rect;
                const int icon
                    = table->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, table);
                opt.decorationSize
                    = table->iconSize().isValid() ? table->iconSize() : QSize(icon, icon);
                if (table->wordWrap())
                    opt.features |= QStyleOptionViewItem::WrapText;
                const QSize needs = table->itemDelegateForIndex(index)->sizeHint(opt, index);
                if (needs.width() > rect.width() || needs.height() > rect.height())
                    out << QStringLiteral("%1 cell \"%2\": %3x%4 px, needs %5x%6")
                               .arg(describe(table), index.data().toString().left(40))
                               .arg(rect.width())
                               .arg(rect.height())
                               .arg(needs.width())
                               .arg(needs.height());
            }
        }
    }
    if (auto *pages = root->findChild<QListWidget *>(QStringLiteral("pageList"))) {
        for (int i = 0; i < pages->count(); ++i) {
            const QString text = pages->item(i)->text();
            const int needs
                = pages->fontMetrics().horizontalAdvance(text) + pages->iconSize().width() + 12;
            if (pages->viewport()->width() < needs)
                out << QStringLiteral("page list \"%1\": %2 px wide, needs %3")
                           .arg(text)
                           .arg(pages->viewport()->width())
                           .arg(needs);
        }
    }
    return out;
}
} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nothingIsClipped_data();
    void nothingIsClipped();

private:
    SandboxProcess m_sandbox{{QStringLiteral("--workspace"), QStringLiteral("demo=") + kAdmin,
        QStringLiteral("--seed"), QStringLiteral("demo")}};
    QTemporaryDir m_dir;
    std::unique_ptr<TestConsole> m_t;
    QString m_language;
};

void TestLayout::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
}

void TestLayout::nothingIsClipped_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("fileMenu"); // proof that the language is the row's
    for (const auto &[locale, file] :
        {std::pair{QLocale(QLocale::English), QStringLiteral("&File")},
            std::pair{QLocale(QLocale::German), QStringLiteral("&Datei")},
            std::pair{QLocale(QLocale::French), QStringLiteral("&Fichier")}}) {
        const QByteArray lang = locale.name().left(2).toLatin1();
        QTest::newRow(QByteArray(lang + " first start").constData()) << locale << QSize() << file;
        QTest::newRow(QByteArray(lang + " 1366x768").constData())
            << locale << QSize(1366, 768) << file;
    }
}

void TestLayout::nothingIsClipped()
{
    QFETCH(QLocale, locale);
    QFETCH(QSize, size);
    QFETCH(QString, fileMenu);
    // The console is built in the row's language (a new one per language,
    // with fresh settings: the first-start size is the first start's).
    if (!m_t || m_language != locale.name()) {
        m_t.reset();
        TestSeams seams;
        seams.locale = locale;
        m_t = std::make_unique<TestConsole>(
            m_dir.filePath(QStringLiteral("layout-%1.ini").arg(locale.name())), seams);
        m_t->console.show();
        QVERIFY(m_t->startWithKey(m_sandbox.origin(), kAdmin));
        m_language = locale.name();
    }
    MainWindow *window = m_t->console.window();
    QCOMPARE(window->menuBar()->actions().value(0)->text(), fileMenu);
    // Qt's own strings (standard buttons) in the same language: Debian's
    // qt6-translations-l10n, which the package recommends.
    const QString close = QCoreApplication::translate("QPlatformTheme", "Close");
    if (locale.language() == QLocale::English)
        QCOMPARE(close, QStringLiteral("Close"));
    else
        QVERIFY2(close != QStringLiteral("Close"), qPrintable(locale.name()));
    if (size.isValid())
        window->resize(size);
    QStringList problems;
    const auto check = [&](const QString &where) {
        // Layouts settle through posted events, nested ones one level a round.
        for (int i = 0; i < 4; ++i) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
        }
        for (const QString &p : clipped(window))
            problems << where + QStringLiteral(": ") + p;
        // The window never needs more than the screen it was sized for.
        if (size.isValid() && window->minimumSizeHint().width() > size.width())
            problems << where
                    + QStringLiteral(": the window needs %1 px, wider than %2")
                          .arg(window->minimumSizeHint().width())
                          .arg(size.width());
    };
    // Connections: the rows with the longest explanations and errors.
    window->showPage(window->connectionsPage());
    ConnectionsModel *model = m_t->console.connections();
    for (const QString &name : {QStringLiteral("Pipedrive (EU sales)"),
             QStringLiteral("Gong calls"), QStringLiteral("Bob's Gmail")}) {
        QString id;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->connectionAt(r).name == name)
                id = model->connectionAt(r).id;
        }
        QVERIFY2(!id.isEmpty(), qPrintable(name));
        window->connectionsPage()->selectConnection(id);
        check(name);
        // The overview never scrolls sideways: its content fits the viewport.
        auto *scroll = window->connectionsPage()->detailPane()->findChild<QScrollArea *>();
        QVERIFY(scroll);
        QVERIFY2(scroll->widget()->width() <= scroll->viewport()->width(),
            qPrintable(QStringLiteral("%1: overview %2 px in a %3 px viewport")
                           .arg(name)
                           .arg(scroll->widget()->width())
                           .arg(scroll->viewport()->width())));
    }
    window->showPage(m_t->console.failuresPage());
    check(QStringLiteral("Failures"));
    window->showPage(m_t->console.dataSourcesPage());
    QTRY_VERIFY(m_t->console.dataSources()->rowCount() > 0);
    m_t->console.dataSourcesPage()->table()->selectRow(0);
    QTRY_VERIFY(m_t->console.dataSourcesPage()->statusCounts()->text()
        != DataSourcesPage::tr("Loading status…"));
    for (int tab = 0; tab < 2; ++tab) {
        m_t->console.dataSourcesPage()->tabs()->setCurrentIndex(tab);
        check(QStringLiteral("Data sources tab %1").arg(tab));
    }
    window->showPage(m_t->console.workspacePage());
    QTRY_VERIFY(!m_t->console.workspacePage()->fieldValue(QStringLiteral("slug")).isEmpty());
    check(QStringLiteral("Workspace"));
    window->showPage(m_t->console.cadencePage());
    check(QStringLiteral("Sync cadence"));
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
