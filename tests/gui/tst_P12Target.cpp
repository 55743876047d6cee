// Where a device's .p12 goes by default, and the "&File:" label that must be a working mnemonic, not text.
#include "P12TargetWidget.h"
#include "RotateDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QtTest>

using namespace certdeck;

class TestP12Target : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freshHomeWithoutDocuments();
    void documentsWhenThereIsOne();
    void fileLabelHasItsBuddy();

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

QTEST_MAIN(TestP12Target)
#include "tst_P12Target.moc"
