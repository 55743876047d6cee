// Where a device's .p12 goes by default, and the "&File:" label that must be a working mnemonic, not text.
#include "P12TargetWidget.h"
#include "RotateDialog.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace certdeck;

class TestP12Target : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freshHomeWithoutDocuments();
    void documentsWhenThereIsOne();
    void fileLabelHasItsBuddy();
    void severalDevicesGoToAFolder();

private:
    QTemporaryDir m_home;
};

// A fresh machine: no desktop session ever made ~/Documents. The suggested file must still be writable.
void TestP12Target::freshHomeWithoutDocuments()
{
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qunsetenv("XDG_DOCUMENTS_DIR");
    QVERIFY(!QFileInfo::exists(m_home.filePath(QStringLiteral("Documents"))));
    QCOMPARE(ui::P12TargetWidget::defaultFolder(), m_home.path());
    ui::RotateDialog dialog({QStringLiteral("Tablet")});
    const QString suggested = dialog.target();
    QVERIFY2(QFileInfo(QFileInfo(suggested).absolutePath()).isDir(), qPrintable(suggested));
}

void TestP12Target::documentsWhenThereIsOne()
{
    qputenv("HOME", QFile::encodeName(m_home.path()));
    QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral("Documents")));
    QCOMPARE(ui::P12TargetWidget::defaultFolder(), m_home.filePath(QStringLiteral("Documents")));
}

void TestP12Target::fileLabelHasItsBuddy()
{
    ui::P12TargetWidget widget;
    auto *path = widget.findChild<QLineEdit *>(QStringLiteral("p12Path"));
    QLabel *label = nullptr;
    for (auto *l : widget.findChildren<QLabel *>())
        if (l->text() == QStringLiteral("&File:"))
            label = l;
    QVERIFY(label);
    QCOMPARE(label->buddy(), path); // shown as "File:" with F underlined, Alt+F goes to the path
}

// Issue 34, point 3: "Rotate all due…" asks for a folder, and the field was labelled "File:", Browse… opened
// a save dialog for one .p12, and an existing folder was refused with "This file already exists".
void TestP12Target::severalDevicesGoToAFolder()
{
    QTemporaryDir dir;
    ui::RotateDialog dialog({QStringLiteral("Tablet"), QStringLiteral("Phone")});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("p12Path"));
    QLabel *label = nullptr;
    for (auto *l : dialog.findChildren<QLabel *>())
        if (l->buddy() == path)
            label = l;
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("F&older:"));
    QPushButton *create = nullptr;
    for (auto *b : dialog.findChildren<QPushButton *>())
        if (b->text() == QLatin1String("Create and upload"))
            create = b;
    QVERIFY(create);
    auto *hint = dialog.findChild<QLabel *>(QStringLiteral("p12Hint"));

    // An existing folder is where the files go.
    path->selectAll();
    QTest::keyClicks(path, dir.path());
    QCOMPARE(path->text(), dir.path());
    QVERIFY(create->isEnabled());
    QVERIFY(hint->text().isEmpty());
    // A file is not a folder.
    QFile file(dir.filePath(QStringLiteral("a file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    path->selectAll();
    QTest::keyClicks(path, file.fileName());
    QVERIFY(!create->isEnabled());
    QCOMPARE(hint->text(),
             QStringLiteral("This is a file, not a folder; choose a folder for the devices' files."));

    // Browse… picks a folder.
    QFileDialog::FileMode mode = QFileDialog::AnyFile;
    auto *poll = new QTimer(&dialog);
    connect(poll, &QTimer::timeout, poll, [poll, &mode] {
        if (auto *picker = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
            poll->stop();
            mode = picker->fileMode();
            QTest::keyClick(picker, Qt::Key_Escape);
        }
    });
    poll->start(10);
    QPushButton *browse = nullptr;
    for (auto *b : dialog.findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("&Browse…"))
            browse = b;
    QVERIFY(browse);
    QTest::mouseClick(browse, Qt::LeftButton);
    QCOMPARE(mode, QFileDialog::Directory);
}

QTEST_MAIN(TestP12Target)
#include "tst_P12Target.moc"
