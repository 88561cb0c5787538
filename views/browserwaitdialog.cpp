#include "browserwaitdialog.h"

#include "messagelabel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc {

BrowserWaitDialog::BrowserWaitDialog(const QString &what, QWidget *parent)
    : QDialog(parent)
    , m_status(new MessageLabel(this))
    , m_countdown(new QLabel(this))
    , m_link(new QLineEdit(this))
    , m_copy(new QPushButton(tr("Copy &link"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("browserWaitDialog"));
    setWindowTitle(what);
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    m_status->setObjectName(QStringLiteral("browserWaitStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setText(
        tr("Opening your web browser… Approve the request there, then come back here."));
    m_countdown->setObjectName(QStringLiteral("browserWaitCountdown"));
    m_link->setObjectName(QStringLiteral("browserWaitLink"));
    m_link->setReadOnly(true);
    m_copy->setObjectName(QStringLiteral("browserWaitCopy"));
    m_cancel->setObjectName(QStringLiteral("browserWaitCancel"));
    layout->addWidget(m_status);
    layout->addWidget(m_countdown);
    auto *row = new QHBoxLayout;
    row->addWidget(m_link, 1);
    row->addWidget(m_copy);
    layout->addLayout(row);
    layout->addWidget(m_cancel, 0, Qt::AlignRight);
    connect(m_copy, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(m_link->text()); });
    connect(m_cancel, &QPushButton::clicked, this, &BrowserWaitDialog::reject);
}

void BrowserWaitDialog::reject()
{
    // Cancel, Escape and the window's close button all end the wait: the flow
    // behind it stops listening (nothing fires five minutes later).
    if (!m_finished) {
        m_finished = true;
        Q_EMIT cancelRequested();
    }
    QDialog::reject();
}

void BrowserWaitDialog::setLink(const QUrl &url, bool browserOpened, const QString &browserError)
{
    m_link->setText(url.toString(QUrl::FullyEncoded));
    m_link->setCursorPosition(0);
    if (browserOpened)
        m_status->setText(tr("The link went to your browser. Approve the request there; this "
                             "window updates by itself. No browser window? Copy the link and "
                             "open it yourself."));
    else
        m_status->setText(tr("No browser could be opened (%1). Open this link in your browser to "
                             "continue; the console keeps waiting.")
                              .arg(browserError));
}

void BrowserWaitDialog::setSecondsLeft(int seconds)
{
    m_countdown->setText(tr("Waiting for the browser — %1:%2 left")
                             .arg(seconds / 60)
                             .arg(seconds % 60, 2, 10, QLatin1Char('0')));
}

void BrowserWaitDialog::showResult(bool ok, const QString &message)
{
    m_status->setText(message);
    m_status->setTone(ok ? StatusPalette::Tone::Success : StatusPalette::Tone::Error);
    m_countdown->clear();
    m_finished = true;
    m_cancel->setText(tr("Close"));
}

QString BrowserWaitDialog::statusText() const
{
    return m_status->text();
}

} // namespace cc
