// Built only with AddressSanitizer: a GUI process (offscreen, fonts loaded, in a test home like every other)
// that leaks one block of its own on purpose. The test passes only if LeakSanitizer, with tests/lsan.supp
// applied, names this leak and no other: the suppressions hide no leak of Certdeck's, and the short test
// homes keep Debian 12's fontconfig from leaking by itself.
#include <QApplication>
#include <QLabel>

namespace {

char *volatile keep = nullptr;

[[gnu::noinline]] void plantCertdeckLeak()
{
    keep = new char[77];
    keep[0] = 'x';
    keep = nullptr; // the only pointer to it is gone: a leak
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("Certdeck"));
    label.show();
    QCoreApplication::processEvents();
    plantCertdeckLeak();
    return 0;
}
