#include "logfile.h"

#include "util/clock.h"

#include <QDir>
#include <QFileInfo>

#include <atomic>

namespace shoulou {

namespace {

std::atomic<LogFile *> g_installed{nullptr};
QtMessageHandler g_previous = nullptr;

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (LogFile *log = g_installed.load())
        log->write(type, context.category, message);
    if (g_previous)
        g_previous(type, context, message);
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

} // namespace

LogFile::LogFile(QString path, const Clock &clock, QtMsgType minimum, qint64 maxBytes, int keep)
    : m_path(std::move(path))
    , m_clock(clock)
    , m_minimum(minimum)
    , m_maxBytes(qMax<qint64>(1024, maxBytes))
    , m_keep(qMax(1, keep))
    , m_file(m_path)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
}

LogFile::~LogFile()
{
    if (g_installed.load() == this)
        install(nullptr);
}

int LogFile::severity(QtMsgType type)
{
    // QtMsgType's values are not in order of severity (QtInfoMsg came last).
    switch (type) {
    case QtDebugMsg:
        return 0;
    case QtInfoMsg:
        return 1;
    case QtWarningMsg:
        return 2;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 4;
    }
    return 2;
}

QtMsgType LogFile::levelFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("debug"))
        return QtDebugMsg;
    if (n == QLatin1String("info"))
        return QtInfoMsg;
    if (n == QLatin1String("critical"))
        return QtCriticalMsg;
    return QtWarningMsg;
}

void LogFile::write(QtMsgType type, const char *category, const QString &message)
{
    if (severity(type) < severity(m_minimum))
        return;
    const QByteArray line = m_clock.now().toString(Qt::ISODateWithMs).toUtf8() + ' ' + levelName(type) + ' ' +
                            (category ? category : "default") + ": " + message.toUtf8().replace('\n', "\n    ") + '\n';
    std::lock_guard lock(m_mutex);
    if (!m_file.isOpen() && !m_file.open(QIODevice::WriteOnly | QIODevice::Append))
        return; // nowhere to log to: the console still has it
    if (m_file.size() > 0 && m_file.size() + line.size() > m_maxBytes) {
        rotate();
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append))
            return;
    }
    m_file.write(line);
    m_file.flush(); // a crash right after must not lose the line that explains it
}

void LogFile::rotate()
{
    m_file.close();
    auto numbered = [this](int i) { return QStringLiteral("%1.%2").arg(m_path).arg(i); };
    QFile::remove(numbered(m_keep - 1));
    for (int i = m_keep - 2; i >= 1; --i)
        QFile::rename(numbered(i), numbered(i + 1));
    if (m_keep > 1)
        QFile::rename(m_path, numbered(1));
    else
        QFile::remove(m_path);
}

void LogFile::install(LogFile *log)
{
    static std::mutex installing;
    std::lock_guard lock(installing);
    if (log && !g_installed.load())
        g_previous = qInstallMessageHandler(handler);
    else if (!log && g_installed.load())
        qInstallMessageHandler(g_previous);
    g_installed = log;
}

} // namespace shoulou
