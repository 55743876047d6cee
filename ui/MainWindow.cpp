#include "MainWindow.h"

#include "Theme.h"
#include "util/DisplayText.h"

#include "ActivityPanel.h"
#include "BadgeDecorator.h"
#include "EnrollWizard.h"
#include "LostDeviceDialog.h"
#include "P12TargetWidget.h"
#include "RotateDialog.h"
#include "SaveLocation.h"
#include "model/CertificateListModel.h"
#include "model/ProofText.h"
#include "storage/ActivityLog.h"
#include "ui_MainWindow.h"
#include "workflow/DeviceWorkflow.h"
#include "workflow/OutcomeText.h"

#include <QAbstractButton>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace certdeck::ui {
namespace {

// What the banner's messages are about, besides the outcome of the last action.
const QString connectionTopic = QStringLiteral("connection");
const QString unreadableTopic = QStringLiteral("unreadable");
const QString reminderTopic = QStringLiteral("expiry:"); // + the device's name
const QString unusedTopic = QStringLiteral("unused");

} // namespace

MainWindow::MainWindow(AccountController *controller, CertificateListModel *model, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_controller(controller), m_model(model),
      m_decorator(new BadgeDecorator(this)), m_proxy(new CertificateFilterModel(this)),
      m_logInAction(new QAction(tr("Log &in with password…"), this)),
      m_copyFingerprintAction(new QAction(tr("&Copy SHA-256 fingerprint"), this)),
      m_exportAction(new QAction(tr("&Export certificate as PEM…"), this)),
      m_lostAction(new QAction(tr("&Lost device…"), this)),
      m_disableAction(new QAction(tr("&Disable (retire)…"), this)),
      m_enrollAction(new QAction(tr("&Enroll device…"), this)),
      m_rotateAction(new QAction(tr("R&otate…"), this)),
      m_finishRotationAction(new QAction(tr("&Finish rotation"), this)), m_connectionLabel(new QLabel(this)),
      m_summaryLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    m_decorator->setSourceModel(m_model);
    m_proxy->setSourceModel(m_decorator);
    m_ui->table->setModel(m_proxy);
    m_ui->table->sortByColumn(CertificateListModel::ExpiresColumn, Qt::AscendingOrder);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->setTextElideMode(Qt::ElideMiddle); // a fingerprint's both ends are what people compare
    m_ui->table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->table->horizontalHeader()->setSectionsMovable(true);
    m_ui->table->setColumnWidth(CertificateListModel::NameColumn, 190);
    m_ui->table->setColumnWidth(CertificateListModel::StatusColumn, 110);
    m_ui->table->setColumnWidth(CertificateListModel::HealthColumn, 110);
    m_ui->table->setColumnWidth(CertificateListModel::ExpiresColumn, 95);
    m_ui->table->setColumnWidth(CertificateListModel::DaysLeftColumn, 130);
    m_ui->table->setColumnWidth(CertificateListModel::KeyColumn, 80);
    // Wide enough for its header in every language (its dates need less).
    m_ui->table->setColumnWidth(
        CertificateListModel::ValidFromColumn,
        std::max(95,
                 m_ui->table->horizontalHeader()->fontMetrics().horizontalAdvance(
                     m_model->headerData(CertificateListModel::ValidFromColumn, Qt::Horizontal).toString()) +
                     32));
    m_ui->table->setColumnWidth(CertificateListModel::FingerprintColumn, 200);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);

    m_ui->actionRefresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    // An icon alone on the toolbar (its words are in the tooltip, the menu and the accessible name): the
    // toolbar then fits a 1024-pixel screen in every language, Lost device included.
    if (auto *refresh = qobject_cast<QToolButton *>(m_ui->toolBar->widgetForAction(m_ui->actionRefresh))) {
        refresh->setToolButtonStyle(Qt::ToolButtonIconOnly);
        refresh->setAccessibleName(QString(m_ui->actionRefresh->text()).remove(QLatin1Char('&')));
    }
    m_logInAction->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_logInAction->setToolTip(tr("Log in to the account again"));
    m_ui->toolBar->addAction(m_logInAction);
    // The emergency action: red, labelled, on the toolbar, in every row's menu, and on a shortcut.
    m_lostAction->setObjectName(QStringLiteral("lostDeviceAction"));
    m_lostAction->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
    m_lostAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_lostAction->setToolTip(tr("A device was lost or stolen: revoke its certificate and log it out now (%1)")
                                 .arg(m_lostAction->shortcut().toString(QKeySequence::NativeText)));
    m_ui->toolBar->addSeparator();
    m_ui->toolBar->addAction(m_lostAction);
    if (auto *button = m_ui->toolBar->widgetForAction(m_lostAction)) {
        button->setObjectName(QStringLiteral("lostDeviceButton"));
        button->setAccessibleName(tr("Lost device"));
        // Red and bold only while it can be used: offline or with nothing to revoke it is plainly greyed.
        const auto tone = [this, button] {
            theme::setTextTone(button, theme::Tone::Bad, m_lostAction->isEnabled());
        };
        connect(m_lostAction, &QAction::changed, button, tone);
        tone();
    }
    m_disableAction->setToolTip(tr("Retire a device that is not compromised: it can no longer log in"));
    addAction(m_lostAction);
    connect(m_lostAction, &QAction::triggered, this, [this] { openLostDevice(); });
    connect(m_disableAction, &QAction::triggered, this, [this] { disableDevice(); });
    m_copyFingerprintAction->setShortcut(QKeySequence::Copy);
    m_copyFingerprintAction->setShortcutContext(Qt::WidgetShortcut);
    m_ui->table->addAction(m_copyFingerprintAction);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    // Its text is the state a screen reader must read (a label's name is its text): the caption describes it.
    m_connectionLabel->setAccessibleDescription(tr("Connection state"));
    statusBar()->addPermanentWidget(m_connectionLabel);
    // A menu item's status tip hides this label while the pointer is on the item, and shows it again after.
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    statusBar()->addWidget(m_summaryLabel, 1);

    buildMenus();

    connect(m_ui->actionRefresh, &QAction::triggered, m_controller, &AccountController::refresh);
    connect(m_logInAction, &QAction::triggered, this, &MainWindow::logInRequested);
    connect(m_copyFingerprintAction, &QAction::triggered, this, [this] {
        if (const auto *item = selectedItem())
            QApplication::clipboard()->setText(item->certificate.sha256Fingerprint());
    });
    connect(m_exportAction, &QAction::triggered, this, [this] {
        if (const auto *item = selectedItem())
            exportCertificate(item->name);
    });
    connect(m_ui->details, &DetailsPanel::exportRequested, this, &MainWindow::exportCertificate);
    connect(m_ui->table, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &MainWindow::updateView);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::updateDetails);
    connect(m_controller, &AccountController::phaseChanged, this, &MainWindow::onPhaseChanged);
    connect(m_controller, &AccountController::problem, this, [this](const QString &text) {
        m_ui->banner->post(connectionTopic, BannerWidget::Level::Error, text);
    });
    connect(m_controller, &AccountController::problemCleared, this,
            [this] { m_ui->banner->clear(connectionTopic); });
    connect(
        m_controller, &AccountController::itemsSkipped, this, [this](const QVector<ItemProblem> &problems) {
            QStringList lines;
            for (const auto &p : problems)
                lines << (p.name.isEmpty() ? visibleControls(p.reason).toHtmlEscaped()
                                           : tr("%1: %2").arg(visibleControls(p.name).toHtmlEscaped(),
                                                              visibleControls(p.reason).toHtmlEscaped()));
            m_ui->banner->post(unreadableTopic, BannerWidget::Level::Warning,
                               tr("The server listed %n certificate(s) that cannot be shown:", nullptr,
                                  static_cast<int>(problems.size())) +
                                   QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")) +
                                   QStringLiteral("<br>") +
                                   tr("Such an entry may still log in: unless you know what it is, "
                                      "revoke it."),
                               BannerWidget::Lifetime::UntilNextListing);
            // Such an entry may still log in: it can be revoked or disabled by its name. Queued, so the
            // dialog does not run inside the click of a button the next message removes. A few buttons at
            // most (the Lost device dialog lists every such entry), each name shortened and its '&' kept as
            // text; a name the table lists readable is handled there.
            int offered = 0;
            for (const auto &p : problems) {
                if (p.name.isEmpty() || m_model->listing().find(p.name))
                    continue;
                if (++offered > 3)
                    break;
                const QString name = p.name;
                QString shown = visibleControls(name);
                if (shown.size() > 40)
                    shown = shown.left(20) + QStringLiteral("…") + shown.right(19);
                shown.replace(QLatin1Char('&'), QStringLiteral("&&"));
                connect(
                    m_ui->banner->addButton(tr("Revoke “%1”…").arg(shown),
                                            QStringLiteral("revokeUnreadable")),
                    &QPushButton::clicked, this, [this, name] { openLostDevice(name); },
                    Qt::QueuedConnection);
                connect(
                    m_ui->banner->addButton(tr("Disable “%1”…").arg(shown),
                                            QStringLiteral("disableUnreadable")),
                    &QPushButton::clicked, this, [this, name] { disableDevice(name); }, Qt::QueuedConnection);
            }
        });
    connect(m_controller, &AccountController::onlineSessionsChanged, this, [this] {
        updateView();
        updateDetails();
    });
    // A refresh keeps the selected device selected; a first listing selects the top row so details show.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const SaslCertItem *item = selectedItem();
        m_reselect = item ? item->name : QString();
        m_ui->banner->listingArrived();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // A reminder goes with its certificate (revoked, disabled, or replaced by a rotation).
        for (const QString &topic : m_ui->banner->topics(reminderTopic))
            if (!m_model->listing().find(topic.mid(reminderTopic.size())))
                m_ui->banner->clear(topic);
        showUnusedHints();
        if (m_model->rowOf(m_reselect) >= 0)
            selectDevice(m_reselect);
        else if (m_proxy->rowCount() > 0)
            m_ui->table->selectionModel()->setCurrentIndex(
                m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        updateView();
        updateDetails();
        fitColumns();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateDetails);
    // Rotation links and this computer's mark arrive after the listing, as changed data: longer texts.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (!std::exchange(m_fitQueued, true))
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_fitQueued = false;
                    fitColumns();
                },
                Qt::QueuedConnection);
    });
    restoreLayout();
    connect(m_ui->banner, &BannerWidget::arranged, this, &MainWindow::updateTabOrder);
    onPhaseChanged(m_controller->phase());
    showUnusedHints(); // a listing that came before the window
    updateTabOrder();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    // Every action in a menu, reachable by keyboard (Alt and the underlined letter); the toolbar keeps the
    // frequent ones, so it fits a small screen in every language.
    QMenu *account = menuBar()->addMenu(tr("&Account"));
    account->addAction(m_logInAction);
    account->addAction(m_ui->actionRefresh);
    account->addSeparator();
    QAction *quit = account->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    m_devicesMenu = menuBar()->addMenu(tr("Devi&ces"));
    m_devicesMenu->addAction(m_copyFingerprintAction);
    m_devicesMenu->addAction(m_exportAction);
    m_devicesMenu->addSeparator();
    m_devicesMenu->addAction(m_disableAction);
    m_devicesMenu->addAction(m_lostAction);
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    buildSortMenu();
    m_settingsMenu = menuBar()->addMenu(tr("&Settings"));
    m_settingsMenu->menuAction()->setVisible(false);
}

