#include "TestApp.h"

#include "ProsodyServer.h"
#include "SessionHelpers.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace certdeck::test {

TestApp::TestApp(const QString &settingsFile)
    : settings(settingsFile, QSettings::IniFormat), store(&settings), controller(&session, &model),
      lifecycle(controller.service(), &session)
{
    lifecycle.setStorage(&store, &secrets);
    lifecycle.setListing([this] { return model.listing(); });
    QObject::connect(&lifecycle, &DeviceWorkflow::ownCertificateChanged, &model,
                     &CertificateListModel::setOwnFingerprint);
}

bool TestApp::logIn(const ProsodyServer &server)
{
    QSignalSpy updated(&controller, &AccountController::listingUpdated);
    controller.logIn(server.settingsFor(QStringLiteral("alice")), QStringLiteral("alice-password"));
    return updated.wait(10000);
}

WorkflowOutcome TestApp::run(const std::function<void(QObject *, DeviceWorkflow::Done)> &call)
{
    std::optional<WorkflowOutcome> out;
    QObject ctx;
    call(&ctx, [&](WorkflowOutcome r) { out.emplace(std::move(r)); });
    if (!waitUntil([&] { return out.has_value(); }, 30000)) {
        WorkflowOutcome timeout{WorkflowOutcome::Kind::LocalError, WorkflowOutcome::What::NotAdded, {}};
        timeout.details.reason = QStringLiteral("test timeout");
        return timeout;
    }
    // The verifying listing is already in the table; a change with an unknown outcome lists once more.
    (void)waitUntil([&] { return controller.phase() == AccountController::Phase::Ready; });
    return *out;
}

QString TestApp::secret(const QString &entry)
{
    std::optional<Result<QString, KeychainError>> out;
    QObject ctx;
    secrets.read(entry, &ctx, [&](Result<QString, KeychainError> r) { out.emplace(std::move(r)); });
    (void)waitUntil([&] { return out.has_value(); });
    return out && out->hasValue() ? out->value() : QString();
}

} // namespace certdeck::test
