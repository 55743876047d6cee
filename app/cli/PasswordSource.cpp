#include "PasswordSource.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
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

} // namespace

Result<QString, QString> readPassword(const PasswordSource &source)
{
    if (!source.file.isEmpty()) {
        QFile file(source.file);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QCoreApplication::translate("certdeck-cli", "Cannot read the password file %1: %2")
                            .arg(source.file, file.errorString()));
        const QString line = QString::fromUtf8(file.readLine()).section(QLatin1Char('\n'), 0, 0);
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
