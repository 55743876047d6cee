#include "EnrollWizard.h"

#include "Accessibility.h"
#include "Theme.h"

#include "P12TargetWidget.h"
#include "controller/AccountController.h"
#include "crypto/CertificateCheck.h"
#include "crypto/Pkcs12.h"
#include "model/CertificateListModel.h"
#include "workflow/OutcomeText.h"
#include "xmpp/DeviceName.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QWizardPage>

namespace certdeck::ui {

// A page whose completeness and drops are decided by the wizard.
class EnrollPage final : public QWizardPage
{
public:
    EnrollPage(EnrollWizard *wizard, int id) : QWizardPage(wizard), m_wizard(wizard), m_id(id)
    {
        setAcceptDrops(id == EnrollWizard::ImportPage);
    }
    bool isComplete() const override
    {
        switch (m_id) {
        case EnrollWizard::NamePage:
            return m_wizard->m_nameProblem->text().isEmpty();
        case EnrollWizard::DevicePage:
            return m_wizard->m_device->checkedId() >= 0;
        case EnrollWizard::ExportPage:
            return m_wizard->m_p12->isComplete();
        case EnrollWizard::ImportPage:
            return m_wizard->m_importOk;
        case EnrollWizard::ResultPage:
            return !m_wizard->m_running;
        default:
            return true;
        }
    }
    void initializePage() override
    {
        if (m_id == EnrollWizard::OptionsPage)
            m_wizard->showKeyTypes();
        else if (m_id == EnrollWizard::ExportPage)
            m_wizard->m_p12->setFormat(deviceProfile(m_wizard->deviceKind()).format);
        else if (m_id == EnrollWizard::ResultPage)
            m_wizard->run();
    }
    void refresh() { Q_EMIT completeChanged(); }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override
    {
        if (event->mimeData()->hasUrls())
            event->acceptProposedAction();
    }
    void dropEvent(QDropEvent *event) override
    {
        const auto urls = event->mimeData()->urls();
        if (!urls.isEmpty() && urls.first().isLocalFile())
            m_wizard->setImportFile(urls.first().toLocalFile());
    }

private:
    EnrollWizard *m_wizard;
    int m_id;
};

EnrollWizard::EnrollWizard(AccountController *controller, DeviceWorkflow *lifecycle, QWidget *parent)
    : QWizard(parent), m_controller(controller), m_lifecycle(lifecycle)
{
    setWindowTitle(tr("Enroll a device"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    // The arrows of "< Back" and "Next >" are read aloud as "less than" and "greater than".
    button(QWizard::BackButton)->setAccessibleName(tr("Back"));
    button(QWizard::NextButton)->setAccessibleName(tr("Next"));
    buildPages();
}

void EnrollWizard::buildPages()
{
    QStringList taken;
    for (const auto &item : m_controller->model()->listing().items)
        taken << item.name;

    auto *name = new EnrollPage(this, NamePage);
    name->setTitle(tr("Which device?"));
    auto *n = new QVBoxLayout(name);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(DeviceWorkflow::suggestedName(tr("Phone"), QDate::currentDate(), taken), name);
    m_name->setObjectName(QStringLiteral("deviceName"));
    m_name->setAccessibleName(tr("Device name"));
    form->addRow(tr("&Name:"), m_name);
    n->addLayout(form);
    m_nameProblem = new QLabel(name);
    m_nameProblem->setObjectName(QStringLiteral("nameProblem"));
    theme::setTextTone(m_nameProblem, theme::Tone::Bad, false);
    n->addWidget(m_nameProblem);
    m_method = new QButtonGroup(name);
    const struct
    {
        EnrollRequest::Method method;
        const char *text;
    } methods[] = {
        {EnrollRequest::Method::NewDeviceP12,
         QT_TR_NOOP("A phone or another computer: create its key and certificate here and save them in a "
                    "password-protected .p12 file for it")},
        {EnrollRequest::Method::ExistingCertificate,
         QT_TR_NOOP("A device that made its own key: upload its certificate (PEM or DER file)")},
        {EnrollRequest::Method::ThisComputer,
         QT_TR_NOOP("This computer: its key is kept in the system keychain")},
    };
    for (const auto &m : methods) {
        auto *radio = new QRadioButton(tr(m.text), name);
        radio->setObjectName(QStringLiteral("method%1").arg(int(m.method)));
        m_method->addButton(radio, int(m.method));
        n->addWidget(radio);
    }
    m_method->button(int(EnrollRequest::Method::NewDeviceP12))->setChecked(true);
    connect(m_name, &QLineEdit::textChanged, this, [this, taken, name](const QString &text) {
        // The core's rules (DeviceName.h), with the core's words; an exact duplicate keeps its short message.
        const auto checked = checkDeviceName(text, taken);
        const QString problem = checked ? QString()
                                : taken.contains(text.trimmed())
                                    ? tr("A device with this name already exists.")
                                    : checked.error();
        // Said where the person is (the field's description), not only shown beside a greyed-out Next.
        m_nameProblem->setText(problem);
        m_name->setAccessibleDescription(problem);
        name->refresh();
    });
    setPage(NamePage, name);
    buildDevicePage();

    auto *options = new EnrollPage(this, OptionsPage);
    options->setTitle(tr("Options"));
    auto *o = new QFormLayout(options);
    m_validity = new QComboBox(options);
    m_validity->setObjectName(QStringLiteral("validity"));
    m_validity->addItem(tr("90 days"), 90);
    m_validity->addItem(tr("1 year"), 365);
    m_validity->addItem(tr("2 years"), 730);
    m_validity->setCurrentIndex(1);
    o->addRow(tr("&Valid for:"), m_validity);
    m_keyType = new QComboBox(options);
    m_keyType->setObjectName(QStringLiteral("keyType"));
    o->addRow(tr("&Key type:"), m_keyType);
    m_keyTypeNote = new QLabel(options);
    m_keyTypeNote->setObjectName(QStringLiteral("keyTypeNote"));
    m_keyTypeNote->setWordWrap(true);
    o->addRow(m_keyTypeNote);
    m_mayManage = new QCheckBox(tr("This device may &manage other devices' certificates"), options);
    m_mayManage->setObjectName(QStringLiteral("mayManage"));
    o->addRow(m_mayManage);
    // This computer is the one that manages: on a server that enforced no-cert-management, leaving it off
    // would take away the right to revoke a lost phone once Certdeck logs in with its certificate. Phones
    // default to off. A choice the person made stands.
    connect(m_mayManage, &QCheckBox::clicked, this, [this] { m_manageChosen = true; });
    connect(m_method, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked && !m_manageChosen)
            m_mayManage->setChecked(id == int(EnrollRequest::Method::ThisComputer));
    });
    auto *manageNote =
        new QLabel(tr("When off, Certdeck asks the server not to let this device add, disable or revoke "
                      "certificates (<i>no-cert-management</i>). Some servers, Prosody among them, "
                      "do not enforce it."),
                   options);
    manageNote->setWordWrap(true);
    o->addRow(manageNote);
    setPage(OptionsPage, options);

    auto *exportPage = new EnrollPage(this, ExportPage);
    exportPage->setTitle(tr("Save the device's file"));
    auto *e = new QVBoxLayout(exportPage);
    m_p12 = new P12TargetWidget(exportPage);
    e->addWidget(m_p12);
    connect(m_p12, &P12TargetWidget::changed, exportPage, &EnrollPage::refresh);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        QString file = text.trimmed();
        file.replace(QLatin1Char('/'), QLatin1Char('-'));
        m_p12->setSuggestedFile(
            QDir(P12TargetWidget::defaultFolder()).filePath(file + QStringLiteral(".p12")));
    });
    Q_EMIT m_name->textChanged(m_name->text());
    setPage(ExportPage, exportPage);

    auto *importPage = new EnrollPage(this, ImportPage);
    importPage->setTitle(tr("The device's certificate"));
    importPage->setSubTitle(tr("Choose the file, or drop it here."));
    auto *i = new QVBoxLayout(importPage);
    auto *row = new QHBoxLayout;
    m_importPath = new QLineEdit(importPage);
    m_importPath->setObjectName(QStringLiteral("importPath"));
    m_importPath->setAccessibleName(tr("Certificate file"));
    auto *browse = new QPushButton(tr("&Browse…"), importPage);
    row->addWidget(m_importPath, 1);
    row->addWidget(browse);
    i->addLayout(row);
    m_importReport = new QLabel(importPage);
    m_importReport->setObjectName(QStringLiteral("importReport"));
    m_importReport->setWordWrap(true);
    i->addWidget(m_importReport);
    i->addStretch();
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen =
            QFileDialog::getOpenFileName(this, tr("Device certificate"), QString(),
                                         tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        if (!chosen.isEmpty())
            setImportFile(chosen);
    });
    connect(m_importPath, &QLineEdit::editingFinished, this, &EnrollWizard::checkImport);
    connect(m_importPath, &QLineEdit::textChanged, this, &EnrollWizard::checkImport);
    setPage(ImportPage, importPage);

    auto *result = new EnrollPage(this, ResultPage);
    result->setTitle(tr("Enrolling"));
    auto *r = new QVBoxLayout(result);
    m_result = new QLabel(result);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setFocusPolicy(Qt::TabFocus); // read where the focus lands when the work ends
    r->addWidget(m_result);
    m_instructions = new QLabel(result);
    m_instructions->setWordWrap(true);
    m_instructions->hide();
    r->addWidget(m_instructions);
    r->addStretch();
    setPage(ResultPage, result);
}

