// The one proof formatter, word for word in English and German: each kind of change, each kind of evidence.
#include "model/ProofText.h"
#include "util/Translations.h"

#include <QtTest>

using namespace certdeck;

class TestProofText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { installTranslations(QLocale(QLocale::English)); }
    void confirmed_data();
    void confirmed();
    void notConfirmed();
    void recordedEntries();
};

namespace {

const QString phone = QStringLiteral("alice@a.test/phone");
const QString desk = QStringLiteral("alice@a.test/desk");

ChangeReport report(ChangeReport::Action action, QStringList closed = {}, QStringList meanwhile = {},
                    bool alreadyApplied = false)
{
    // 12:00:05 local time, whatever the machine's zone.
    const QDateTime at = QDateTime(QDate(2026, 11, 25), QTime(12, 0, 5)).toUTC();
    return {action, QStringLiteral("Phone"), QStringLiteral("AB"), closed, at, at, alreadyApplied, meanwhile};
}

} // namespace

void TestProofText::confirmed_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<ChangeReport>("report");
    QTest::addColumn<QString>("text");
    using A = ChangeReport::Action;
    const auto row = [](const char *tag, const char *language, const ChangeReport &r, const char *text) {
        QTest::newRow(tag) << QString::fromLatin1(language) << r << QString::fromUtf8(text);
    };
    row("enroll", "en", report(A::Append), "Enrolled “Phone” · verified at 12:00:05");
    row("disable", "en", report(A::Disable), "Disabled “Phone” · verified at 12:00:05");
    row("revoke, one closed", "en", report(A::Revoke, {phone}),
        "Revoked “Phone” · 1 session closed (alice@a.test/phone) · verified at 12:00:05");
    row("revoke, two closed", "en", report(A::Revoke, {phone, desk}),
        "Revoked “Phone” · 2 sessions closed (alice@a.test/phone, "
        "alice@a.test/desk) · verified at 12:00:05");
    row("revoke, none", "en", report(A::Revoke),
        "Revoked “Phone” · no session went offline · verified at 12:00:05");
    row("revoke, only others offline", "en", report(A::Revoke, {}, {desk}),
        "Revoked “Phone” · no session tied to it went offline · 1 other session went offline at the same "
        "time (alice@a.test/desk) · verified at 12:00:05");
    row("revoke, closed and others", "en", report(A::Revoke, {phone}, {desk}),
        "Revoked “Phone” · 1 session closed (alice@a.test/phone) · "
        "1 other session went offline at the same "
        "time (alice@a.test/desk) · verified at 12:00:05");
    row("revoke, retry found it done", "en", report(A::Revoke, {}, {}, true),
        "Revoked “Phone” · the earlier request had reached the server · verified at 12:00:05");
    // Issue 15, case 5: a name or a resource from the server never reaches a label or a terminal raw.
    ChangeReport hostile = report(A::Revoke, {QStringLiteral("alice@a.test/ph\u202Eone\n")},
                                  {QStringLiteral("alice@a.test/\x1b[2Jdesk")});
    hostile.name = QStringLiteral("Ph\u200Bone\tx");
    row("revoke, hostile names", "en", hostile,
        "Revoked “Ph\\u200Bone\\tx” · 1 session closed (alice@a.test/ph\\u202Eone\\n) · 1 other session went "
        "offline at the same time (alice@a.test/\\u001B[2Jdesk) · verified at 12:00:05");
    row("de enroll", "de", report(A::Append), "„Phone“ hinzugefügt · bestätigt um 12:00:05");
    row("de revoke, two closed", "de", report(A::Revoke, {phone, desk}),
        "„Phone“ widerrufen · 2 Sitzungen beendet (alice@a.test/phone, alice@a.test/desk) · bestätigt um "
        "12:00:05");
    row("de revoke, none", "de", report(A::Revoke),
        "„Phone“ widerrufen · keine Sitzung ging offline · bestätigt um 12:00:05");
}

void TestProofText::confirmed()
{
    QFETCH(QString, language);
    QFETCH(ChangeReport, report);
    QFETCH(QString, text);
    installTranslations(QLocale(language));
    QCOMPARE(proofText(report), text);
}

void TestProofText::notConfirmed()
{
    installTranslations(QLocale(QLocale::English));
    // Sent, then no answer: the cause alone after "sent, not confirmed".
    const SaslCertError timeout{SaslCertError::Kind::NotConfirmed,
                                SaslCertError{SaslCertError::Kind::Timeout, {}}.message()};
    QCOMPARE(notConfirmedText(ChangeReport::Action::Revoke, QStringLiteral("Phone"), timeout),
             QStringLiteral("Revoke of “Phone” sent, not confirmed · The server did not answer in time."));
    const SaslCertError stillThere{SaslCertError::Kind::NotConfirmed,
                                   QStringLiteral("the certificate is still in the list")};
    QCOMPARE(notConfirmedText(ChangeReport::Action::Disable, QStringLiteral("Phone"), stillThere),
             QStringLiteral("Disable of “Phone” sent, not confirmed · the certificate is still in the list"));
    QCOMPARE(
        notConfirmedText(ChangeReport::Action::Revoke, QStringLiteral("bidi\u202Egnp.exe"), stillThere),
        QStringLiteral("Revoke of “bidi\\u202Egnp.exe” sent, not confirmed · the certificate is still in the "
                       "list"));
    installTranslations(QLocale(QStringLiteral("de")));
    const SaslCertError timeoutDe{SaslCertError::Kind::NotConfirmed,
                                  SaslCertError{SaslCertError::Kind::Timeout, {}}.message()};
    QCOMPARE(
        notConfirmedText(ChangeReport::Action::Append, QStringLiteral("Phone"), timeoutDe),
        QStringLiteral("Hinzufügen von „Phone“ gesendet, nicht bestätigt · Der Server hat nicht rechtzeitig "
                       "geantwortet."));
}

void TestProofText::recordedEntries()
{
    installTranslations(QLocale(QLocale::English));
    const QDateTime at = QDateTime(QDate(2026, 11, 25), QTime(12, 0, 5)).toUTC();
    ActivityEntry e{at,
                    QStringLiteral("revoke"),
                    QStringLiteral("Phone"),
                    QStringLiteral("AB"),
                    QStringLiteral("confirmed"),
                    {phone},
                    {}};
    e.sessionsOfflineMeanwhile = {desk};
    // The same words as the moment the change was made.
    QCOMPARE(proofText(e), proofText(report(ChangeReport::Action::Revoke, {phone}, {desk})));
    e.result = QStringLiteral("not-confirmed");
    QCOMPARE(proofText(e), QStringLiteral("Revoke of “Phone” sent, not confirmed"));
    e.result = QStringLiteral("attempted");
    QCOMPARE(proofText(e), QString());
    e.result = QStringLiteral("failed");
    QCOMPARE(proofText(e), QString());
}

QTEST_GUILESS_MAIN(TestProofText)
#include "tst_ProofText.moc"