void MainWindow::buildSortMenu()
{
    QMenu *menu = m_viewMenu->addMenu(tr("&Sort by"));
    menu->setObjectName(QStringLiteral("sortMenu"));
    auto *columns = new QActionGroup(menu);
    QHeaderView *header = m_ui->table->horizontalHeader();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const QString title = m_model->headerData(c, Qt::Horizontal).toString();
        if (title.isEmpty())
            continue;
        QAction *action = menu->addAction(title);
        action->setCheckable(true);
        action->setData(c);
        columns->addAction(action);
    }
    menu->addSeparator();
    QAction *descending = menu->addAction(tr("&Descending"));
    descending->setObjectName(QStringLiteral("sortDescending"));
    descending->setCheckable(true);
    const auto sort = [this, columns, descending] {
        if (const QAction *chosen = columns->checkedAction())
            m_ui->table->sortByColumn(chosen->data().toInt(),
                                      descending->isChecked() ? Qt::DescendingOrder : Qt::AscendingOrder);
    };
    connect(columns, &QActionGroup::triggered, this, sort);
    connect(descending, &QAction::triggered, this, sort);
    // A click on a header sorts too: the menu shows what the table does.
    const auto follow = [columns, descending](int column, Qt::SortOrder order) {
        for (QAction *action : columns->actions())
            action->setChecked(action->data().toInt() == column);
        descending->setChecked(order == Qt::DescendingOrder);
    };
    connect(header, &QHeaderView::sortIndicatorChanged, this, follow);
    follow(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void MainWindow::fitColumns()
{
    // Widened, never narrowed, to show each header and cell whole (in every language), up to a width that
    // still leaves room for the rest; the fingerprint is elided in the middle, the details panel shows it
    // whole.
    constexpr int widest = 360;
    QTableView *table = m_ui->table;
    QHeaderView *header = table->horizontalHeader();
    for (int c = 0; c < m_proxy->columnCount(); ++c) {
        const int needed = std::max(header->sectionSizeHint(c),
                                    static_cast<QAbstractItemView *>(table)->sizeHintForColumn(c));
        if (table->columnWidth(c) < std::min(needed, widest))
            table->setColumnWidth(c, std::min(needed, widest));
    }
}

QSize MainWindow::defaultSize(const QSize &available)
{
    // Roomy where there is room; on a small screen, all of it but the window's frame (a window larger than
    // the screen hides its status bar or its right side).
    return QSize(1180, 720).boundedTo(available - QSize(16, 40));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()) && screen())
        resize(defaultSize(screen()->availableSize()));
    m_ui->splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_ui->table->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("window/columns")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_ui->splitter->saveState());
    settings.setValue(QStringLiteral("window/columns"), m_ui->table->horizontalHeader()->saveState());
    QMainWindow::closeEvent(event);
}

