#pragma once

#include <QFile>
#include <QString>
#include <QtGlobal>

#include <mutex>

namespace shoulou {

class Clock;

// The desk's own log file, so a support person can ask for it: messages at `minimum` or above
// (warnings by default) go to `path` (…/logs/shoulou.log), one line each with the time (UTC),
// level and category. When the file would grow past `maxBytes` it becomes shoulou.log.1 (the
// older ones move up: .1 → .2 …) and a new one starts; `keep` files in all are kept, so the log
// never takes more than keep × maxBytes. Thread-safe: the workers log too.
class LogFile final {
public:
    static constexpr qint64 kMaxBytes = 1024 * 1024;
    static constexpr int kKeep = 5;

    explicit LogFile(QString path, const Clock &clock, QtMsgType minimum = QtWarningMsg, qint64 maxBytes = kMaxBytes, int keep = kKeep);
    ~LogFile();
    LogFile(const LogFile &) = delete;
    LogFile &operator=(const LogFile &) = delete;

    const QString &path() const { return m_path; }
    // Writes one message if it is at the minimum level or above.
    void write(QtMsgType type, const char *category, const QString &message);

    // Routes every qDebug/qWarning/qCWarning… of the process to `log` as well (what Qt printed
    // before still reaches the console); nullptr puts Qt's previous handler back.
    static void install(LogFile *log);

    // "debug", "info", "warning", "critical" → the level; anything else → warning.
    static QtMsgType levelFromName(const QString &name);

private:
    static int severity(QtMsgType type);
    void rotate(); // m_mutex held

    const QString m_path;
    const Clock &m_clock;
    const QtMsgType m_minimum;
    const qint64 m_maxBytes;
    const int m_keep;
    std::mutex m_mutex;
    QFile m_file;
};

} // namespace shoulou
