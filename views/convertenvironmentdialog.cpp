#include "convertenvironmentdialog.h"

#include "messagelabel.h"
#include "workspacepage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc {

ConvertEnvironmentDialog::ConvertEnvironmentDialog(const Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Convert environment"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("“%1” is in %2. Choose the environment to convert it to, and check what the "
           "change affects before you confirm.")
            .arg(workspace.name, environmentLabel(workspace.environment)),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *targetRow = new QHBoxLayout;
    m_target = new QComboBox(this);
    m_target->setAccessibleName(tr("Target environment"));
    for (const QString &t : workspaceenums::conversionTargets()) {
        if (t != workspace.rawEnvironment)
            m_target->addItem(environmentLabel(Workspace::environmentFrom(t)), t);
    }
    auto *targetLabel = new QLabel(tr("Convert &to:"), this);
    targetLabel->setBuddy(m_target);
    m_check = new QPushButton(tr("&Check"), this);
    m_check->setToolTip(tr("Ask the platform what converting to this environment affects"));
    targetRow->addWidget(targetLabel);
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_check);
    layout->addLayout(targetRow);

    m_summary = new QLabel(tr("Step 1: press Check to see the warnings."), this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_warnings = new QListWidget(this);
    m_warnings->setAccessibleName(tr("Warnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setFocusPolicy(Qt::StrongFocus);
    m_warnings->setMinimumHeight(m_warnings->fontMetrics().height() * 8);
    m_warnings->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_warnings->hide();
    layout->addWidget(m_warnings);
    m_read = new QCheckBox(tr("I have &read the warnings"), this);
    m_read->hide();
    layout->addWidget(m_read);

    m_slugLabel
        = new QLabel(tr("Step 2: type the workspace's slug, <nobr><b>%1</b></nobr>, to confirm:")
                         .arg(workspace.slug.toHtmlEscaped()),
            this);
    m_slugLabel->setWordWrap(true);
    m_slug = new QLineEdit(this);
    m_slug->setAccessibleName(tr("Workspace slug"));
    m_slugLabel->setBuddy(m_slug);
    layout->addWidget(m_slugLabel);
    layout->addWidget(m_slug);
    m_error = new MessageLabel(this);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_convert = buttons->addButton(tr("Con&vert"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);

    connect(m_target, &QComboBox::currentIndexChanged, this, &ConvertEnvironmentDialog::resetCheck);
    connect(m_check, &QPushButton::clicked, this, [this] {
        m_error->hide();
        Q_EMIT checkRequested(target());
    });
    connect(m_read, &QCheckBox::toggled, this, &ConvertEnvironmentDialog::updateButtons);
    connect(m_slug, &QLineEdit::textChanged, this, &ConvertEnvironmentDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_convert->isEnabled())
            return;
        m_error->hide();
        Q_EMIT convertSubmitted(m_checkedTarget, m_slug->text().trimmed());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_target->count() == 0) {
        m_summary->setText(tr("There is no environment this workspace can be converted to."));
        m_check->setEnabled(false);
    }
    resetCheck();
    // Wide enough for the sentences to read as sentences.
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    resize(qMax(560, minimumWidth()), sizeHint().height());
}

QString ConvertEnvironmentDialog::target() const
{
    return m_target->currentData().toString();
}

void ConvertEnvironmentDialog::resetCheck()
{
    m_checkedTarget.clear();
    m_hasWarnings = false;
    m_warnings->clear();
    m_warnings->hide();
    m_read->setChecked(false);
    m_read->hide();
    if (m_target->count() > 0)
        m_summary->setText(tr("Step 1: press Check to see what converting to %1 affects.")
                               .arg(m_target->currentText()));
    updateButtons();
}

void ConvertEnvironmentDialog::setChecking(bool busy)
{
    m_busy = busy;
    m_check->setText(busy ? tr("Checking…") : tr("&Check"));
    updateButtons();
}

void ConvertEnvironmentDialog::showCheck(const EnvironmentCheck &check)
{
    setChecking(false);
    if (check.target != target())
        return; // the user chose another target meanwhile
    m_checkedTarget = check.target;
    m_hasWarnings = !check.warnings.isEmpty();
    m_warnings->clear();
    m_warnings->addItems(check.warnings);
    m_warnings->setVisible(m_hasWarnings);
    m_read->setVisible(m_hasWarnings);
    m_read->setChecked(false);
    // Room for what just appeared (the list and its checkbox): taller if
    // need be, never narrower (wrapped labels would ask for less width).
    resize(width(), qMax(height(), sizeHint().height()));
    if (m_hasWarnings) {
        m_summary->setText(tr("The platform gives %n warning(s) about converting to %1. "
                              "Read each one:",
            nullptr, int(check.warnings.size()))
                               .arg(m_target->currentText()));
        m_warnings->setCurrentRow(0);
        m_warnings->setFocus(Qt::OtherFocusReason);
    } else {
        m_summary->setText(
            tr("No warnings: the platform sees nothing that converting to %1 would affect.")
                .arg(m_target->currentText()));
        m_slug->setFocus(Qt::OtherFocusReason);
    }
    updateButtons();
}

void ConvertEnvironmentDialog::showError(const ApiError &error)
{
    m_busy = false;
    setChecking(false);
    setConverting(false);
    QString text = error.message();
    if (error.kind == ApiError::Kind::Validation && !error.fields.isEmpty()) {
        QStringList parts;
        for (const ApiError::FieldError &f : error.fields)
            parts << f.message;
        text = tr("The platform refused the conversion: %1").arg(parts.join(u' '));
    }
    m_error->showMessage(text);
}

void ConvertEnvironmentDialog::setConverting(bool busy)
{
    m_busy = busy;
    m_convert->setText(busy ? tr("Converting…") : tr("Con&vert"));
    updateButtons();
}

void ConvertEnvironmentDialog::updateButtons()
{
    const bool checked = !m_checkedTarget.isEmpty() && m_checkedTarget == target();
    const bool read = !m_hasWarnings || m_read->isChecked();
    m_slug->setEnabled(checked && read);
    m_slugLabel->setEnabled(checked && read);
    const bool slugOk = m_slug->text().trimmed() == m_workspace.slug;
    m_check->setEnabled(!m_busy && m_target->count() > 0);
    m_convert->setEnabled(!m_busy && checked && read && slugOk);
    // Enter checks until the check is done, then converts (once enabled).
    m_convert->setDefault(checked);
    m_check->setDefault(!checked);
    m_convert->setToolTip(!checked ? tr("Check the target first")
            : !read                ? tr("Tick that you have read the warnings")
            : !slugOk              ? tr("Type the workspace's slug, %1").arg(m_workspace.slug)
                                   : QString());
}

QString ConvertEnvironmentDialog::checkSummary() const
{
    return m_summary->text();
}

QString ConvertEnvironmentDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace cc