const SaslCertItem *MainWindow::selectedItem() const
{
    const QModelIndex current = m_ui->table->selectionModel()->currentIndex();
    if (!current.isValid())
        return nullptr;
    const QModelIndex source = m_decorator->mapToSource(m_proxy->mapToSource(current));
    return m_model->itemAt(source.row());
}

void MainWindow::selectDevice(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_decorator->mapFromSource(m_model->index(row, 0)));
    m_ui->table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
}

void MainWindow::setActivityLog(ActivityLog *log)
{
    auto *dock = new QDockWidget(tr("Activity"), this);
    dock->setObjectName(QStringLiteral("activityDock"));
    auto *panel = new ActivityPanel(log, dock);
    panel->setAccount(m_controller->session()->bareJid());
    connect(m_controller, &AccountController::phaseChanged, panel,
            [this, panel] { panel->setAccount(m_controller->session()->bareJid()); });
    connect(panel, &ActivityPanel::notice, this, &MainWindow::showNotice);
    connect(log, &ActivityLog::writeFailed, this,
            [this](const QString &message) { showNotice(NoticeLevel::Error, message); });
    dock->setWidget(panel);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    m_activityAction = dock->toggleViewAction();
    m_activityAction->setText(tr("&Activity"));
    m_activityAction->setToolTip(tr("Every enroll, disable and revoke, with its outcome"));
    m_activityAction->setObjectName(QStringLiteral("activityAction"));
    m_viewMenu->addAction(m_activityAction);
    m_viewMenu->menuAction()->setVisible(true);
}

