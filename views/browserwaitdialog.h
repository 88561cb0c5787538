#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cc {

class MessageLabel;

// "Finish in your browser": what is happening, a countdown, Copy link and
// Cancel. When no browser could be opened it says so and shows the link.
class BrowserWaitDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BrowserWaitDialog(const QString &what, QWidget *parent = nullptr);

    void setLink(const QUrl &url, bool browserOpened, const QString &browserError);
    void setSecondsLeft(int seconds);
    void showResult(bool ok, const QString &message);
    QString statusText() const;
    // Until a result is shown: cancels the wait (cancelRequested), then closes.
    void reject() override;

Q_SIGNALS:
    void cancelRequested();

private:
    MessageLabel *const m_status;
    QLabel *const m_countdown;
    QLineEdit *const m_link;
    QPushButton *const m_copy;
    QPushButton *const m_cancel;
    bool m_finished = false;
};

} // namespace cc
