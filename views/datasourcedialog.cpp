#include "datasourcedialog.h"

#include "datasourcesmodel.h"
#include "jsontext.h"
#include "messagelabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

namespace cc {

namespace {

constexpr int kNameMax = 256; // NameString
constexpr int kScheduleMax = 256;
constexpr int kTagMax = 64;
constexpr int kTagsMax = 100;

// A starting point for connection_config per source_type: what that kind of
// feed usually needs. The platform accepts any object; these are hints.
QString starterConfig(const QString &type)
{
    if (type == u"rest_api")
        return QStringLiteral("{\n  \"base_url\": \"https://\",\n  \"auth\": \"none\"\n}\n");
    if (type == u"fhir" || type == u"fhir_store" || type == u"smart_fhir")
        return QStringLiteral("{\n  \"base_url\": \"https://\",\n  \"fhir_version\": \"R4\"\n}\n");
    if (type == u"ehr")
        return QStringLiteral("{\n  \"vendor\": \"\",\n  \"base_url\": \"https://\"\n}\n");
    if (type == u"database")
        return QStringLiteral("{\n  \"engine\": \"postgresql\",\n  \"host\": \"\",\n  \"port\": "
                              "5432,\n  \"database\": \"\"\n}\n");
    if (type == u"webhook")
        return QStringLiteral("{\n  \"path\": \"/hooks/\"\n}\n");
    if (type == u"file_drop")
        return QStringLiteral("{\n  \"path\": \"\",\n  \"format\": \"csv\"\n}\n");
    return QString();
}

QString typeHint(const QString &type)
{
    if (type == u"rest_api")
        return DataSourceDialog::tr("A REST API the platform polls: its base URL and auth.");
    if (type == u"fhir" || type == u"fhir_store" || type == u"smart_fhir")
        return DataSourceDialog::tr("A FHIR server: its base URL and FHIR version.");
    if (type == u"ehr")
        return DataSourceDialog::tr("An EHR feed: the vendor and its endpoint.");
    if (type == u"database")
        return DataSourceDialog::tr("A database the platform reads: engine, host, port, database.");
    if (type == u"webhook")
        return DataSourceDialog::tr("Events pushed to the platform: the hook's path.");
    if (type == u"file_drop")
        return DataSourceDialog::tr("Files dropped for the platform: where, and their format.");
    return DataSourceDialog::tr("Any connection settings, as a JSON object.");
}

void pointAt(QPlainTextEdit *editor, int offset)
{
    QTextCursor c = editor->textCursor();
    c.setPosition(qBound(0, offset, editor->document()->characterCount() - 1));
    editor->setTextCursor(c);
    editor->setFocus(Qt::OtherFocusReason);
}

} // namespace

DataSourceDialog::DataSourceDialog(QWidget *parent)
    : QDialog(parent)
    , m_create(true)
{
    build();
    setWindowTitle(tr("New data source"));
    m_strategy->setCurrentText(QStringLiteral("manual"));
    applyTemplate();
}

DataSourceDialog::DataSourceDialog(const DataSource &source, QWidget *parent)
    : QDialog(parent)
    , m_create(false)
    , m_id(source.id)
    , m_original(source)
{
    build();
    setWindowTitle(
        tr("Edit %1").arg(source.displayName.isEmpty() ? source.name : source.displayName));
    m_name->setText(source.name);
    m_name->setReadOnly(true);
    m_name->setToolTip(tr("A data source keeps its name once created"));
    m_displayName->setText(source.displayName);
    const int type = m_type->findData(source.sourceType);
    if (type < 0)
        m_type->addItem(source.sourceType, source.sourceType);
    m_type->setCurrentIndex(m_type->findData(source.sourceType));
    m_type->setEnabled(false);
    m_type->setToolTip(tr("A data source keeps its type once created"));
    if (m_strategy->findText(source.syncStrategy) < 0)
        m_strategy->addItem(source.syncStrategy);
    m_strategy->setCurrentText(source.syncStrategy);
    m_schedule->setText(source.syncSchedule.value_or(QString()));
    m_entityTypes->setText(source.entityTypes.value_or(QStringList()).join(QStringLiteral(", ")));
    m_config->setPlainText(JsonObjectText::format(source.connectionConfig, true));
    m_mappings->setPlainText(JsonObjectText::format(source.fieldMappings, true));
    m_active->setChecked(source.isActive);
    m_typeHint->setText(typeHint(source.sourceType));
}

void DataSourceDialog::build()
{
    setObjectName(QStringLiteral("dataSourceDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto withError = [this, form](const QString &label, QWidget *field, const QString &key) {
        auto *box = new QWidget(this);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(field);
        auto *error = new MessageLabel(box);
        error->setObjectName(QStringLiteral("error_") + key);
        error->setWordWrap(true);
        error->hide();
        v->addWidget(error);
        m_errors.insert(key, error);
        field->setAccessibleName(QString(label).remove(u'&'));
        form->addRow(label, box);
        if (auto *l = qobject_cast<QLabel *>(form->labelForField(box)))
            l->setBuddy(field);
    };
    m_name = new QLineEdit(this);
    m_name->setMaxLength(kNameMax);
    withError(tr("&Name:"), m_name, QStringLiteral("name"));
    m_displayName = new QLineEdit(this);
    m_displayName->setMaxLength(kNameMax);
    m_displayName->setPlaceholderText(tr("optional"));
    withError(tr("&Display name:"), m_displayName, QStringLiteral("display_name"));
    m_type = new QComboBox(this);
    for (const QString &t : datasourceenums::sourceTypes())
        m_type->addItem(DataSourcesModel::sourceTypeName(t) + QStringLiteral(" (") + t + u')', t);
    withError(tr("&Type:"), m_type, QStringLiteral("source_type"));
    m_strategy = new QComboBox(this);
    m_strategy->addItems(datasourceenums::syncStrategies());
    withError(tr("S&trategy:"), m_strategy, QStringLiteral("sync_strategy"));
    m_schedule = new QLineEdit(this);
    m_schedule->setMaxLength(kScheduleMax);
    m_schedule->setPlaceholderText(tr("e.g. a cron expression, for scheduled"));
    withError(tr("Sc&hedule:"), m_schedule, QStringLiteral("sync_schedule"));
    m_entityTypes = new QLineEdit(this);
    m_entityTypes->setPlaceholderText(tr("Patient, Encounter, Observation"));
    m_entityTypes->setToolTip(tr("Comma-separated; up to %1 types of at most %2 characters each")
                                  .arg(kTagsMax)
                                  .arg(kTagMax));
    withError(tr("&Entity types:"), m_entityTypes, QStringLiteral("entity_types"));
    m_active = new QCheckBox(tr("Poll this data source"), this);
    m_active->setChecked(true);
    withError(tr("&Active:"), m_active, QStringLiteral("is_active"));
    m_active->setVisible(!m_create);
    form->labelForField(m_active->parentWidget())->setVisible(!m_create);
    m_typeHint = new QLabel(this);
    m_typeHint->setWordWrap(true);
    m_config = new QPlainTextEdit(this);
    m_config->setTabChangesFocus(true);
    m_config->setMinimumHeight(110);
    auto *configBox = new QWidget(this);
    auto *cv = new QVBoxLayout(configBox);
    cv->setContentsMargins(0, 0, 0, 0);
    cv->addWidget(m_typeHint);
    cv->addWidget(m_config);
    withError(tr("&Connection config:"), configBox, QStringLiteral("connection_config"));
    m_config->setAccessibleName(tr("Connection config"));
    m_mappings = new QPlainTextEdit(this);
    m_mappings->setTabChangesFocus(true);
    m_mappings->setMinimumHeight(80);
    m_mappings->setPlaceholderText(QStringLiteral("{ }"));
    withError(tr("Field &mappings:"), m_mappings, QStringLiteral("field_mappings"));
    layout->addLayout(form);
    m_general = new MessageLabel(this);
    m_general->setObjectName(QStringLiteral("generalError"));
    m_general->setWordWrap(true);
    m_general->hide();
    layout->addWidget(m_general);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(m_create ? tr("C&reate") : tr("&Save"), QDialogButtonBox::AcceptRole);
    m_ok->setDefault(true);
    layout->addWidget(buttons);
    connect(m_ok, &QPushButton::clicked, this, &DataSourceDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, this, &DataSourceDialog::applyTemplate);
    // Tags are checked as they are typed.
    connect(m_entityTypes, &QLineEdit::textChanged, this, [this] {
        const QStringList tags = splitTags(m_entityTypes->text());
        QString why;
        if (tags.size() > kTagsMax)
            why = tr("At most %1 entity types (%2 given)").arg(kTagsMax).arg(tags.size());
        for (const QString &t : tags) {
            if (why.isEmpty() && t.size() > kTagMax)
                why = tr("\"%1\" is longer than %2 characters").arg(t.left(20) + u'…').arg(kTagMax);
        }
        setFieldError(QStringLiteral("entity_types"), why);
    });
}

void DataSourceDialog::applyTemplate()
{
    const QString type = m_type->currentData().toString();
    m_typeHint->setText(typeHint(type));
    if (!m_create)
        return;
    // Only an untouched editor takes the new type's starter.
    const QString current = m_config->toPlainText();
    if (current.trimmed().isEmpty() || current == m_lastTemplate) {
        m_lastTemplate = starterConfig(type);
        m_config->setPlainText(m_lastTemplate);
    }
}

QStringList DataSourceDialog::splitTags(const QString &text)
{
    QStringList out;
    const QStringList parts = text.split(u',');
    for (const QString &p : parts) {
        const QString t = p.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

void DataSourceDialog::setFieldError(const QString &field, const QString &message)
{
    MessageLabel *l = m_errors.value(field);
    if (!l) {
        if (!message.isEmpty()) {
            m_general->showMessage(
                field.isEmpty() ? message : field + QStringLiteral(": ") + message);
        }
        return;
    }
    if (message.isEmpty()) {
        l->clear();
        l->hide();
    } else {
        l->showMessage(message);
    }
}

QString DataSourceDialog::fieldError(const QString &field) const
{
    const MessageLabel *l = m_errors.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

QString DataSourceDialog::generalError() const
{
    return m_general->isHidden() ? QString() : m_general->text();
}

void DataSourceDialog::clearErrors()
{
    for (MessageLabel *l : std::as_const(m_errors)) {
        l->clear();
        l->hide();
    }
    m_general->clear();
    m_general->hide();
}

bool DataSourceDialog::validate()
{
    clearErrors();
    bool ok = true;
    QWidget *first = nullptr;
    const auto fail = [&](const QString &field, const QString &message, QWidget *w) {
        setFieldError(field, message);
        ok = false;
        if (!first)
            first = w;
    };
    if (m_create && m_name->text().trimmed().isEmpty())
        fail(QStringLiteral("name"), tr("A name is required"), m_name);
    if (m_strategy->currentText() == u"scheduled" && m_schedule->text().trimmed().isEmpty())
        fail(QStringLiteral("sync_schedule"), tr("A scheduled data source needs a schedule"),
            m_schedule);
    const QStringList tags = splitTags(m_entityTypes->text());
    if (tags.size() > kTagsMax)
        fail(QStringLiteral("entity_types"),
            tr("At most %1 entity types (%2 given)").arg(kTagsMax).arg(tags.size()), m_entityTypes);
    for (const QString &t : tags) {
        if (t.size() > kTagMax) {
            fail(QStringLiteral("entity_types"),
                tr("\"%1\" is longer than %2 characters").arg(t.left(20) + u'…').arg(kTagMax),
                m_entityTypes);
            break;
        }
    }
    const JsonObjectText config = JsonObjectText::parse(m_config->toPlainText());
    if (!config.ok) {
        fail(QStringLiteral("connection_config"), config.message, m_config);
        pointAt(m_config, config.offset);
        first = m_config;
    }
    const JsonObjectText mappings = JsonObjectText::parse(m_mappings->toPlainText());
    if (!mappings.ok) {
        fail(QStringLiteral("field_mappings"), mappings.message, m_mappings);
        if (config.ok) {
            pointAt(m_mappings, mappings.offset);
            first = m_mappings;
        }
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return ok;
}

void DataSourceDialog::submit()
{
    if (!validate())
        return;
    // Parsed in api/wire; passed on into the request record unopened.
    const auto config = JsonObjectText::parse(m_config->toPlainText()).object;
    const auto mappings = JsonObjectText::parse(m_mappings->toPlainText()).object;
    const QStringList tags = splitTags(m_entityTypes->text());
    if (m_create) {
        DataSourceCreate r;
        r.name = m_name->text().trimmed();
        r.displayName = m_displayName->text().trimmed();
        r.sourceType = m_type->currentData().toString();
        r.connectionConfig = config;
        r.entityTypes = tags;
        r.fieldMappings = mappings;
        r.syncStrategy = m_strategy->currentText();
        r.syncSchedule = m_schedule->text().trimmed();
        Q_EMIT createSubmitted(r);
        return;
    }
    // Only what changed is sent.
    DataSourcePatch p;
    const QString display = m_displayName->text().trimmed();
    if (display != m_original.displayName && !display.isEmpty())
        p.displayName = display;
    if (config != m_original.connectionConfig)
        p.connectionConfig = config;
    if (tags != m_original.entityTypes.value_or(QStringList()))
        p.entityTypes = tags;
    if (mappings != m_original.fieldMappings)
        p.fieldMappings = mappings;
    if (m_strategy->currentText() != m_original.syncStrategy)
        p.syncStrategy = m_strategy->currentText();
    const QString schedule = m_schedule->text().trimmed();
    if (schedule != m_original.syncSchedule.value_or(QString()))
        p.syncSchedule = schedule;
    if (m_active->isChecked() != m_original.isActive)
        p.isActive = m_active->isChecked();
    Q_EMIT updateSubmitted(m_id, p);
}

void DataSourceDialog::showServerError(const ApiError &error)
{
    setBusy(false);
    if (error.kind == ApiError::Kind::Validation && !error.fields.isEmpty()) {
        QWidget *first = nullptr;
        for (const ApiError::FieldError &f : error.fields) {
            // ["body", "entity_types", 3] → entity_types
            const QString field = f.location.size() >= 2 ? f.location.at(1) : f.field;
            setFieldError(field, f.message);
            if (!first && m_errors.contains(field))
                first = m_errors.value(field)->parentWidget();
        }
        if (first)
            first->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_general->showMessage(error.message());
}

void DataSourceDialog::setBusy(bool busy)
{
    m_ok->setEnabled(!busy);
    m_ok->setText(busy ? tr("Sending…") : (m_create ? tr("C&reate") : tr("&Save")));
}

} // namespace cc