void MainWindow::setLifecycle(DeviceWorkflow *lifecycle)
{
    m_lifecycle = lifecycle;
    m_enrollAction->setObjectName(QStringLiteral("enrollAction"));
    m_enrollAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_enrollAction->setShortcut(QKeySequence::New);
    m_enrollAction->setToolTip(tr("Add a device with its own certificate"));
    m_rotateAction->setToolTip(tr("Replace the selected device's certificate with a new one"));
    m_ui->toolBar->insertAction(m_ui->actionRefresh, m_enrollAction);
    m_ui->toolBar->insertAction(m_ui->actionRefresh, m_rotateAction);
    addAction(m_enrollAction);
    connect(m_enrollAction, &QAction::triggered, this, [this] { openEnrollWizard(); });
    connect(m_rotateAction, &QAction::triggered, this, [this] { rotateDevice(); });
    connect(m_finishRotationAction, &QAction::triggered, this, [this] { finishRotation(); });
    auto *rotateAll = new QAction(tr("Rotate all &due…"), this);
    rotateAll->setObjectName(QStringLiteral("rotateAllAction"));
    rotateAll->setToolTip(tr("Rotate every certificate past two thirds of its lifetime"));
    connect(rotateAll, &QAction::triggered, this, &MainWindow::rotateAllDue);
    connect(m_controller, &AccountController::phaseChanged, rotateAll, [this, rotateAll] {
        rotateAll->setEnabled(m_controller->phase() == AccountController::Phase::Ready);
    });
    m_ui->toolBar->insertAction(m_ui->actionRefresh, rotateAll);
    QAction *first = m_devicesMenu->actions().value(0);
    m_devicesMenu->insertActions(first, {m_enrollAction, m_rotateAction, m_finishRotationAction, rotateAll});
    m_devicesMenu->insertSeparator(first);
    m_ui->emptyEnrollButton->setVisible(true);
    connect(m_ui->emptyEnrollButton, &QPushButton::clicked, this, [this] { openEnrollWizard(); });
    updateView();
    updateDetails();
}

