#include "MainWindow.h"

#include "model/CertificateListModel.h"
#include "ui_MainWindow.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>

namespace certdeck::ui {

MainWindow::MainWindow(AccountController *controller, CertificateListModel *model, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_controller(controller), m_model(model),
      m_proxy(new CertificateFilterModel(this)), m_logInAction(new QAction(tr("&Log in…"), this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_ui->table->setModel(m_proxy);
    m_ui->table->sortByColumn(CertificateListModel::ExpiresColumn, Qt::AscendingOrder);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->table->setColumnWidth(CertificateListModel::NameColumn, 220);
    m_ui->table->setColumnWidth(CertificateListModel::ExpiresColumn, 110);
    m_ui->table->setColumnWidth(CertificateListModel::DaysLeftColumn, 150);
    m_ui->table->setColumnWidth(CertificateListModel::KeyColumn, 90);

    m_ui->actionRefresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_logInAction->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_logInAction->setToolTip(tr("Log in to the account again"));
    m_ui->toolBar->addAction(m_logInAction);

    connect(m_ui->actionRefresh, &QAction::triggered, m_controller, &AccountController::refresh);
    connect(m_logInAction, &QAction::triggered, this, &MainWindow::logInRequested);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &MainWindow::updateView);
    connect(m_controller, &AccountController::phaseChanged, this, &MainWindow::onPhaseChanged);
    connect(m_controller, &AccountController::problem, this,
            [this](const QString &text) { m_ui->banner->showMessage(BannerWidget::Level::Error, text); });
    connect(m_controller, &AccountController::problemCleared, m_ui->banner, &QWidget::hide);
    connect(
        m_controller, &AccountController::itemsSkipped, this, [this](const QVector<ItemProblem> &problems) {
            QStringList lines;
            for (const auto &p : problems)
                lines << (p.name.isEmpty() ? p.reason : tr("%1: %2").arg(p.name, p.reason));
            m_ui->banner->showMessage(BannerWidget::Level::Warning,
                                      tr("The server listed %n certificate(s) that cannot be shown:", nullptr,
                                         static_cast<int>(problems.size())) +
                                          QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")));
        });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateView);
    onPhaseChanged(m_controller->phase());
}

MainWindow::~MainWindow() = default;

QString MainWindow::summaryText() const
{
    const int total = m_model->rowCount();
    int expiring = 0;
    int expired = 0;
    for (const auto &item : m_model->listing().items) {
        const qint64 days = m_model->daysLeft(item);
        if (days < 0)
            ++expired;
        else if (days < 30)
            ++expiring;
    }
    QStringList parts{tr("%n device(s)", nullptr, total)};
    if (expiring > 0)
        parts << tr("%n expiring within 30 days", nullptr, expiring);
    if (expired > 0)
        parts << tr("%n expired", nullptr, expired);
    return parts.join(QStringLiteral(" · "));
}

void MainWindow::onPhaseChanged(AccountController::Phase phase)
{
    using Phase = AccountController::Phase;
    const bool online = phase == Phase::Ready || phase == Phase::Loading;
    m_ui->actionRefresh->setEnabled(phase == Phase::Ready);
    m_logInAction->setVisible(phase == Phase::Offline);
    m_ui->filterEdit->setEnabled(online);
    updateView();
}

void MainWindow::updateView()
{
    using Phase = AccountController::Phase;
    QString message;
    QString status;
    switch (m_controller->phase()) {
    case Phase::Offline:
        status = tr("Offline");
        if (m_model->rowCount() == 0)
            message = tr("<h3>Not connected</h3><p>Log in to see the certificates your devices use.</p>");
        break;
    case Phase::Connecting:
        status = tr("Connecting…");
        message = tr("<h3>Connecting…</h3>");
        break;
    case Phase::CheckingSupport:
    case Phase::Loading:
        status = tr("Loading certificates…");
        if (m_model->rowCount() == 0)
            message = tr("<h3>Loading certificates…</h3>");
        break;
    case Phase::Unsupported:
        status = tr("Online · no certificate management");
        message = tr("<h3>This server does not support client certificates</h3>"
                     "<p>The server does not offer XEP-0257 (client certificate management), so Certdeck "
                     "cannot list or change the certificates of this account.</p>"
                     "<p>Ask the server's administrator to enable it; on Prosody it is the module "
                     "<i>mod_client_certs</i>.</p>");
        break;
    case Phase::Ready:
        status = tr("Online as %1").arg(m_controller->session()->bareJid());
        if (m_model->rowCount() == 0)
            message = tr("<h3>No device certificates yet</h3>"
                         "<p>With one certificate per device, each device logs in without the password "
                         "and a lost device can be cut off on its own.</p>");
        else if (m_proxy->rowCount() == 0)
            message = tr("<p>No device matches “%1”.</p>").arg(m_ui->filterEdit->text().toHtmlEscaped());
        break;
    }
    m_ui->messageLabel->setText(message);
    m_ui->stack->setCurrentWidget(message.isEmpty() ? m_ui->tablePage : m_ui->messagePage);
    const bool showSummary = m_model->rowCount() > 0;
    m_ui->statusBar->showMessage(showSummary ? status + QStringLiteral(" · ") + summaryText() : status);
}

} // namespace certdeck::ui
