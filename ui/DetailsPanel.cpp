#include "DetailsPanel.h"

#include "util/DisplayText.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace certdeck::ui {

namespace {

// Asks for room to show every field (QScrollArea caps its wish at a few hundred pixels); scrolls when the
// window cannot give it.
class FieldsScrollArea final : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;
    QSize sizeHint() const override
    {
        if (!widget())
            return QScrollArea::sizeHint();
        const QMargins m = contentsMargins();
        return widget()->sizeHint() +
               QSize(m.left() + m.right() + verticalScrollBar()->sizeHint().width(), m.top() + m.bottom());
    }
};

} // namespace

DetailsPanel::DetailsPanel(QWidget *parent)
    : QWidget(parent), m_form(new QFormLayout), m_placeholder(new QLabel(this)), m_fields(new QWidget(this)),
      m_scroll(new FieldsScrollArea(this)), m_sessions(new QListWidget(this)),
      m_export(new QPushButton(tr("&Export certificate as PEM…"), this))
{
    setObjectName(QStringLiteral("detailsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *details = new QGroupBox(tr("Certificate"), this);
    auto *detailsLayout = new QVBoxLayout(details);
    m_placeholder->setText(tr("Select a device to see its certificate."));
    m_placeholder->setWordWrap(true);
    detailsLayout->addWidget(m_placeholder);
    m_fields->setLayout(m_form);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A short window (or longer labels in another language) scrolls the fields instead of clipping them.
    m_scroll->setWidget(m_fields);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailsLayout->addWidget(m_scroll);
    addField(tr("Device:"), QStringLiteral("name"));
    addField(tr("Status:"), QStringLiteral("status"));
    addField(tr("First used:"), QStringLiteral("firstUse"));
    addField(tr("Last used:"), QStringLiteral("lastUse"));
    addField(tr("Subject:"), QStringLiteral("subject"));
    addField(tr("Issuer:"), QStringLiteral("issuer"));
    addField(tr("Serial:"), QStringLiteral("serial"));
    addField(tr("Valid from:"), QStringLiteral("notBefore"));
    addField(tr("Valid until:"), QStringLiteral("notAfter"));
    addField(tr("Key:"), QStringLiteral("key"));
    addField(tr("SHA-256:"), QStringLiteral("sha256"), true);
    addField(tr("SHA-1:"), QStringLiteral("sha1"), true);
    addField(tr("XMPP addresses:"), QStringLiteral("xmpp"));
    addField(tr("E-mail addresses:"), QStringLiteral("email"));
    addField(tr("Self-signed:"), QStringLiteral("selfSigned"));
    addField(tr("May manage devices:"), QStringLiteral("manage"));
    m_export->setAccessibleName(tr("Export certificate as PEM"));
    detailsLayout->addWidget(m_export);
    connect(m_export, &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(m_current); });
    layout->addWidget(details, 1);

    auto *sessions = new QGroupBox(tr("Online sessions"), this);
    auto *sessionsLayout = new QVBoxLayout(sessions);
    m_sessions->setObjectName(QStringLiteral("sessionsList"));
    m_sessions->setAccessibleName(tr("Sessions of this account that are online now"));
    // A few lines are enough for the sessions (they scroll); the certificate's fields get the rest.
    m_sessions->setMaximumHeight(fontMetrics().lineSpacing() * 6 + 2 * m_sessions->frameWidth());
    sessionsLayout->addWidget(m_sessions);
    layout->addWidget(sessions, 0);
    showItem(nullptr, {});
}

QLabel *DetailsPanel::addField(const QString &label, const QString &objectName, bool copyable)
{
    auto *value = new QLabel(m_fields);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText); // names and subjects come from the server: never markup
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // A screen reader reads a label's text as its name (Qt 6.4 exposes it no other way): the value keeps its
    // name, the caption is its description and, as the caption's buddy, its "labelled by" relation.
    value->setAccessibleDescription(label);
    auto *caption = new QLabel(label, m_fields);
    caption->setBuddy(value);
    if (!copyable) {
        m_form->addRow(caption, value);
        return value;
    }
    value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    value->setWordWrap(false);
    // A layout, not a widget, around the value and its button: the caption and the value stay siblings,
    // which is where Qt looks for the "labelled by" relation.
    auto *h = new QHBoxLayout;
    h->addWidget(value, 1);
    auto *copy = new QToolButton(m_fields);
    copy->setObjectName(objectName + QStringLiteral("Copy"));
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy %1 to the clipboard").arg(label));
    const QString copyName = tr("Copy %1").arg(label);
    copy->setAccessibleName(copyName);
    // The label shows the fingerprint on two lines; the clipboard gets it on one. The button says it was
    // done, in its text and its accessible name (a screen reader reads a focused button's new name), for
    // two seconds.
    connect(copy, &QToolButton::clicked, this, [value, copy, copyName] {
        QApplication::clipboard()->setText(value->property("copyText").toString());
        copy->setText(tr("Copied"));
        copy->setAccessibleName(tr("Copied"));
        QTimer::singleShot(std::chrono::seconds(2), copy, [copy, copyName] {
            copy->setText(tr("Copy"));
            copy->setAccessibleName(copyName);
        });
    });
    h->addWidget(copy, 0, Qt::AlignTop);
    m_form->addRow(caption, h);
    return value;
}