int MainWindow::openEnrollWizard()
{
    if (!m_lifecycle)
        return QDialog::Rejected;
    EnrollWizard wizard(m_controller, m_lifecycle, this);
    const int result = wizard.exec();
    if (wizard.succeeded())
        selectDevice(wizard.request().name);
    return result;
}

void MainWindow::rotateDevice(const QString &device)
{
    const SaslCertItem *item = device.isEmpty() ? selectedItem() : m_model->itemAt(m_model->rowOf(device));
    if (!m_lifecycle || !item)
        return;
    const QString name = item->name;
    const auto report = [this](const WorkflowOutcome &r) {
        showNotice(noticeLevel(r.confirmed()), outcomeText(r));
    };
    if (m_controller->isOwnCertificate(name)) {
        showNotice(NoticeLevel::Info, tr("Rotating this computer's certificate…"));
        m_lifecycle->rotateOwn(this, report);
        return;
    }
    // Another device: it needs its new key and certificate before the old one may go.
    RotateDialog dialog({name}, m_lifecycle->rotationFormat(name), this);
    dialog.setNewName(m_lifecycle->rotatedNameFor(name));
    if (dialog.exec() != QDialog::Accepted)
        return;
    showNotice(NoticeLevel::Info, tr("Creating the new certificate for “%1”…").arg(name));
    m_lifecycle->rotateOther(name, dialog.target(), dialog.password(), this, report);
}

QStringList MainWindow::dueForRotation() const
{
    return m_controller->dueForRotation().others;
}

void MainWindow::addSetting(QAction *action)
{
    settingsMenu()->addAction(action);
}

void MainWindow::addSettingsMenu(QMenu *menu)
{
    settingsMenu()->addMenu(menu);
}

QMenu *MainWindow::settingsMenu()
{
    m_settingsMenu->menuAction()->setVisible(true);
    return m_settingsMenu;
}

