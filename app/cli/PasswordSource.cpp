#include "PasswordSource.h"

#include "util/BoundedFile.h"
#include "util/DisplayText.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace certdeck::cli {
namespace {

QString promptWithoutEcho(const QString &prompt)
{
    std::fputs(qPrintable(prompt), stderr);
    std::fflush(stderr);
    termios old{};
    const bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios silent = old;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    char buf[1024] = {};
    const bool ok = std::fgets(buf, sizeof buf, stdin) != nullptr;
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fputc('\n', stderr);
    }
    QString password = ok ? QString::fromUtf8(buf).section(QLatin1Char('\n'), 0, 0) : QString();
    std::fill(std::begin(buf), std::end(buf), '\0');
    return password;
}

// Like ssh with a private key: a password file others can read is as good as published. Warn, do not refuse,
// so a script that works keeps working while it is fixed.
void warnIfReadableByOthers(const QString &path, bool protectsExport)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode) ||
        (st.st_mode & (S_IRWXG | S_IRWXO)) == 0)
        return;
    const QString mode = QString::number(st.st_mode & 0777, 8).rightJustified(4, QLatin1Char('0'));
    const QString warning =
        protectsExport
            ? QCoreApplication::translate("certdeck-cli",
                                          "warning: the password file %1 may be read by other users "
                                          "(mode %2); anyone who reads it can open the exported key. "
                                          "Restrict it with: chmod 600 %1")
            : QCoreApplication::translate("certdeck-cli",
                                          "warning: the password file %1 may be read by other users "
                                          "(mode %2); anyone who reads it can log in as you. "
                                          "Restrict it with: chmod 600 %1");
    std::fprintf(stderr, "certdeck-cli: %s\n", qPrintable(warning.arg(visibleControls(path), mode)));
}

} // namespace

Result<QString, QString> readPassword(const PasswordSource &source)
{
    if (!source.file.isEmpty()) {
        warnIfReadableByOthers(source.file, source.protectsExport);
        // A password is short; the cap keeps /dev/zero or a huge file from filling the memory.
        auto bytes = readFileCapped(source.file, 4096);
        if (!bytes)
            return fail(bytes.error());
        QString line = QString::fromUtf8(bytes.value()).section(QLatin1Char('\n'), 0, 0);
        if (line.endsWith(QLatin1Char('\r'))) // a file written on Windows: the CR is not part of the password
            line.chop(1);
        bytes.value().fill('\0');
        if (line.isEmpty())
            return fail(QCoreApplication::translate("certdeck-cli", "The password file %1 is empty.")
                            .arg(source.file));
        return line;
    }
    if (!source.envVar.isEmpty()) {
        const QByteArray value = qgetenv(source.envVar.toLocal8Bit().constData());
        if (value.isEmpty())
            return fail(QCoreApplication::translate("certdeck-cli", "The environment variable %1 is not set.")
                            .arg(source.envVar));
        return QString::fromUtf8(value);
    }
    const QString prompt =
        source.prompt.isEmpty() ? QCoreApplication::translate("certdeck-cli", "Password: ") : source.prompt;
    const QString typed = promptWithoutEcho(prompt);
    if (typed.isEmpty())
        return fail(QCoreApplication::translate("certdeck-cli", "No password given."));
    if (source.confirm && promptWithoutEcho(QCoreApplication::translate("certdeck-cli", "Repeat: ")) != typed)
        return fail(QCoreApplication::translate("certdeck-cli", "The two passwords differ."));
    return typed;
}

} // namespace certdeck::cli