void EnrollWizard::buildDevicePage()
{
    auto *page = new EnrollPage(this, DevicePage);
    page->setTitle(tr("What is the device?"));
    page->setSubTitle(tr("The file is made so that this device can open it."));
    auto *layout = new QVBoxLayout(page);
    m_device = new QButtonGroup(page);
    const struct
    {
        DeviceKind kind;
        const char *text;
    } kinds[] = {
        {DeviceKind::Android14, QT_TR_NOOP("An Android phone or tablet, Android 14 or newer")},
        {DeviceKind::OlderAndroid, QT_TR_NOOP("An Android phone or tablet, Android 8 to 13")},
        {DeviceKind::Apple, QT_TR_NOOP("An iPhone, iPad or Mac")},
        {DeviceKind::Desktop, QT_TR_NOOP("A desktop client such as Gajim or Poezio")},
    };
    for (const auto &k : kinds) {
        auto *radio = new QRadioButton(tr(k.text), page);
        radio->setObjectName(QStringLiteral("device%1").arg(int(k.kind)));
        m_device->addButton(radio, int(k.kind));
        layout->addWidget(radio);
    }
    m_deviceNote = new QLabel(page);
    m_deviceNote->setObjectName(QStringLiteral("deviceNote"));
    m_deviceNote->setWordWrap(true);
    layout->addWidget(m_deviceNote);
    layout->addStretch();
    connect(m_device, &QButtonGroup::idClicked, this, [this, page](int id) {
        const QString note =
            deviceProfile(deviceKind()).format == Pkcs12Format::OlderPhones
                ? tr("The file will use the older encoding these devices read (3DES, SHA-1), protected "
                     "by a generated password.")
                : tr("The file will use the current encoding (AES-256, SHA-256). Android before 14, iOS "
                     "before 18 and macOS before 15 cannot open it and say the password is wrong.");
        m_deviceNote->setText(note);
        // The note belongs to the choice: read with it.
        for (QAbstractButton *radio : m_device->buttons())
            radio->setAccessibleDescription(m_device->id(radio) == id ? note : QString());
        page->refresh();
    });
    setPage(DevicePage, page);
}

