#include "passwordinput.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace shoulou::cli {

namespace {

// Turns the terminal's echo off while alive (nothing happens when stdin is no terminal).
class NoEcho final {
public:
    NoEcho()
    {
        if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &m_saved) != 0)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~NoEcho()
    {
        if (m_active) {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
            std::fputc('\n', stderr);
        }
    }
    NoEcho(const NoEcho &) = delete;
    NoEcho &operator=(const NoEcho &) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};

} // namespace

Result<QString> readPassword(const QString &prompt)
{
    if (isatty(STDIN_FILENO)) {
        QTextStream err(stderr);
        err << prompt << Qt::flush;
    }
    // Read byte by byte from the C stream: a QTextStream would buffer ahead and swallow the
    // next password line.
    std::string line;
    bool any = false;
    {
        NoEcho quiet;
        for (int c = std::fgetc(stdin); c != EOF; c = std::fgetc(stdin)) {
            any = true;
            if (c == '\n')
                break;
            line.push_back(char(c));
        }
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    if (!any)
        return makeError(QStringLiteral("cli.no_password"),
                         QCoreApplication::translate("Cli", "no password on standard input (give it as one line)"));
    QString password = QString::fromUtf8(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return password;
}

} // namespace shoulou::cli
