#include "enrolldialog.h"

#include "common/backgroundtask.h"
#include "common/fielderror.h"
#include "mutation/applier.h"
#include "security/keyunlock.h"
#include "security/officekey.h"
#include "storage/database.h"
#include "sync/certificateprobe.h"
#include "sync/syncengine.h"
#include "sync/synclabels.h"
#include "sync/websockettransport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace shoulou::ui {

namespace {

QUrl endpointOf(QUrl url)
{
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/v1"));
    return url;
}

// A new database receives the office from the hub before the desk opens it (opening an empty
// file would start an office of its own).
Result<void> firstSync(const QString &path, const QString &hubUrl, const QString &fingerprint, const Clock &clock)
{
    auto db = storage::Database::open(path);
    if (!db)
        return db.error();
    auto key = security::unlockOfficeKeyForFile(**db);
    if (!key)
        return key.error();
    mutation::Applier applier(**db, clock, &*key);
    sync::WebSocketTransport transport(endpointOf(QUrl(hubUrl)), fingerprint);
    sync::SyncEngine engine(applier, transport);
    auto r = engine.syncOnce();
    if (!r)
        return r.error();
    return {};
}

} // namespace

EnrollDialog::EnrollDialog(const QString &databasePath, const security::OfficeKey *key, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_path(databasePath)
    , m_key(key)
    , m_clock(clock)
    , m_hub(new QLineEdit)
    , m_code(new QLineEdit)
    , m_login(new QLineEdit)
    , m_password(new QLineEdit)
    , m_connect(new QPushButton(tr("&Connect")))
    , m_fingerprintLabel(new QLabel)
    , m_matches(new QCheckBox(tr("It is the fingerprint the hub's administrator gave me")))
    , m_enroll(new QPushButton(tr("&Join the office")))
    , m_busy(new QLabel)
    , m_error(fieldErrorLabel(nullptr))
{
    setWindowTitle(tr("Connect to the office hub"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(key ? tr("This desk's office joins the office hub: its changes then reach every workstation of the "
                                      "office, and theirs reach it. It keeps working when the network is down.")
                                 : tr("A new database for this desk receives the office from the hub."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_hub->setObjectName(QStringLiteral("hubAddress"));
    m_hub->setPlaceholderText(QStringLiteral("wss://192.168.1.10:8443"));
    auto *hubRow = new QHBoxLayout;
    hubRow->addWidget(m_hub, 1);
    m_connect->setObjectName(QStringLiteral("connectHub"));
    hubRow->addWidget(m_connect);
    form->addRow(tr("Hub address:"), hubRow);
    m_fingerprintLabel->setObjectName(QStringLiteral("fingerprint"));
    m_fingerprintLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprintLabel->setWordWrap(true);
    m_fingerprintLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprintLabel->setText(tr("Connect first: the hub's certificate fingerprint is shown here."));
    form->addRow(tr("Fingerprint:"), m_fingerprintLabel);
    m_matches->setObjectName(QStringLiteral("fingerprintMatches"));
    m_matches->setToolTip(tr("Compare every character with what `shoulou-hub init` printed. A different fingerprint means "
                             "another computer is answering: do not go on."));
    form->addRow(QString(), m_matches);
    m_code->setObjectName(QStringLiteral("officeCode"));
    m_code->setPlaceholderText(QStringLiteral("BJ-GTKK"));
    form->addRow(tr("Office code:"), m_code);
    m_login->setObjectName(QStringLiteral("login"));
    form->addRow(tr("Login:"), m_login);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Password:"), m_password);
    layout->addLayout(form);
    m_busy->setObjectName(QStringLiteral("enrollBusy"));
    layout->addWidget(m_busy);
    m_error->setObjectName(QStringLiteral("enrollError"));
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_enroll->setObjectName(QStringLiteral("joinOffice"));
    buttons->addButton(m_enroll, QDialogButtonBox::AcceptRole);
    m_enroll->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_enroll, &QPushButton::clicked, this, &EnrollDialog::enroll);
    connect(m_connect, &QPushButton::clicked, this, &EnrollDialog::fetchFingerprint);
    connect(m_hub, &QLineEdit::textEdited, this, &EnrollDialog::addressEdited);
    connect(m_hub, &QLineEdit::returnPressed, this, &EnrollDialog::fetchFingerprint);
    for (QLineEdit *e : {m_code, m_login, m_password})
        connect(e, &QLineEdit::textChanged, this, &EnrollDialog::updateButtons);
    connect(m_matches, &QCheckBox::toggled, this, &EnrollDialog::updateButtons);
    resize(560, sizeHint().height());
    updateButtons();
}

EnrollDialog::~EnrollDialog()
{
    delete m_task; // waits for a step under way: it writes into this dialog
}

QUrl EnrollDialog::address() const
{
    QString text = m_hub->text().trimmed();
    if (!text.isEmpty() && !text.contains(QLatin1String("://")))
        text.prepend(QStringLiteral("wss://"));
    return QUrl(text);
}

void EnrollDialog::addressEdited()
{
    // Another address is another hub: its certificate must be looked at again.
    m_fingerprint.clear();
    m_matches->setChecked(false);
    m_fingerprintLabel->setText(tr("Connect first: the hub's certificate fingerprint is shown here."));
    updateButtons();
}

void EnrollDialog::fetchFingerprint()
{
    if (m_task)
        return;
    const QUrl url = address();
    if (url.scheme() != QLatin1String("wss") || url.host().isEmpty() || url.port() <= 0)
        return showError(tr("The hub address must look like wss://192.168.1.10:8443."));
    showError(QString());
    setBusy(tr("Connecting to %1…").arg(url.authority()));
    m_task = new BackgroundTask([this, url](BackgroundTask &) { m_fetched = sync::presentedFingerprint(url); }, this);
    connect(m_task, &BackgroundTask::finished, this, [this] {
        m_task->deleteLater();
        m_task = nullptr;
        setBusy(QString());
        if (!m_fetched)
            return showError(syncErrorMessage(m_fetched.error()));
        m_fingerprint = *m_fetched;
        m_fingerprintLabel->setText(m_fingerprint);
        m_matches->setChecked(false);
        updateButtons();
        m_matches->setFocus();
        emit fingerprintShown(m_fingerprint);
    });
    m_task->start();
}

void EnrollDialog::enroll()
{
    if (m_task || !m_enroll->isEnabled())
        return;
    showError(QString());
    setBusy(tr("Joining the office…"));
    sync::EnrollRequest request{
        m_path, address().toString(), m_fingerprint, m_code->text().trimmed(), m_login->text().trimmed(), m_password->text(), m_key};
    const bool receive = m_key == nullptr;
    m_task = new BackgroundTask(
        [this, request, receive](BackgroundTask &task) {
            sync::WebSocketTransport transport(endpointOf(QUrl(request.hubUrl)), request.fingerprint);
            m_enrolled = sync::enroll(request, transport, m_clock);
            if (m_enrolled && receive) {
                task.setStep(tr("Receiving the office…"));
                if (auto r = firstSync(request.databasePath, request.hubUrl, request.fingerprint, m_clock); !r)
                    m_enrolled = r.error();
            }
        },
        this);
    connect(m_task, &BackgroundTask::stepChanged, m_busy, &QLabel::setText);
    connect(m_task, &BackgroundTask::finished, this, [this] {
        m_task->deleteLater();
        m_task = nullptr;
        setBusy(QString());
        if (!m_enrolled) {
            m_password->clear();
            m_password->setFocus();
            return showError(syncErrorMessage(m_enrolled.error()));
        }
        m_result = *m_enrolled;
        accept();
    });
    m_task->start();
}

void EnrollDialog::setBusy(const QString &what)
{
    m_busy->setText(what);
    m_busy->setVisible(!what.isEmpty());
    for (QWidget *w : std::initializer_list<QWidget *>{m_hub, m_code, m_login, m_password, m_connect, m_matches})
        w->setEnabled(what.isEmpty());
    updateButtons();
}

void EnrollDialog::showError(const QString &message)
{
    setFieldError(m_error, message);
    if (!message.isEmpty())
        emit failed(message);
}

void EnrollDialog::updateButtons()
{
    m_matches->setEnabled(!m_task && !m_fingerprint.isEmpty());
    m_enroll->setEnabled(!m_task && !m_fingerprint.isEmpty() && m_matches->isChecked() && !m_code->text().trimmed().isEmpty() &&
                         !m_login->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

} // namespace shoulou::ui