DeviceKind EnrollWizard::deviceKind() const
{
    return m_device->checkedId() >= 0 ? DeviceKind(m_device->checkedId()) : DeviceKind::Desktop;
}

// Only the key types the device can import; this computer and desktop clients take all three.
void EnrollWizard::showKeyTypes()
{
    const bool forDevice =
        EnrollRequest::Method(m_method->checkedId()) == EnrollRequest::Method::NewDeviceP12;
    const QList<KeyType> types = deviceProfile(forDevice ? deviceKind() : DeviceKind::Desktop).keyTypes;
    const QVariant chosen = m_keyType->currentData();
    m_keyType->clear();
    for (const KeyType type : types) {
        switch (type) {
        case KeyType::EcP256:
            m_keyType->addItem(tr("EC P-256 (recommended)"), int(type));
            break;
        case KeyType::Rsa3072:
            m_keyType->addItem(tr("RSA 3072"), int(type));
            break;
        case KeyType::Ed25519:
            m_keyType->addItem(tr("Ed25519"), int(type));
            break;
        }
    }
    m_keyType->setCurrentIndex(qMax(0, m_keyType->findData(chosen)));
    m_keyTypeNote->setVisible(!types.contains(KeyType::Ed25519));
    m_keyTypeNote->setText(tr("Ed25519 is not offered: Android phones, iPhones and Macs cannot import it."));
}