void MainWindow::rotateAllDue()
{
    if (!m_lifecycle)
        return;
    const RotationPlan plan = m_controller->dueForRotation();
    const QStringList &others = plan.others;
    if (plan.isEmpty()) {
        // True of this listing only: the next one may bring due certificates.
        m_ui->banner->post(QStringLiteral("rotation-plan"), NoticeLevel::Info,
                           tr("No certificate is due for rotation."),
                           BannerWidget::Lifetime::UntilNextListing);
        return;
    }
    auto queue = std::make_shared<QStringList>(others);
    auto results = std::make_shared<QStringList>();
    auto failed = std::make_shared<bool>(false);
    auto password = std::make_shared<SecretBytes>();
    auto folder = std::make_shared<std::unique_ptr<RotateDialog>>();
    if (!others.isEmpty()) {
        // One password for the folder: older phones among them make it a generated one.
        const bool older = std::any_of(others.cbegin(), others.cend(), [this](const QString &name) {
            return m_lifecycle->rotationFormat(name) == Pkcs12Format::OlderPhones;
        });
        auto dialog = std::make_unique<RotateDialog>(
            others, older ? Pkcs12Format::OlderPhones : Pkcs12Format::Current, this);
        if (dialog->exec() != QDialog::Accepted)
            return;
        QDir().mkpath(dialog->target());
        *password = dialog->password();
        *folder = std::move(dialog);
    }
    // One after another: each step's verified result decides nothing for the next, but their reports add up.
    auto next = std::make_shared<std::function<void()>>();
    // The step holds itself only through its pending callback, so the chain is freed after the last one.
    std::weak_ptr<std::function<void()>> weakNext = next;
    const auto record = [results, failed](const WorkflowOutcome &r) {
        *failed = *failed || !r.confirmed();
        *results << (r.confirmed() ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + outcomeText(r);
    };
    *next = [this, queue, results, failed, password, folder, weakNext, record] {
        if (queue->isEmpty()) {
            showNotice(noticeLevel(!*failed), results->join(QStringLiteral("<br>")));
            return;
        }
        const QString name = queue->takeFirst();
        const QString file = (*folder)->fileFor(m_lifecycle->rotatedNameFor(name));
        m_lifecycle->rotateOther(name, file, *password, this,
                                 [record, next = weakNext.lock()](const WorkflowOutcome &r) {
                                     record(r);
                                     (*next)();
                                 });
    };
    showNotice(NoticeLevel::Info,
               tr("Rotating %n certificate(s)…", nullptr, int(others.size() + (plan.own ? 1 : 0))));
    if (plan.own)
        m_lifecycle->rotateOwn(this, [record, next](const WorkflowOutcome &r) {
            record(r);
            (*next)();
        });
    else
        (*next)();
}

void MainWindow::finishRotation(const QString &device)
{
    const SaslCertItem *item = device.isEmpty() ? selectedItem() : m_model->itemAt(m_model->rowOf(device));
    if (!m_lifecycle || !item)
        return;
    m_lifecycle->finishRotation(item->name, this, [this](const WorkflowOutcome &r) {
        showNotice(noticeLevel(r.confirmed()), outcomeText(r));
    });
}

int MainWindow::openLostDevice(const QString &device)
{
    QString name = device;
    if (name.isEmpty()) {
        if (const auto *item = selectedItem())
            name = item->name;
    }
    LostDeviceDialog dialog(m_controller, m_model, name, this);
    return dialog.exec();
}

bool MainWindow::openLostDeviceByFingerprint(const QString &sha256)
{
    LostDeviceDialog dialog(m_controller, m_model, QString(), this);
    dialog.pinFingerprint(sha256);
    dialog.exec();
    return dialog.succeeded();
}

void MainWindow::addBanner(QWidget *banner)
{
    m_ui->centralLayout->insertWidget(m_ui->centralLayout->indexOf(m_ui->banner) + 1 + int(m_banners.size()),
                                      banner);
    m_banners << banner;
    updateTabOrder();
}

void MainWindow::updateTabOrder()
{
    QList<QWidget *> order = m_ui->banner->focusOrder();
    for (QWidget *banner : std::as_const(m_banners)) {
        if (banner->focusPolicy() & Qt::TabFocus)
            order << banner;
        // Its buttons in the order they were made, which each banner keeps to the order they are seen in.
        for (QAbstractButton *button : banner->findChildren<QAbstractButton *>())
            order << button;
    }
    order << m_ui->filterEdit << m_ui->table;
    // Then the rest as it was (the details panel, the empty page's button), after the table.
    for (QWidget *w = m_ui->table->nextInFocusChain(); w && w != m_ui->table; w = w->nextInFocusChain())
        if (w->window() == this && (w->focusPolicy() & Qt::TabFocus) && !order.contains(w) &&
            m_ui->central->isAncestorOf(w))
            order << w;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void MainWindow::showUnusedHints()
{
    const QVector<UnusedDevice> unused =
        longUnusedDevices(m_model->listing(), m_controller->onlineSessions().keys(),
                          m_model->ownFingerprint(), m_model->clock().now());
    QStringList names;
    for (const UnusedDevice &device : unused)
        names << device.name;
    const bool shown = !m_ui->banner->topics(unusedTopic).isEmpty();
    if (names == m_unusedShown && (shown || names.isEmpty()))
        return;
    // Dismissed, the hint comes back only for a device it has not named in this run of Certdeck.
    const bool anyNew = std::any_of(names.cbegin(), names.cend(),
                                    [this](const QString &name) { return !m_unusedHinted.contains(name); });
    m_unusedShown = names;
    if (names.isEmpty() || (!shown && !anyNew)) {
        m_ui->banner->clear(unusedTopic);
        return;
    }
    for (const QString &name : std::as_const(names))
        m_unusedHinted.insert(name);
    m_ui->banner->post(unusedTopic, NoticeLevel::Info,
                       visibleControls(DeviceUseText::unusedHint(unused)).toHtmlEscaped());
    for (const QString &name : std::as_const(names).mid(0, 3)) { // the table's menu serves any others
        QString label = visibleControls(name);
        if (label.size() > 40)
            label = label.left(20) + QStringLiteral("…") + label.right(19);
        label.replace(QLatin1Char('&'), QStringLiteral("&&"));
        connect(
            m_ui->banner->addButton(tr("Disable “%1”…").arg(label), QStringLiteral("disableUnused")),
            &QPushButton::clicked, this, [this, name] { disableDevice(name); }, Qt::QueuedConnection);
    }
}

void MainWindow::disableDevice(const QString &device)
{
    QString name = device;
    if (name.isEmpty()) {
        if (const auto *item = selectedItem())
            name = item->name;
    }
    if (name.isEmpty())
        return;
    QMessageBox box(
        QMessageBox::Question, tr("Disable “%1”?").arg(name),
        tr("<p>The device can no longer log in with this certificate. If it is connected right now, it "
           "<b>stays connected</b> until it logs out.</p>"
           "<p>Use this for a device you retire or replace. If the device was <b>lost or stolen</b>, "
           "use “Lost device” instead: once its certificate is disabled, a device that is still "
           "connected can no longer be kicked off.</p>"),
        QMessageBox::Cancel, this);
    auto *disable = box.addButton(tr("Disable"), QMessageBox::AcceptRole);
    auto *lost = box.addButton(tr("Lost device instead…"), QMessageBox::ActionRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == static_cast<QAbstractButton *>(lost)) {
        openLostDevice(name);
        return;
    }
    if (box.clickedButton() != static_cast<QAbstractButton *>(disable))
        return;
    showNotice(NoticeLevel::Info, tr("Disabling “%1”…").arg(name));
    m_controller->disable(name, this, [this, name](Result<ChangeReport, SaslCertError> r) {
        if (r)
            showNotice(NoticeLevel::Info, proofText(*r));
        else
            showNotice(NoticeLevel::Error,
                       r.error().outcomeUnknown()
                           ? notConfirmedText(ChangeReport::Action::Disable, name, r.error())
                           : tr("“%1” was not disabled: %2").arg(name, r.error().message()));
    });
}

void MainWindow::showNotice(NoticeLevel level, const QString &text)
{
    m_ui->banner->showMessage(level, text);
}

void MainWindow::showReminder(const QString &device, const QString &text)
{
    m_ui->banner->post(reminderTopic + device, NoticeLevel::Warning, text);
}

QString MainWindow::summaryText() const
{
    const AccountSummary summary = m_controller->summary();
    QStringList parts{tr("%n device(s)", nullptr, summary.total)};
    if (summary.expiringSoon > 0)
        parts << tr("%n expiring within 30 days", nullptr, summary.expiringSoon);
    if (summary.expired > 0)
        parts << tr("%n expired", nullptr, summary.expired);
    if (m_controller->isOnline())
        parts << tr("%n other session(s) online", nullptr,
                    static_cast<int>(m_controller->onlineSessions().size()));
    return parts.join(QStringLiteral(" · "));
}

QString MainWindow::loginMethodText(LoginMethod method)
{
    return method == LoginMethod::Certificate ? tr("Logged in with this computer's certificate")
                                              : tr("Logged in with the password");
}

QString MainWindow::connectionText() const
{
    using Phase = AccountController::Phase;
    switch (m_controller->phase()) {
    case Phase::Offline:
        return m_controller->lastProblem().isEmpty() ? tr("Offline")
                                                     : tr("Offline: %1").arg(m_controller->lastProblem());
    case Phase::Connecting:
        return tr("Connecting…");
    case Phase::Reconnecting:
        return tr("Reconnecting…");
    case Phase::CheckingSupport:
    case Phase::Loading:
        return tr("Online · loading…");
    case Phase::Unsupported:
        return tr("Online · no certificate management");
    case Phase::Ready:
        return tr("Online as %1").arg(m_controller->session()->bareJid()) + QStringLiteral(" · ") +
               loginMethodText(m_controller->session()->loginMethod());
    }
    return {};
}

void MainWindow::onPhaseChanged(AccountController::Phase phase)
{
    using Phase = AccountController::Phase;
    m_ui->actionRefresh->setEnabled(phase == Phase::Ready);
    m_logInAction->setVisible(phase == Phase::Offline);
    updateView();
    updateDetails();
}

void MainWindow::updateDetails()
{
    const SaslCertItem *item = selectedItem();
    if (item) {
        const DeviceUse use = m_model->use(*item);
        const QDateTime now = m_model->clock().now();
        const bool said = item->use.reported;
        const QString notSaid = tr("Not reported by the server");
        const QString status = m_model->statusText(*item);
        m_ui->details->showItem(item, status.isEmpty() ? tr("Unknown") : status,
                                said ? DeviceUseText::when(use.first, now) : notSaid,
                                said ? DeviceUseText::when(use.last, now) : notSaid);
    } else {
        m_ui->details->showItem(nullptr, {});
    }
    m_ui->details->setSessions(m_controller->describedSessions(), m_controller->isOnline());
    m_copyFingerprintAction->setEnabled(item);
    m_exportAction->setEnabled(item);
    const bool online = m_controller->phase() == AccountController::Phase::Ready;
    m_lostAction->setEnabled(online && m_model->rowCount() > 0);
    m_disableAction->setEnabled(online && item);
    m_enrollAction->setEnabled(online);
    m_rotateAction->setEnabled(online && item);
    m_finishRotationAction->setEnabled(online && item && !m_model->replacementOf(item->name).isEmpty());
}

void MainWindow::updateView()
{
    using Phase = AccountController::Phase;
    QString message;
    const bool empty = m_model->rowCount() == 0;
    switch (m_controller->phase()) {
    case Phase::Offline:
        if (empty)
            message = tr("<h3>Not connected</h3><p>Log in to see the certificates your devices use.</p>");
        break;
    case Phase::Connecting:
    case Phase::Reconnecting:
        if (empty)
            message = tr("<h3>Connecting…</h3>");
        break;
    case Phase::CheckingSupport:
    case Phase::Loading:
        if (empty)
            message = tr("<h3>Loading certificates…</h3>");
        break;
    case Phase::Unsupported:
        message = tr("<h3>This server does not support client certificates</h3>"
                     "<p>The server does not offer XEP-0257 (client certificate management), so Certdeck "
                     "cannot list or change the certificates of this account.</p>"
                     "<p>Ask the server's administrator to enable it; on Prosody it is the module "
                     "<i>mod_client_certs</i>.</p>");
        break;
    case Phase::Ready:
        if (empty)
            message = tr(
                "<h3>No device certificates yet</h3>"
                "<p>With a certificate of its own, each device logs in without the account's password "
                "(XEP-0257, SASL EXTERNAL). When a device is lost or stolen, you revoke its certificate and "
                "only that device is cut off; the others stay logged in.</p>"
                "<p>Enroll your first device to begin.</p>");
        else if (m_proxy->rowCount() == 0)
            message = tr("<p>No device matches “%1”.</p>").arg(m_ui->filterEdit->text().toHtmlEscaped());
        break;
    }
    m_ui->filterEdit->setEnabled(!empty);
    m_ui->messageLabel->setText(message);
    m_ui->emptyEnrollButton->setVisible(m_lifecycle && empty && m_controller->phase() == Phase::Ready);
    m_ui->stack->setCurrentWidget(message.isEmpty() ? m_ui->tablePage : m_ui->messagePage);
    m_connectionLabel->setText(connectionText());
    m_summaryLabel->setText(empty ? QString() : summaryText());
}

void MainWindow::showContextMenu(const QPoint &pos)
{
    if (!m_ui->table->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_copyFingerprintAction);
    menu.addAction(m_exportAction);
    menu.addSeparator();
    if (m_lifecycle) {
        menu.addAction(m_rotateAction);
        if (m_finishRotationAction->isEnabled())
            menu.addAction(m_finishRotationAction);
    }
    menu.addAction(m_disableAction);
    menu.addAction(m_lostAction);
    menu.addSeparator();
    menu.addAction(m_ui->actionRefresh);
    menu.exec(m_ui->table->viewport()->mapToGlobal(pos));
}

void MainWindow::exportCertificate(const QString &name)
{
    const int row = m_model->rowOf(name);
    const SaslCertItem *item = m_model->itemAt(row);
    if (!item)
        return;
    QString suggested = name;
    suggested.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export certificate"),
                                                      suggestedSavePath(suggested + QStringLiteral(".pem")),
                                                      tr("PEM certificate (*.pem *.crt)"));
    if (path.isEmpty())
        return;
    rememberSaveFolder(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(item->certificate.pem()) < 0 || !file.commit()) {
        m_ui->banner->showMessage(
            BannerWidget::Level::Error,
            tr("The certificate could not be saved to %1: %2").arg(path, file.errorString()));
        return;
    }
    m_ui->banner->showMessage(BannerWidget::Level::Info,
                              tr("Certificate of “%1” saved to %2.").arg(name, path));
}

} // namespace certdeck::ui