QString DetailsPanel::fieldText(const QString &objectName) const
{
    const auto *label = m_fields->findChild<QLabel *>(objectName);
    if (!label)
        return {};
    const QVariant copyText = label->property("copyText");
    return copyText.isValid() ? copyText.toString() : label->text();
}

void DetailsPanel::showItem(const SaslCertItem *item, const QString &status, const QString &firstUse,
                            const QString &lastUse)
{
    m_placeholder->setVisible(!item);
    m_scroll->setVisible(item);
    m_export->setEnabled(item);
    m_current = item ? item->name : QString();
    if (!item)
        return;
    const CertificateInfo &c = item->certificate;
    const auto set = [this](const char *name, const QString &text) {
        if (auto *label = m_fields->findChild<QLabel *>(QString::fromLatin1(name)))
            label->setText(text);
    };
    const QLocale locale;
    set("name", visibleControls(item->name));
    set("status", status);
    set("firstUse", firstUse);
    set("lastUse", lastUse);
    set("subject", c.subject);
    set("issuer", c.issuer);
    set("serial", c.serialHex);
    set("notBefore", locale.toString(c.notBefore.toLocalTime(), QLocale::LongFormat));
    set("notAfter", locale.toString(c.notAfter.toLocalTime(), QLocale::LongFormat));
    set("key", c.keyDescription());
    const auto setFingerprint = [this](const char *name, const QByteArray &digest) {
        // Eight bytes a line keeps the panel narrow; the clipboard gets the fingerprint on one line.
        QStringList lines;
        for (qsizetype at = 0; at < digest.size(); at += 8)
            lines << formatFingerprint(digest.mid(at, 8));
        auto *label = m_fields->findChild<QLabel *>(QString::fromLatin1(name));
        label->setText(lines.join(QStringLiteral(":\n")));
        label->setProperty("copyText", formatFingerprint(digest));
    };
    setFingerprint("sha256", c.sha256);
    setFingerprint("sha1", c.sha1);
    set("xmpp", c.xmppAddresses.join(QLatin1Char('\n')));
    set("email", c.emailAddresses.join(QLatin1Char('\n')));
    set("selfSigned", c.selfIssued && hasValidSelfSignature(c.der) ? tr("Yes") : tr("No"));
    set("manage", item->noCertManagement ? tr("No (the server may not enforce this)") : tr("Yes"));
    // The scroll area only scrolls down: it must be as wide as the widest field that does not wrap.
    m_scroll->setMinimumWidth(m_fields->minimumSizeHint().width() +
                              m_scroll->verticalScrollBar()->sizeHint().width());
}

void DetailsPanel::setSessions(const QVector<OnlineSession> &sessions, bool known)
{
    m_sessions->clear();
    if (!known) {
        m_sessions->addItem(tr("Not connected"));
        return;
    }
    if (sessions.isEmpty())
        m_sessions->addItem(tr("No other session is online."));
    for (const OnlineSession &session : sessions)
        m_sessions->addItem(visibleControls(DeviceUseText::session(session)));
}

} // namespace certdeck::ui