int EnrollWizard::nextId() const
{
    const auto method = EnrollRequest::Method(m_method->checkedId());
    switch (currentId()) {
    case NamePage:
        return method == EnrollRequest::Method::ExistingCertificate ? ImportPage
               : method == EnrollRequest::Method::NewDeviceP12      ? DevicePage
                                                                    : OptionsPage;
    case DevicePage:
        return OptionsPage;
    case OptionsPage:
        return method == EnrollRequest::Method::NewDeviceP12 ? ExportPage : ResultPage;
    case ExportPage:
    case ImportPage:
        return ResultPage;
    default:
        return -1;
    }
}

void EnrollWizard::setImportFile(const QString &path)
{
    m_importPath->setText(path);
    checkImport();
}

void EnrollWizard::checkImport()
{
    m_importOk = false;
    const QString path = m_importPath->text().trimmed();
    if (path.isEmpty()) {
        m_importReport->clear();
    } else if (auto cert = readCertificateFile(path); !cert) {
        m_importReport->setText(tr("✘ %1").arg(cert.error().message().toHtmlEscaped()));
    } else {
        // Every problem is shown before anything is uploaded.
        const auto issues = checkDeviceCertificate(*cert, m_controller->session()->bareJid(),
                                                   m_controller->model()->clock().now());
        QStringList lines{tr("Certificate for %1, %2, valid until %3, SHA-256 %4")
                              .arg(cert->xmppAddresses.join(QStringLiteral(", ")).toHtmlEscaped(),
                                   cert->keyDescription(),
                                   QLocale().toString(cert->notAfter.toLocalTime(), QLocale::ShortFormat),
                                   cert->shortFingerprint())};
        for (const auto &issue : issues)
            lines << (issue.severity == CertificateIssue::Severity::Error ? tr("✘ %1") : tr("⚠ %1"))
                         .arg(issue.message.toHtmlEscaped());
        m_importOk = !hasErrors(issues);
        m_importReport->setText(lines.join(QStringLiteral("<br>")));
    }
    if (auto *p = static_cast<EnrollPage *>(page(ImportPage)))
        p->refresh();
}

EnrollRequest EnrollWizard::request() const
{
    EnrollRequest r;
    r.method = EnrollRequest::Method(m_method->checkedId());
    const auto name = checkDeviceName(m_name->text()); // stored in NFC, as the core checks it
    r.name = name ? name.value() : m_name->text().trimmed();
    r.keyType = KeyType(m_keyType->currentData().toInt());
    r.validityDays = m_validity->currentData().toInt();
    r.mayManage = m_mayManage->isChecked();
    r.p12Path = m_p12->path();
    r.p12Password = m_p12->password();
    r.p12Format = m_p12->format();
    r.certificatePath = m_importPath->text().trimmed();
    return r;
}

QString EnrollWizard::resultText() const
{
    return m_result->text();
}

void EnrollWizard::run()
{
    m_running = true;
    m_succeeded = false;
    m_result->setText(tr("Creating and uploading; the list is read again to verify…"));
    const EnrollRequest r = request();
    auto *resultPage = static_cast<EnrollPage *>(page(ResultPage));
    resultPage->refresh();
    m_lifecycle->enroll(r, this, [this, resultPage, method = r.method](const WorkflowOutcome &outcome) {
        m_running = false;
        m_succeeded = outcome.confirmed();
        m_result->setText(m_succeeded ? tr("✔ %1").arg(outcomeText(outcome))
                                      : tr("✘ %1").arg(outcomeText(outcome)));
        theme::setTextTone(m_result, m_succeeded ? theme::Tone::Good : theme::Tone::Bad, false);
        // The work is over: the page says how it ended, and there is nothing left to cancel.
        resultPage->setTitle(m_succeeded ? tr("Enrolled")
                             : outcome.kind == WorkflowOutcome::Kind::SentNotConfirmed
                                 ? tr("Sent, not confirmed")
                                 : tr("Not enrolled"));
        setOption(QWizard::NoCancelButton, true);
        if (m_succeeded && method == EnrollRequest::Method::NewDeviceP12) {
            m_instructions->setText(installSteps());
            m_instructions->show();
        }
        resultPage->refresh();
        // The page changed under the person: the focus goes to how it ended, which is also announced.
        m_result->setFocus(Qt::OtherFocusReason);
        accessibility::announce(m_result, m_result->text(), true);
    });
}

QString EnrollWizard::installSteps() const
{
    QString steps;
    switch (deviceKind()) {
    case DeviceKind::Android14:
    case DeviceKind::OlderAndroid:
        steps =
            tr("<p><b>Install it on the phone</b></p>"
               "<p>Copy the .p12 file to the phone. Open Settings → Security → Encryption & credentials → "
               "Install a certificate → VPN & app user certificate, choose the file, type its password and "
               "keep the name. Menus differ between phone makers and versions (on Android 8 to 10: "
               "Security & location → Advanced → Encryption & credentials → Install from storage); "
               "searching Settings for “certificate” finds it.</p>"
               "<p>Then in <b>Conversations</b>, on the screen for adding an account, choose “Login with "
               "certificate” in the menu and pick the certificate you installed.</p>");
        break;
    case DeviceKind::Apple:
        steps =
            tr("<p><b>Install it on the iPhone, iPad or Mac</b></p>"
               "<p><b>iPhone or iPad</b>: send the file with AirDrop, or save it in Files and tap it. Then "
               "open Settings → Profile Downloaded → Install and type the device passcode and the file's "
               "password. iOS does not share certificates installed there with other apps: if your XMPP "
               "app imports certificates itself, open the file with the app instead (Share → the "
               "app).</p>"
               "<p><b>Mac</b>: double-click the file and type its password; Keychain Access adds it to the "
               "login keychain.</p>");
        break;
    case DeviceKind::Desktop:
        steps = tr("<p><b>Install it in the client</b></p>"
                   "<p><b>Gajim</b>: Accounts → the account → Connection → Client certificate: choose the "
                   ".p12 file and enter its password; select “Certificate is encrypted”.</p>"
                   "<p><b>Poezio</b> reads PEM files: <code>openssl pkcs12 -in FILE.p12 -nokeys -out "
                   "poezio.crt</code> and <code>openssl pkcs12 -in FILE.p12 -nocerts -noenc -out "
                   "poezio.key</code>, then <code>chmod 600 poezio.key</code> and set <code>certfile</code> "
                   "and <code>keyfile</code> in poezio.cfg.</p>");
        break;
    }
    return steps +
           tr("<p>Once it is installed, delete the file from every place it passed through (downloads, "
              "cloud storage, chats).</p>");
}

} // namespace certdeck::ui
